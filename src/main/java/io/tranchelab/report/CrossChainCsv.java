package io.tranchelab.report;

import io.tranchelab.scenario.ScenarioComparison;
import io.tranchelab.sim.CrossChainMetrics;
import io.tranchelab.sim.SimulationResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A cross-chain pool's figures per scenario as CSV (docs/model.md §8.14), written like
 * {@link MetricsCsv}: RFC 4180, numbers as plain decimals (USD, fractions, counts, days), names
 * guarded against formula injection. Per scenario one {@code pool} row, one {@code bridge} row a
 * bridge and one {@code chain} row a chain; a cell that does not apply to its kind is empty. A pool
 * on one chain writes the header only.
 */
public final class CrossChainCsv {

    static final List<String> HEADER = List.of("structure", "scenario", "kind", "name", "bridge", "initialValue",
            "probability", "expectedLoss", "expectedLossShareOfPool", "expectedLossShareOfBridged", "expectedHalts",
            "expectedHaltedSteps", "expectedHaltedDays");

    private CrossChainCsv() {
    }

    /** True when the comparison's structure has chains or bridges, so there is something to write. */
    public static boolean applies(ScenarioComparison comparison) {
        return !comparison.base().crossChain().onOneChain();
    }

    public static String of(ScenarioComparison comparison) {
        StringBuilder csv = new StringBuilder();
        MetricsCsv.line(csv, HEADER);
        for (SimulationResult result : comparison.runs()) {
            CrossChainMetrics chains = result.crossChain();
            if (chains.onOneChain()) {
                continue;
            }
            double pool = result.pool().initialValue();
            // pool: its value, P(any bridge loss), the bridges' expected loss and its share
            row(csv, result, "pool", "", "", pool, chains.probabilityOfBridgeLoss(), chains.expectedBridgeLoss(),
                    chains.expectedBridgeLossShare(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            for (CrossChainMetrics.BridgeFigures b : chains.bridges()) {
                row(csv, result, "bridge", b.name(), "", b.bridgedValue(), b.probabilityOfLoss(), b.expectedLoss(),
                        b.expectedLoss() / pool, b.bridgedValue() > 0 ? b.expectedLossShareOfBridged() : Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN);
            }
            for (CrossChainMetrics.ChainFigures c : chains.chains()) {
                row(csv, result, "chain", c.name(), c.bridge(), c.initialValue(), c.probabilityOfHalt(), Double.NaN,
                        Double.NaN, Double.NaN, c.expectedHalts(), c.expectedHaltedSteps(), c.expectedHaltedDays());
            }
        }
        return csv.toString();
    }

    /** NaN: the cell does not apply to the row's kind, left empty. */
    private static void row(StringBuilder csv, SimulationResult result, String kind, String name, String bridge,
                            double... numbers) {
        List<String> cells = new ArrayList<>(List.of(MetricsCsv.text(result.structureName()),
                MetricsCsv.text(result.scenario()), kind, MetricsCsv.text(name), MetricsCsv.text(bridge)));
        for (double n : numbers) {
            cells.add(Double.isNaN(n) ? "" : MetricsCsv.number(n));
        }
        MetricsCsv.line(csv, cells);
    }
}
