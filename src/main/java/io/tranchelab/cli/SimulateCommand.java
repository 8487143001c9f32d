package io.tranchelab.cli;

import io.tranchelab.format.Formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.PoolMetrics;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.sim.TrancheMetrics;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code simulate FILE}: runs a structure and prints its results as a table or as JSON. */
final class SimulateCommand {

    private final PrintStream out;

    SimulateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        Arguments arguments = new Arguments("simulate", args,
                Set.of("paths", "seed", "threads", "scenario", "format"));
        if (arguments.positionals().size() != 1) {
            throw new UsageException("simulate takes one FILE");
        }
        Structure structure = Cli.load(arguments.positionals().get(0));
        RunSettings settings = settings(structure, arguments);
        String format = arguments.choice("format", "table", "table", "json");
        SimulationResult result;
        try {
            structure = ScenarioLibrary.withScenarios(structure, List.of(settings.scenario()));
            result = Simulator.run(structure, settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (format.equals("json")) {
            printJson(result);
        } else {
            printTable(result);
        }
        return Cli.OK;
    }

    static RunSettings settings(Structure structure, Arguments arguments) throws UsageException {
        RunSettings defaults = RunSettings.of(structure);
        return defaults
                .withPaths(arguments.intOption("paths", defaults.paths(), 1, 10_000_000))
                .withSeed(arguments.longOption("seed", defaults.seed()))
                .withThreads(arguments.intOption("threads", defaults.threads(), 1, 256))
                .withScenario(arguments.option("scenario", defaults.scenario()));
    }

    private void printJson(SimulationResult result) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode json = mapper.valueToTree(result);
        json.remove("trancheLosses"); // one number per path: for histograms in the workbench, not for the report
        out.println(json.toPrettyString());
    }

    private void printTable(SimulationResult result) {
        out.printf(Locale.ROOT, "%s — scenario %s — %,d paths x %d steps (%.2f years), seed %d, %.0f ms%n%n",
                result.structureName(), result.scenario(), result.paths(), result.steps(), result.horizonYears(),
                result.seed(), result.elapsedNanos() / 1e6);
        String header = "%-12s %10s %9s %9s %8s %8s %8s %8s %8s %9s %9s %9s %9s %8s %8s %7s %-9s%n";
        out.printf(Locale.ROOT, header, "Tranche", "Principal", "EL", "±SE", "P(loss)", "LGD", "VaR95", "VaR99",
                "ES99", "Ret mean", "Ret p5", "Ret p50", "Ret p95", "MaxDD", "MaxDD95", "WAL", "DR-eq rating");
        for (TrancheMetrics m : result.tranches()) {
            out.printf(Locale.ROOT, header, m.name(), Formats.money(m.initialPrincipal()),
                    Formats.percent(m.expectedLoss()), Formats.percent(m.expectedLossStandardError()),
                    Formats.percent(m.probabilityOfLoss()), Formats.percent(m.lossGivenDefault()),
                    Formats.percent(m.var95()), Formats.percent(m.var99()), Formats.percent(m.es99()),
                    Formats.percent(m.returnMean()), Formats.percent(m.return5()), Formats.percent(m.return50()),
                    Formats.percent(m.return95()), Formats.percent(m.maxDrawdownMean()),
                    Formats.percent(m.maxDrawdown95()), Formats.years(m.weightedAverageLife()), m.impliedRating());
        }
        PoolMetrics pool = result.pool();
        out.printf(Locale.ROOT, "%nPool: initial %s, final value mean %s (p5 %s, p95 %s)%n",
                Formats.money(pool.initialValue()), Formats.money(pool.expectedFinalValue()),
                Formats.money(pool.finalValue5()), Formats.money(pool.finalValue95()));
        out.printf(Locale.ROOT, "      credit losses %s of initial value, P(bad debt) %s, expected bad debt %s,"
                        + " liquidation volume %s%n",
                Formats.percent(pool.expectedCreditLoss()), Formats.percent(pool.probabilityOfBadDebt()),
                Formats.money(pool.expectedBadDebt()), Formats.money(pool.expectedLiquidationVolume()));
    }
}
