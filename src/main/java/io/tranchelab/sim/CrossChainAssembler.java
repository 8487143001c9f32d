package io.tranchelab.sim;

import java.util.ArrayList;
import java.util.List;

/** Turns a run's per-path cross-chain totals into {@link CrossChainMetrics} (docs/model.md §8.14). */
final class CrossChainAssembler {

    /** The day count of every figure in days: 365 a year, as the half-lives and tenors of the model. */
    static final double DAYS_PER_YEAR = 365.0;

    private CrossChainAssembler() {
    }

    static CrossChainMetrics assemble(RunAggregation run) {
        CrossChainPlan plan = run.plan.crossChain;
        if (plan == null) {
            return CrossChainMetrics.NONE;
        }
        int n = run.paths;
        double[] chainValue = initialValueByChain(run.plan, plan);
        double[] pathLoss = new double[n];
        List<CrossChainMetrics.BridgeFigures> bridges = new ArrayList<>();
        for (int b = 0; b < plan.bridgeCount; b++) {
            double sum = 0;
            int hit = 0;
            for (int p = 0; p < n; p++) {
                double loss = run.bridgeLoss[b][p];
                sum += loss;
                pathLoss[p] += loss;
                if (loss > 0) {
                    hit++;
                }
            }
            double bridged = 0;
            for (int c = 0; c < plan.chainCount; c++) {
                if (plan.chainBridge[c] == b) {
                    bridged += chainValue[c];
                }
            }
            bridges.add(new CrossChainMetrics.BridgeFigures(plan.bridgeNames[b], sum / n, (double) hit / n, bridged));
        }
        double total = 0;
        int anyHit = 0;
        for (double loss : pathLoss) {
            total += loss;
            if (loss > 0) {
                anyHit++;
            }
        }
        List<CrossChainMetrics.ChainFigures> chains = new ArrayList<>();
        for (int c = 0; c < plan.chainCount; c++) {
            long steps = 0;
            long halts = 0;
            int halted = 0;
            for (int p = 0; p < n; p++) {
                int s = run.haltedSteps[c][p];
                steps += s;
                halts += haltsIn(s, plan.haltSteps[c]);
                if (s > 0) {
                    halted++;
                }
            }
            double meanSteps = (double) steps / n;
            int bridge = plan.chainBridge[c];
            chains.add(new CrossChainMetrics.ChainFigures(plan.chainNames[c], meanSteps, (double) halted / n,
                    bridge < 0 ? "" : plan.bridgeNames[bridge], chainValue[c], (double) halts / n,
                    meanSteps * run.plan.dt * DAYS_PER_YEAR));
        }
        return new CrossChainMetrics(total / n, total / n / run.plan.initialValue, (double) anyHit / n, bridges, chains);
    }

    /**
     * The halts a path's halted steps make: every halt lasts its full length and a chain runs at
     * least one step between two (§5.5), so only the last can be cut short by the horizon.
     */
    static int haltsIn(int haltedSteps, int haltLength) {
        return haltLength <= 0 ? 0 : (haltedSteps + haltLength - 1) / haltLength;
    }

    /** Per chain, the initial value of the yield positions (units at the first price) and loan books (principal) on it. */
    private static double[] initialValueByChain(SimulationPlan run, CrossChainPlan plan) {
        double[] value = new double[plan.chainCount];
        for (int y = 0; y < plan.yieldChain.length; y++) {
            if (plan.yieldChain[y] >= 0) {
                value[plan.yieldChain[y]] += run.yields.get(y).units() * run.initialPrice[run.yieldAsset[y]];
            }
        }
        for (int k = 0; k < plan.bookChain.length; k++) {
            if (plan.bookChain[k] >= 0) {
                value[plan.bookChain[k]] += run.loanBooks.get(k).principal();
            }
        }
        return value;
    }
}
