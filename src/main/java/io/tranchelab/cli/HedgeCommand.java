package io.tranchelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.chart.HedgePnlChart;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Structure;
import io.tranchelab.report.HedgeFigures;
import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.HedgeOutcomes;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.TrancheMetrics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code hedge FILE}: the structure with and without its hedges on the same paths (docs/model.md
 * §8.15): each tranche's EL, VaR 99 and drawdown both ways, and the hedge's cost and
 * P&L; with --png/--svg, the chart of the hedge's P&L against the hedged asset's fall.
 */
@Command(name = "hedge", header = "Compare the structure with and without its hedges.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the structure with its hedging overlay and without it on the same paths and seed"
                + " (common random numbers), and prints each tranche's EL, VaR 99 and drawdown both ways, the"
                + " change, and the hedge's mean cost (premiums and funding paid, less funding received) and P&L"
                + " (payoffs, the shorts' P&L and net funding, less premiums), in USD and as a share of the"
                + " pool's initial value.",
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab hedge samples/hedged-eth-vault.json",
            "  tranchelab hedge vault.json --scenario \"ETH halves in a day (March 2020 size)\" --png pnl.png",
            "  tranchelab hedge vault.json --paths 2000 --format json"})
final class HedgeCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON), with at least one hedge.")
    private String file;

    @Mixin
    private RunOptions run;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Scenario to run both ways: base (default), one of the file's or a historical one.")
    private String scenario;

    @Option(names = "--format", paramLabel = "table|json", converter = Converters.Format.class,
            description = "table (default) or json.")
    private Converters.OutputFormat format = Converters.OutputFormat.TABLE;

    @Mixin
    private ChartFileOptions charts;

    private Terminal out;

    @Override
    public Integer call() throws UsageException {
        out = parent.terminal;
        Map<String, Path> chartFiles = charts.check(file);
        Structure structure = Cli.load(file);
        RunSettings settings = run.settings(structure);
        if (scenario != null) {
            settings = settings.withScenario(scenario);
        }
        HedgeComparison comparison;
        try {
            structure = ScenarioLibrary.withScenarios(structure, List.of(settings.scenario()));
            comparison = HedgeComparison.run(structure, settings, ProgressListener.NONE, CancellationToken.none());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (format == Converters.OutputFormat.JSON) {
            out.json(json(comparison));
        } else {
            printTable(comparison);
        }
        if (charts.any()) {
            HedgePnlChart chart = new HedgePnlChart();
            chart.show(comparison.outcomes());
            charts.write(chart.chart(), chartFiles, out, format != Converters.OutputFormat.JSON);
        }
        return Cli.OK;
    }

    private void printTable(HedgeComparison c) {
        out.printf("%s — scenario %s — %,d paths x %d steps, seed %d (the same paths with and without the hedge)%n%n",
                c.hedged().structureName(), c.hedged().scenario(), c.hedged().paths(), c.hedged().steps(),
                c.hedged().seed());
        String row = "%-14s %10s %10s %10s   %10s %10s %10s   %10s %10s   %-11s %-11s%n";
        out.printf(row, "Tranche", "EL bare", "EL hedged", "ΔEL", "VaR99 bare", "VaR99 hdg", "ΔVaR99",
                "MaxDD bare", "MaxDD hdg", "Rating bare", "Rating hdg");
        for (int t = 0; t < c.tranches(); t++) {
            TrancheMetrics bare = c.unhedged(t);
            TrancheMetrics hedged = c.hedged(t);
            out.printf(row, bare.name(), Formats.percent(bare.expectedLoss()), Formats.percent(hedged.expectedLoss()),
                    signed(hedged.expectedLoss() - bare.expectedLoss()), Formats.percent(bare.var99()),
                    Formats.percent(hedged.var99()), signed(hedged.var99() - bare.var99()),
                    Formats.percent(bare.maxDrawdownMean()), Formats.percent(hedged.maxDrawdownMean()),
                    bare.impliedRating(), hedged.impliedRating());
        }
        // the hedge's lines as the workbench, the report and the slides have them (docs/model.md §8.15)
        HedgeFigures figures = HedgeFigures.of(c);
        out.println();
        out.printf("Hedge (means over paths; %% of the pool's initial value %s, and that a year)%n",
                Formats.money(figures.initialValue()));
        for (HedgeFigures.CostLine line : figures.costs()) {
            out.printf("  %-48s %12s %10s %12s%n", line.label(), Formats.money(line.usd()),
                    Formats.percent(line.shareOfPool()), Formats.ratePerYear(line.shareOfPoolPerYear()));
        }
    }

    private static String signed(double fraction) {
        return (fraction > 0 ? "+" : "") + Formats.percent(fraction);
    }

    private static ObjectNode json(HedgeComparison c) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("structure", c.hedged().structureName());
        root.put("scenario", c.hedged().scenario());
        root.put("paths", c.hedged().paths());
        root.put("seed", c.hedged().seed());
        ArrayNode tranches = root.putArray("tranches");
        for (int t = 0; t < c.tranches(); t++) {
            ObjectNode tranche = tranches.addObject();
            tranche.put("name", c.hedged(t).name());
            tranche.set("unhedged", mapper.valueToTree(c.unhedged(t)));
            tranche.set("hedged", mapper.valueToTree(c.hedged(t)));
        }
        HedgeOutcomes o = c.outcomes();
        ObjectNode hedge = root.putObject("hedge");
        hedge.put("initialValue", o.initialValue());
        hedge.put("asset", o.asset());
        hedge.put("premiumMean", HedgeOutcomes.mean(o.premium()));
        hedge.put("fundingPaidMean", HedgeOutcomes.mean(o.fundingPaid()));
        hedge.put("fundingReceivedMean", HedgeOutcomes.mean(o.fundingReceived()));
        hedge.put("costMean", o.meanCost());
        hedge.put("putPayoffMean", HedgeOutcomes.mean(o.putPayoff()));
        hedge.put("perpPnlMean", HedgeOutcomes.mean(o.perpPnl()));
        hedge.put("hedgePnlMean", o.meanHedgePnl());
        hedge.put("expenseUnpaidMean", HedgeOutcomes.mean(o.expenseUnpaid()));
        return root;
    }
}
