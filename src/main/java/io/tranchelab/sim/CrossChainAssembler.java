package io.tranchelab.sim;

import java.util.ArrayList;
import java.util.List;

/** Turns a run's per-path cross-chain totals into {@link CrossChainMetrics} (docs/model.md §8.14). */
final class CrossChainAssembler {

    private CrossChainAssembler() {
    }

    static CrossChainMetrics assemble(RunAggregation run) {
        CrossChainPlan plan = run.plan.crossChain;
        if (plan == null) {
            return CrossChainMetrics.NONE;
        }
        int n = run.paths;
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
            bridges.add(new CrossChainMetrics.BridgeFigures(plan.bridgeNames[b], sum / n, (double) hit / n));
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
            int halted = 0;
            for (int p = 0; p < n; p++) {
                steps += run.haltedSteps[c][p];
                if (run.haltedSteps[c][p] > 0) {
                    halted++;
                }
            }
            chains.add(new CrossChainMetrics.ChainFigures(plan.chainNames[c], (double) steps / n, (double) halted / n));
        }
        return new CrossChainMetrics(total / n, total / n / run.plan.initialValue, (double) anyHit / n, bridges, chains);
    }
}
