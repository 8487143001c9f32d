package io.tranchelab.sim;

/**
 * Per path of a group of lanes, the cross-chain figures summed over the steps (docs/model.md
 * §8.14): each bridge's losses and each chain's halted steps. One per run collector; empty
 * arrays for a pool on one chain.
 */
final class ChainPathTotals {

    /** [bridge][lane] and [chain][lane] */
    final double[][] bridgeLoss;
    final int[][] haltedSteps;

    ChainPathTotals(CrossChainPlan plan, int lanes) {
        bridgeLoss = new double[plan == null ? 0 : plan.bridgeCount][lanes];
        haltedSteps = new int[plan == null ? 0 : plan.chainCount][lanes];
    }

    void reset() {
        for (double[] row : bridgeLoss) {
            java.util.Arrays.fill(row, 0);
        }
        for (int[] row : haltedSteps) {
            java.util.Arrays.fill(row, 0);
        }
    }

    void step(BlockFlows flows) {
        for (int b = 0; b < bridgeLoss.length; b++) {
            double[] total = bridgeLoss[b];
            double[] step = flows.lossByBridge[b];
            for (int l = 0; l < total.length; l++) {
                total[l] += step[l];
            }
        }
        for (int c = 0; c < haltedSteps.length; c++) {
            int[] total = haltedSteps[c];
            boolean[] halted = flows.haltedByChain[c];
            for (int l = 0; l < total.length; l++) {
                if (halted[l]) {
                    total[l]++;
                }
            }
        }
    }
}
