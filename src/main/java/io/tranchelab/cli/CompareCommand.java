package io.tranchelab.cli;

import io.tranchelab.format.Formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code compare FILE [--scenarios a,b,c | "a;b;c"] [--against FILE2]}: the structure under each scenario
 * with the same seed (common random numbers), each tranche's figures and their change from the
 * base case; with {@code --against}, a second structure on the same scenarios and seed (A/B).
 */
final class CompareCommand {

    private final PrintStream out;

    CompareCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = new Arguments("compare", args,
                Set.of("scenarios", "against", "paths", "seed", "threads", "format"));
        if (arguments.positionals().size() != 1) {
            throw new UsageException("compare takes one FILE");
        }
        String format = arguments.choice("format", "table", "table", "json");
        List<Structure> structures = new ArrayList<>();
        structures.add(Cli.load(arguments.positionals().get(0)));
        String against = arguments.option("against", null);
        if (against != null) {
            structures.add(Cli.load(against));
        }
        List<String> names = scenarioNames(arguments, structures.get(0));
        RunSettings settings = SimulateCommand.settings(structures.get(0), arguments);
        List<ScenarioComparison> comparisons = new ArrayList<>();
        try {
            for (Structure structure : structures) {
                comparisons.add(ScenarioComparison.run(structure, names, settings, ProgressListener.NONE,
                        CancellationToken.none()));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (format.equals("json")) {
            out.println(json(comparisons).toPrettyString());
        } else {
            comparisons.forEach(this::printTable);
            if (comparisons.size() == 2) {
                printAbDeltas(comparisons.get(0), comparisons.get(1));
            }
        }
        return Cli.OK;
    }

    /** {@code --scenarios a,b,c} (or "a;b;c" when names hold commas); every scenario it can run when absent. */
    static List<String> scenarioNames(Arguments arguments, Structure structure) {
        String list = arguments.option("scenarios", null);
        if (list == null) {
            return ScenarioLibrary.namesFor(structure);
        }
        String separator = list.contains(";") ? ";" : ",";
        return Arrays.stream(list.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void printTable(ScenarioComparison comparison) {
        SimulationResult base = comparison.base();
        out.printf(Locale.ROOT, "%s — %,d paths x %d steps, seed %d (the same paths under every scenario)%n%n",
                base.structureName(), base.paths(), base.steps(), base.seed());
        String row = "%-34s %-12s %9s %10s %9s %9s %9s %9s %-10s%n";
        out.printf(Locale.ROOT, row, "Scenario", "Tranche", "EL", "ΔEL", "P(loss)", "VaR99", "ES99", "Ret mean",
                "DR-eq rating");
        for (int run = 0; run < comparison.runs().size(); run++) {
            SimulationResult result = comparison.runs().get(run);
            for (int t = 0; t < result.tranches().size(); t++) {
                TrancheMetrics m = result.tranches().get(t);
                out.printf(Locale.ROOT, row, t == 0 ? clip(result.scenario(), 34) : "", m.name(),
                        Formats.percent(m.expectedLoss()),
                        run == 0 ? "" : signed(comparison.expectedLossDelta(run, t)),
                        Formats.percent(m.probabilityOfLoss()), Formats.percent(m.var99()),
                        Formats.percent(m.es99()), Formats.percent(m.returnMean()), m.impliedRating());
            }
        }
        out.println();
    }

    private void printAbDeltas(ScenarioComparison a, ScenarioComparison b) {
        out.printf(Locale.ROOT, "B - A: %s minus %s, expected loss by tranche position%n",
                b.base().structureName(), a.base().structureName());
        int tranches = Math.min(a.base().tranches().size(), b.base().tranches().size());
        for (int run = 0; run < a.runs().size(); run++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s",
                    clip(a.runs().get(run).scenario(), 34)));
            for (int t = 0; t < tranches; t++) {
                double delta = b.metrics(run, t).expectedLoss() - a.metrics(run, t).expectedLoss();
                line.append(String.format(Locale.ROOT, " %s %s", a.metrics(run, t).name(), signed(delta)));
            }
            out.println(line);
        }
    }

    private static ObjectNode json(List<ScenarioComparison> comparisons) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode structures = root.putArray("structures");
        for (ScenarioComparison comparison : comparisons) {
            ObjectNode structure = structures.addObject();
            structure.put("name", comparison.base().structureName());
            structure.put("paths", comparison.base().paths());
            structure.put("seed", comparison.base().seed());
            ArrayNode scenarios = structure.putArray("scenarios");
            for (int run = 0; run < comparison.runs().size(); run++) {
                SimulationResult result = comparison.runs().get(run);
                ObjectNode scenario = scenarios.addObject();
                scenario.put("name", result.scenario());
                ArrayNode tranches = scenario.putArray("tranches");
                for (int t = 0; t < result.tranches().size(); t++) {
                    ObjectNode tranche = mapper.valueToTree(result.tranches().get(t));
                    tranche.put("expectedLossDeltaToBase", comparison.expectedLossDelta(run, t));
                    tranches.add(tranche);
                }
                scenario.set("pool", mapper.valueToTree(result.pool()));
            }
        }
        return root;
    }

    private static String signed(double fraction) {
        return (fraction > 0 ? "+" : "") + Formats.percent(fraction);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
