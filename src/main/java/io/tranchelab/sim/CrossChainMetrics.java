package io.tranchelab.sim;

import java.util.List;

/**
 * What a cross-chain pool's bridges and chains cost it over a run (docs/model.md §8.14). Money in
 * USD, means over every path. Bridge losses are realized losses, so they are also part of the
 * pool's expected credit loss (§8.9) and of the tranches' losses.
 *
 * @param expectedBridgeLoss      mean over paths of what bridge exploits destroyed, USD
 * @param expectedBridgeLossShare the same as a share of the pool's initial value
 * @param probabilityOfBridgeLoss share of paths on which any exploit hit a holding
 */
public record CrossChainMetrics(
        double expectedBridgeLoss,
        double expectedBridgeLossShare,
        double probabilityOfBridgeLoss,
        List<BridgeFigures> bridges,
        List<ChainFigures> chains) {

    public static final CrossChainMetrics NONE = new CrossChainMetrics(0, 0, 0, List.of(), List.of());

    public CrossChainMetrics {
        bridges = List.copyOf(bridges);
        chains = List.copyOf(chains);
    }

    /** One bridge: the mean loss its exploits caused (USD) and the share of paths on which it caused any. */
    public record BridgeFigures(String name, double expectedLoss, double probabilityOfLoss) {
    }

    /** One chain: the mean steps it was halted and the share of paths on which it halted at all. */
    public record ChainFigures(String name, double expectedHaltedSteps, double probabilityOfHalt) {
    }
}
