package io.tranchelab.ui.scenarios;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.SimulationResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One structure (A) under the chosen scenarios side by side, and optionally a second structure
 * (B) on the same scenarios: every run on the structure's own seed and paths (common random
 * numbers), so a difference between columns is the scenario's or the structure's, not noise.
 */
public final class CompareViewModel {

    /** A scenario in the pick list; all are picked at first. */
    public record Pick(String name, BooleanProperty picked) {
    }

    private final Structure a;
    private final ComparisonRunner runner;
    private final ObservableList<Pick> picks = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparisonA = new ReadOnlyObjectWrapper<>(this, "a");
    private final javafx.beans.property.ReadOnlyStringWrapper chains =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "chains", "");
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparisonB = new ReadOnlyObjectWrapper<>(this, "b");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper labelA = new ReadOnlyStringWrapper(this, "labelA");
    private final ReadOnlyStringWrapper labelB = new ReadOnlyStringWrapper(this, "labelB", "B: none");
    private final ReadOnlyStringWrapper stackDifference = new ReadOnlyStringWrapper(this, "stackDifference", "");
    private Structure b;

    public CompareViewModel(Structure a, ComparisonRunner runner) {
        this(a, a.name(), runner);
    }

    /** @param nameA how A is called: its file's name, or the structure's name when it has no file */
    public CompareViewModel(Structure a, String nameA, ComparisonRunner runner) {
        this.a = a;
        this.runner = runner;
        labelA.set("A: " + nameA);
        ScenarioLibrary.namesFor(a).forEach(n -> picks.add(new Pick(n, new SimpleBooleanProperty(true))));
    }

    /** Shows structure B next to A on the next run; null removes it. */
    public void setStructureB(Structure value) {
        setStructureB(value, value == null ? null : value.name());
    }

    /** @param nameB how B is called: its file's name */
    public void setStructureB(Structure value, String nameB) {
        b = value;
        comparisonB.set(null);
        labelB.set(value == null ? "B: none" : "B: " + nameB);
        stackDifference.set(value == null ? "" : stackDifference(trancheNames(a), trancheNames(value)));
    }

    private static List<String> trancheNames(Structure s) {
        return s.tranches().stream().map(io.tranchelab.model.Tranche::name).toList();
    }

    /** "" when A and B have the same tranches, else which are only in one of them: rows pair by name. */
    static String stackDifference(List<String> inA, List<String> inB) {
        List<String> onlyA = inA.stream().filter(n -> !inB.contains(n)).toList();
        List<String> onlyB = inB.stream().filter(n -> !inA.contains(n)).toList();
        if (onlyA.isEmpty() && onlyB.isEmpty()) {
            return "";
        }
        return "The tranche stacks differ; tranches are paired by name."
                + (onlyA.isEmpty() ? "" : " Only in A: " + String.join(", ", onlyA) + ".")
                + (onlyB.isEmpty() ? "" : " Only in B: " + String.join(", ", onlyB) + ".");
    }

    public List<String> pickedNames() {
        return picks.stream().filter(p -> p.picked().get()).map(Pick::name).toList();
    }

    /** Runs A (then B) under the picked scenarios in the background. */
    public void run() {
        List<String> names = pickedNames();
        status.set("Running " + (names.contains("base") ? names.size() : names.size() + 1) + " scenarios...");
        runner.run(a, names, doneA -> {
            if (b == null) {
                show(doneA, null);
                return;
            }
            List<String> forB = names.stream().filter(ScenarioLibrary.namesFor(b)::contains).toList();
            runner.run(b, forB, doneB -> show(doneA, doneB), status::set);
        }, problem -> status.set("The runs failed: " + problem));
    }

    public void cancel() {
        runner.cancel();
        status.set("Cancelled");
    }

    private void show(ScenarioComparison resultA, ScenarioComparison resultB) {
        List<CompareRow> out = new ArrayList<>();
        for (int run = 0; run < resultA.runs().size(); run++) {
            SimulationResult r = resultA.runs().get(run);
            if (resultB == null) {
                for (int t = 0; t < r.tranches().size(); t++) {
                    out.add(CompareRow.ofA(r.scenario(), r.tranches().get(t), resultA.expectedLossDelta(run, t)));
                }
                continue;
            }
            Optional<SimulationResult> other = resultB.runs().stream()
                    .filter(x -> x.scenario().equals(r.scenario())).findFirst();
            out.addAll(pairedRows(resultA, run, other));
        }
        rows.setAll(out);        rows.setAll(out);
        comparisonB.set(resultB);
        comparisonA.set(resultA);
        chains.set(String.join("\n", java.util.stream.Stream.of(bridgeLosses("A", resultA), bridgeLosses("B", resultB))
                .filter(line -> !line.isEmpty()).toList())); // cross-chain pools (docs/model.md §8.14)
        status.set(resultA.runs().size() + " scenarios on " + io.tranchelab.format.Formats.count(resultA.base().paths())
                + " paths, seed " + resultA.base().seed() + (resultB == null ? "" : "; " + labelB.get()));
    }

    /**
     * A cross-chain structure's bridge losses under each scenario: "A's bridge losses: base $1.4M
     * (1.37 % of the pool), crash $0.9M (0.93 %)"; empty for a pool on one chain or no comparison.
     */
    static String bridgeLosses(String side, ScenarioComparison comparison) {
        if (comparison == null || comparison.base().crossChain().onOneChain()) {
            return "";
        }
        StringBuilder line = new StringBuilder(side + "'s bridge losses: ");
        for (int i = 0; i < comparison.runs().size(); i++) {
            SimulationResult r = comparison.runs().get(i);
            line.append(i == 0 ? "" : ", ").append(r.scenario()).append(' ')
                    .append(io.tranchelab.format.Formats.money(r.crossChain().expectedBridgeLoss())).append(" (")
                    .append(io.tranchelab.format.Formats.percent(r.crossChain().expectedBridgeLossShare()))
                    .append(i == 0 ? " of the pool)" : ")");
        }
        return line.toString();
    }

    /**
     * A scenario's rows with B shown: every tranche of A and, where B ran the scenario, every
     * tranche of B, paired by name; a tranche only B has comes after the tranche it follows in B
     * (so the rows keep both stacks' seniority order where they agree).
     */
    private static List<CompareRow> pairedRows(ScenarioComparison resultA, int run, Optional<SimulationResult> other) {
        SimulationResult r = resultA.runs().get(run);
        List<String> namesA = r.tranches().stream().map(io.tranchelab.sim.TrancheMetrics::name).toList();
        List<String> namesB = other.map(o -> o.tranches().stream().map(io.tranchelab.sim.TrancheMetrics::name).toList())
                .orElse(List.of());
        List<CompareRow> out = new ArrayList<>();
        for (String name : mergedOrder(namesA, namesB)) {
            int t = namesA.indexOf(name);
            Optional<io.tranchelab.sim.TrancheMetrics> a = t < 0 ? Optional.empty() : Optional.of(r.tranches().get(t));
            Optional<io.tranchelab.sim.TrancheMetrics> b = other.flatMap(o -> o.tranches().stream()
                    .filter(m -> m.name().equals(name)).findFirst());
            CompareRow.Side side = other.isEmpty() ? CompareRow.Side.SCENARIO_NOT_IN_B
                    : a.isEmpty() ? CompareRow.Side.ONLY_IN_B
                    : namesB.contains(name) ? CompareRow.Side.BOTH : CompareRow.Side.ONLY_IN_A;
            out.add(new CompareRow(r.scenario(), name, a,
                    t < 0 ? Optional.empty() : Optional.of(resultA.expectedLossDelta(run, t)), b, side));
        }
        return out;
    }

    /**
     * A's names in A's order, each name only B has inserted after the nearest name before it in
     * B that is already placed (at the start when none is): {@code [S, M, E] + [S, J, E]} gives
     * {@code [S, M, J, E]}.
     */
    static List<String> mergedOrder(List<String> namesA, List<String> namesB) {
        List<String> merged = new ArrayList<>(namesA);
        for (int j = 0; j < namesB.size(); j++) {
            String name = namesB.get(j);
            if (merged.contains(name)) {
                continue;
            }
            int at = 0;
            for (int k = j - 1; k >= 0; k--) {
                int placed = merged.indexOf(namesB.get(k));
                if (placed >= 0) {
                    at = placed + 1;
                    // after A's own tranches that sit between that one and the next shared name
                    while (at < merged.size() && !namesB.contains(merged.get(at))) {
                        at++;
                    }
                    break;
                }
            }
            merged.add(at, name);
        }
        return merged;
    }

    public Structure structureA() {
        return a;
    }

    public ObservableList<Pick> picks() {
        return picks;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() {
        return comparisonA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonBProperty() {
        return comparisonB.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "A: deal.json" */
    public ReadOnlyStringProperty labelAProperty() {
        return labelA.getReadOnlyProperty();
    }

    /** "B: other.json", or "B: none" */
    public ReadOnlyStringProperty labelBProperty() {
        return labelB.getReadOnlyProperty();
    }

    /** Which tranches only one of A and B has; empty when the stacks match (or there is no B). */
    public ReadOnlyStringProperty stackDifferenceProperty() {
        return stackDifference.getReadOnlyProperty();
    }

    /** Each cross-chain side's bridge losses per scenario, a line a side; empty when neither has chains. */
    public ReadOnlyStringProperty chainsProperty() {
        return chains.getReadOnlyProperty();
    }

    public ComparisonRunner runner() {
        return runner;
    }
}
