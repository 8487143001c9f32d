package io.tranchelab.cli;

import io.tranchelab.format.Formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code compare FILE [--scenarios a,b,c] [--against FILE2]}: the structure under each scenario
 * with the same seed (common random numbers), each tranche's figures and their change from the
 * base case; with {@code --against}, a second structure on the same scenarios and seed (A/B).
 */
@Command(name = "compare", header = "Run scenarios on the same paths; with --against, A/B.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the structure under each scenario on the same paths and seed (common random"
                + " numbers), so the differences are the scenarios', and prints each tranche's figures and their"
                + " change from base; with --against, a second structure on the same scenarios and seed (B - A).",
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab compare samples/eth-lending-book.json",
            "  tranchelab compare deal.json --scenarios \"base,March 2020 (Black Thursday)\"",
            "  tranchelab compare deal.json --against deal-v2.json --format json"})
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Mixin
    private ScenarioOptions scenarios;

    @Option(names = "--against", paramLabel = "FILE2",
            description = "A second structure run on the same scenarios and seed (A/B).")
    private String against;

    @Mixin
    private RunOptions run;

    @Option(names = "--format", paramLabel = "table|json", converter = Converters.Format.class,
            description = "table (default) or json.")
    private Converters.OutputFormat format = Converters.OutputFormat.TABLE;

    private Terminal out;

    @Override
    public Integer call() throws UsageException {
        out = parent.terminal;
        List<Structure> structures = new ArrayList<>();
        structures.add(Cli.load(file));
        if (against != null) {
            structures.add(Cli.load(against));
        }
        List<String> names = scenarios.names(structures.get(0));
        RunSettings settings = run.settings(structures.get(0));
        List<ScenarioComparison> comparisons = new ArrayList<>();
        try {
            for (Structure structure : structures) {
                comparisons.add(ScenarioComparison.run(structure, names, settings, ProgressListener.NONE,
                        CancellationToken.none()));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (format == Converters.OutputFormat.JSON) {
            out.json(json(comparisons));
        } else {
            comparisons.forEach(this::printTable);
            if (comparisons.size() == 2) {
                printAbDeltas(comparisons.get(0), comparisons.get(1));
            }
        }
        return Cli.OK;
    }

    private void printTable(ScenarioComparison comparison) {
        SimulationResult base = comparison.base();
        out.printf("%s — %,d paths x %d steps, seed %d (the same paths under every scenario)%n%n",
                base.structureName(), base.paths(), base.steps(), base.seed());
        String row = "%-34s %-12s %9s %10s %9s %9s %9s %13s %-10s%n";
        out.printf(row, "Scenario", "Tranche", "EL", "ΔEL", "P(loss)", "VaR99", "ES99", "IRR mean",
                "DR-eq rating");
        for (int run = 0; run < comparison.runs().size(); run++) {
            SimulationResult result = comparison.runs().get(run);
            for (int t = 0; t < result.tranches().size(); t++) {
                TrancheMetrics m = result.tranches().get(t);
                out.printf(row, t == 0 ? clip(result.scenario(), 34) : "", m.name(),
                        Formats.percent(m.expectedLoss()),
                        run == 0 ? "" : signed(comparison.expectedLossDelta(run, t)),
                        Formats.percent(m.probabilityOfLoss()), Formats.percent(m.var99()),
                        Formats.percent(m.es99()), Formats.ratePerYear(m.irrMean()), m.impliedRating());
            }
        }
        printChains(comparison);
        out.println();
    }

    /** A cross-chain pool's bridges and chains under each scenario (docs/model.md §8.14); nothing for a pool on one chain. */
    private void printChains(ScenarioComparison comparison) {
        for (SimulationResult result : comparison.runs()) {
            if (!result.crossChain().onOneChain()) {
                out.printf("%nScenario %s", result.scenario());
                CrossChainTable.print(result.crossChain(), out);
            }
        }
    }

    private void printAbDeltas(ScenarioComparison a, ScenarioComparison b) {
        out.printf("B - A: %s minus %s, expected loss by tranche position%n",
                b.base().structureName(), a.base().structureName());
        int tranches = Math.min(a.base().tranches().size(), b.base().tranches().size());
        for (int run = 0; run < a.runs().size(); run++) {
            out.printf("%-34s", clip(a.runs().get(run).scenario(), 34));
            for (int t = 0; t < tranches; t++) {
                double delta = b.metrics(run, t).expectedLoss() - a.metrics(run, t).expectedLoss();
                out.printf(" %s %s", a.metrics(run, t).name(), signed(delta));
            }
            out.println();
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
                if (!result.crossChain().onOneChain()) { // cross-chain pools (docs/model.md §8.14)
                    scenario.set("crossChain", mapper.valueToTree(result.crossChain()));
                }
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
