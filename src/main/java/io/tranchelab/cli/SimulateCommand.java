package io.tranchelab.cli;

import io.tranchelab.format.Formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.sim.TrancheMetrics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code simulate FILE}: runs a structure and prints its results as a table or as JSON. */
@Command(name = "simulate", header = "Run a structure and print its tranches' figures.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a structure and prints each tranche's expected loss (with its standard error),"
                + " probability of loss, loss given default, VaR and ES, returns, drawdown, weighted average life"
                + " and default-rate-equivalent rating, and the pool's figures.",
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab simulate samples/eth-lending-book.json",
            "  tranchelab simulate deal.json --paths 50000 --seed 7",
            "  tranchelab simulate deal.json --scenario \"March 2020 (Black Thursday)\"",
            "  tranchelab simulate deal.json --format json > results.json"})
final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Mixin
    private RunOptions run;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Scenario to run: base, one of the file's or a historical one (default: the file's"
                    + " simulation.scenario, else base).")
    private String scenario;

    @Option(names = "--format", paramLabel = "table|json", converter = Converters.Format.class,
            description = "table (default) or json (every result, chart series included).")
    private Converters.OutputFormat format = Converters.OutputFormat.TABLE;

    private Terminal out;

    @Override
    public Integer call() throws UsageException {
        out = parent.terminal;
        Structure structure = Cli.load(file);
        RunSettings settings = run.settings(structure);
        if (scenario != null) {
            settings = settings.withScenario(scenario);
        }
        SimulationResult result;
        try {
            structure = ScenarioLibrary.withScenarios(structure, List.of(settings.scenario()));
            result = Simulator.run(structure, settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // cross-chain pools (model.md §8.14): the run carries what bridges and halts cost
        CrossChainMetrics chains = result.crossChain().onOneChain() ? null : result.crossChain();
        if (format == Converters.OutputFormat.JSON) {
            printJson(result, chains);
        } else {
            printTable(result);
            if (chains != null) {
                CrossChainTable.print(chains, out);
            }
        }
        return Cli.OK;
    }

    private void printJson(SimulationResult result, CrossChainMetrics chains) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.valueToTree(result);
        json.remove("trancheLosses"); // one number per path: for histograms in the workbench, not for the report
        if (chains == null) {
            json.remove("crossChain"); // a pool on one chain: the output it always had
        }
        out.json(json);
    }

    private void printTable(SimulationResult result) {
        out.printf("%s — scenario %s — %,d paths x %d steps (%.2f years), seed %d, %.0f ms%n%n",
                result.structureName(), result.scenario(), result.paths(), result.steps(), result.horizonYears(),
                result.seed(), result.elapsedNanos() / 1e6);
        String header = "%-12s %10s %9s %9s %8s %8s %8s %8s %8s %13s %13s %13s %13s %13s %8s %8s %7s %-9s%n";
        out.printf(header, "Tranche", "Principal", "EL", "±SE", "P(loss)", "LGD", "VaR95", "VaR99",
                "ES99", "IRR mean", "IRR p5", "IRR p50", "IRR p95", "Cash multiple", "MaxDD", "MaxDD95", "WAL",
                "DR-eq rating");
        for (TrancheMetrics m : result.tranches()) {
            out.printf(header, m.name(), Formats.money(m.initialPrincipal()),
                    Formats.percent(m.expectedLoss()), Formats.percent(m.expectedLossStandardError()),
                    Formats.percent(m.probabilityOfLoss()), Formats.percent(m.lossGivenDefault()),
                    Formats.percent(m.var95()), Formats.percent(m.var99()), Formats.percent(m.es99()),
                    Formats.ratePerYear(m.irrMean()), Formats.ratePerYear(m.irr5()), Formats.ratePerYear(m.irr50()),
                    Formats.ratePerYear(m.irr95()), Formats.ratePerYear(m.returnMean()),
                    Formats.percent(m.maxDrawdownMean()),
                    Formats.percent(m.maxDrawdown95()), Formats.years(m.weightedAverageLife()), m.impliedRating());
        }
        PoolMetrics pool = result.pool();
        out.printf("%nPool: initial %s, final value mean %s (p5 %s, p95 %s)%n",
                Formats.money(pool.initialValue()), Formats.money(pool.expectedFinalValue()),
                Formats.money(pool.finalValue5()), Formats.money(pool.finalValue95()));
        out.printf("      credit losses %s of initial value, P(bad debt) %s, expected bad debt %s,"
                        + " liquidation volume %s%n",
                Formats.percent(pool.expectedCreditLoss()), Formats.percent(pool.probabilityOfBadDebt()),
                Formats.money(pool.expectedBadDebt()), Formats.money(pool.expectedLiquidationVolume()));
    }
}
