package io.tranchelab.ui.present;

import io.tranchelab.model.Structure;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.ui.scenarios.ComparisonRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/**
 * The slides: one per scenario, all run in the background on the structure's seed (common random
 * numbers), then for a structure with hedges one comparing it with and without them (under the
 * base case), and which one is shown. Until the runs are done the slides are not ready and the
 * view shows the progress.
 */
public final class PresentationViewModel {

    /** The hedge slide's title. */
    static final String HEDGE_TITLE = "Hedge: with and without";

    private final Structure structure;
    private final List<String> scenarios;
    private final ComparisonRunner runner;
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<HedgeComparison> hedge = new ReadOnlyObjectWrapper<>(this, "hedge");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final StringBinding scenarioName;
    private final StringBinding position;
    private final BooleanBinding ready = comparison.isNotNull();

    /** @param scenarios the slides' scenarios; the base case comes first whether listed or not */
    public PresentationViewModel(Structure structure, List<String> scenarios, ComparisonRunner runner) {
        this.structure = structure;
        this.scenarios = scenarios;
        this.runner = runner;
        scenarioName = Bindings.createStringBinding(() -> comparison.get() == null ? "Preparing the slides"
                : isHedgeSlide() ? HEDGE_TITLE : comparison.get().runs().get(index.get()).scenario(), comparison, index);
        position = Bindings.createStringBinding(() -> comparison.get() == null ? ""
                : (index.get() + 1) + " / " + slideCount(), comparison, index);
    }

    /** Starts the runs of every slide. */
    public void prepare() {
        runner.run("Preparing the slides", structure, scenarios, c -> new Prepared(c, runner.hedgeOf(c)), done -> {
            index.set(0);
            hedge.set(done.hedge());
            comparison.set(done.comparison());
        }, error::set);
    }

    /** The scenarios' runs and, for a structure with hedges, its hedge comparison (else null). */
    private record Prepared(ScenarioComparison comparison, HedgeComparison hedge) {
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(slideCount() - 1);
    }

    /** Shows slide {@code slide} (from 0); out of range stays at the nearest end. */
    public void go(int slide) {
        if (comparison.get() != null) {
            index.set(Math.max(0, Math.min(slideCount() - 1, slide)));
        }
    }

    /** A slide per scenario, and the hedge slide last for a structure with hedges (§8.15). */
    public int slideCount() {
        return comparison.get() == null ? 0 : comparison.get().runs().size() + (hedge.get() == null ? 0 : 1);
    }

    /** Whether the slide shown is the hedge's (after the scenarios'). */
    public boolean isHedgeSlide() {
        return comparison.get() != null && index.get() >= comparison.get().runs().size();
    }

    /** The hedge comparison of the hedge slide; null for a structure without hedges or before the runs end. */
    public ReadOnlyObjectProperty<HedgeComparison> hedgeProperty() {
        return hedge.getReadOnlyProperty();
    }

    /** Stops runs still under way (the presentation is closing). */
    public void close() {
        runner.cancel();
    }

    /** The scenario run shown; null before the runs end and on the hedge slide. */
    public SimulationResult shownRun() {
        return comparison.get() == null || isHedgeSlide() ? null : comparison.get().runs().get(index.get());
    }

    public Structure structure() {
        return structure;
    }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public StringBinding scenarioNameProperty() {
        return scenarioName;
    }

    public StringBinding positionProperty() {
        return position;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ComparisonRunner runner() {
        return runner;
    }
}
