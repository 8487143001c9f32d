package io.tranchelab.cli;

import io.tranchelab.format.Formats;
import io.tranchelab.sim.CrossChainMetrics;

/** The cross-chain part of {@code simulate}'s table (docs/model.md §8.14): bridges, then chains. */
final class CrossChainTable {

    private CrossChainTable() {
    }

    static void print(CrossChainMetrics chains, Terminal out) {
        out.printf("%nCross-chain: bridge losses %s (%s of initial value), P(bridge loss) %s%n",
                Formats.money(chains.expectedBridgeLoss()), Formats.percent(chains.expectedBridgeLossShare()),
                Formats.percent(chains.probabilityOfBridgeLoss()));
        String row = "  %-28s %14s %10s%n";
        if (!chains.bridges().isEmpty()) {
            out.printf(row, "Bridge", "E[loss]", "P(loss)");
            for (CrossChainMetrics.BridgeFigures bridge : chains.bridges()) {
                out.printf(row, bridge.name(), Formats.money(bridge.expectedLoss()),
                        Formats.percent(bridge.probabilityOfLoss()));
            }
        }
        if (!chains.chains().isEmpty()) {
            out.printf(row, "Chain", "E[halted steps]", "P(halt)");
            for (CrossChainMetrics.ChainFigures chain : chains.chains()) {
                out.printf(row, chain.name(), Formats.number(chain.expectedHaltedSteps()),
                        Formats.percent(chain.probabilityOfHalt()));
            }
        }
    }
}
