package io.tranchelab.sim;

/**
 * Bridge exploits and chain halts along each path of a block (docs/model.md §5.5). Each path
 * draws from a stream of its own ({@link #STREAM}), in a fixed order every step: the common
 * factor, one normal per bridge, one uniform per chain that can halt; so the draws of the
 * market, the jumps and the positions' events are those of the same structure on one chain,
 * and a pool on one chain (no plan) draws nothing at all.
 */
final class ChainRisk {

    /** The path's stream index for {@link PathRandom#streamSeed}: after the market, events and credit streams. */
    static final int STREAM = 6;

    private final CrossChainPlan plan;
    private final int lanes;
    private final Lxm[] random;
    /** [chain][lane]: whether the chain is halted in the current step, and the halted steps still to come. */
    private final boolean[][] halted;
    private final int[][] haltLeft;
    /** [bridge][lane]: the share of its bridged holdings the current step's exploits leave (1: none). */
    private final double[][] kept;

    /** The per-lane arrays of {@code flows} this block's steps fill: each bridge's losses and each chain's halts. */
    void attach(BlockFlows flows) {
        flows.lossByBridge = new double[plan.bridgeCount][lanes];
        flows.haltedByChain = halted;
    }

    ChainRisk(CrossChainPlan plan, int lanes) {
        this.plan = plan;
        this.lanes = lanes;
        random = new Lxm[lanes];
        for (int l = 0; l < lanes; l++) {
            random[l] = new Lxm(0);
        }
        halted = new boolean[plan.chainCount][lanes];
        haltLeft = new int[plan.chainCount][lanes];
        kept = new double[plan.bridgeCount][lanes];
    }

    /** Lane {@code l}'s halted flags of chain {@code chain}, read by the loan books on it. */
    boolean[] halted(int chain) {
        return halted[chain];
    }

    void reset(long seed, int firstPath) {
        for (int l = 0; l < lanes; l++) {
            random[l].reseed(PathRandom.streamSeed(seed, firstPath + l, STREAM));
        }
        for (int c = 0; c < plan.chainCount; c++) {
            java.util.Arrays.fill(halted[c], false);
            java.util.Arrays.fill(haltLeft[c], 0);
        }
    }

    /**
     * The step's halts and exploits: a chain halted now stays so for its remaining steps; one
     * that ran in the previous step halts from this one on with the halt probability (so a chain
     * runs at least one step between halts, and never halts in the first step). Then each
     * bridge's exploits write down the holdings on the chains it serves, before their income.
     */
    void step(double[][] prices, YieldHoldings yields, LoanBookPath[] books, BlockFlows flows) {
        for (int l = 0; l < lanes; l++) {
            Lxm stream = random[l];
            double common = stream.nextGaussian();
            for (int b = 0; b < plan.bridgeCount; b++) {
                double x = plan.loading[b] * common + plan.idiosyncratic[b] * stream.nextGaussian();
                int exploits = CrossChainPlan.exploits(x, plan.thresholds[b]);
                kept[b][l] = exploits == 0 ? 1 : Math.pow(plan.keptPerExploit[b], exploits);
            }
            for (int c = 0; c < plan.chainCount; c++) {
                if (plan.haltSteps[c] == 0) {
                    continue;
                }
                double u = stream.nextDouble();
                if (haltLeft[c][l] > 0) {
                    halted[c][l] = true;
                    haltLeft[c][l]--;
                } else {
                    halted[c][l] = false;
                    if (u < plan.haltProbability[c]) {
                        haltLeft[c][l] = plan.haltSteps[c]; // from the next step on
                    }
                }
            }
        }
        for (double[] row : flows.lossByBridge) {
            java.util.Arrays.fill(row, 0);
        }
        for (int y = 0; y < plan.yieldChain.length; y++) {
            int bridge = plan.bridgeOf(plan.yieldChain[y]);
            if (bridge >= 0) {
                yields.writeDown(y, kept[bridge], prices, flows.lossByBridge[bridge], flows);
            }
        }
        for (int k = 0; k < books.length; k++) {
            int bridge = plan.bridgeOf(plan.bookChain[k]);
            if (bridge >= 0) {
                books[k].writeDown(kept[bridge], flows.lossByBridge[bridge], flows);
            }
        }
    }
}
