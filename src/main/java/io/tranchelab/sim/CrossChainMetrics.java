package io.tranchelab.sim;

import java.util.List;

/**
 * What a cross-chain pool's bridges and chains cost it over a run (docs/model.md §8.14). Money in
 * USD, means over every path. Bridge losses are realized losses, so they are also part of the
 * pool's expected credit loss (§8.9) and of the tranches' losses. {@link #NONE} for a pool on one
 * chain: no bridges, no chains, nothing to show.
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

    /** True for a pool on one chain: the views then show no chains panel, page or column at all. */
    public boolean onOneChain() {
        return bridges.isEmpty() && chains.isEmpty();
    }

    /**
     * One bridge: the mean loss its exploits caused (USD), the share of paths on which they caused
     * any, and what was bridged over it at the start (docs/model.md §8.14).
     *
     * @param bridgedValue the initial value (USD) of the positions on the chains the bridge serves
     */
    public record BridgeFigures(String name, double expectedLoss, double probabilityOfLoss, double bridgedValue) {

        /** Without the bridged value (the figures of before it was reported): 0. */
        public BridgeFigures(String name, double expectedLoss, double probabilityOfLoss) {
            this(name, expectedLoss, probabilityOfLoss, 0);
        }

        /**
         * The expected loss as a share of the bridged value: 1 - e^(-lambda f T) for holdings whose
         * price does not move (§8.14); 0 when nothing is bridged over it.
         */
        public double expectedLossShareOfBridged() {
            return bridgedValue > 0 ? expectedLoss / bridgedValue : 0;
        }
    }

    /**
     * One chain: the mean steps it was halted and the share of paths on which it halted at all;
     * with its bridge (empty for none), the initial value of the positions on it (USD), the mean
     * number of halts and the mean time halted in days (docs/model.md §8.14).
     *
     * @param expectedHalts       mean over paths of the halts that began within the horizon
     * @param expectedHaltedDays  the expected halted steps times the step's length in days (365 a year)
     */
    public record ChainFigures(String name, double expectedHaltedSteps, double probabilityOfHalt, String bridge,
                               double initialValue, double expectedHalts, double expectedHaltedDays) {

        public ChainFigures {
            bridge = bridge == null ? "" : bridge;
        }

        /** Without bridge, value, halt count or days (the figures of before they were reported). */
        public ChainFigures(String name, double expectedHaltedSteps, double probabilityOfHalt) {
            this(name, expectedHaltedSteps, probabilityOfHalt, "", 0, 0, 0);
        }
    }
}
