package io.tranchelab.sim;

import io.tranchelab.model.Structure;

/**
 * Replays the paths of a run recording the hedging overlay's flows per path (docs/model.md
 * §8.15): the hedge's cost and P&L against the hedged asset's fall. The paths are
 * those of {@link Simulator#run} with the same scenario and seed (each path draws from its own
 * streams), simulated here on the calling thread, a group of {@link BlockSimulator#LANES} at a
 * time; the run's tranche metrics are not recomputed.
 */
public final class HedgeAnalysis {

    private HedgeAnalysis() {
    }

    /** Paths 0 to {@code paths - 1} of the run of {@code structure} under {@code scenario} with {@code seed}. */
    public static HedgeOutcomes run(Structure structure, String scenario, long seed, int paths,
                                    CancellationToken cancel) {
        return run(structure, scenario, seed, paths, ProgressListener.NONE, cancel);
    }

    /** As above, telling {@code progress} the share of paths replayed after each group (the workbench's time left). */
    public static HedgeOutcomes run(Structure structure, String scenario, long seed, int paths,
                                    ProgressListener progress, CancellationToken cancel) {
        if (structure.hedges().isEmpty()) {
            throw new IllegalArgumentException("structure " + structure.name() + " has no hedges");
        }
        SimulationPlan plan = new SimulationPlan(structure, Simulator.scenario(structure, scenario));
        HedgeRecorder recorder = new HedgeRecorder(plan, paths);
        BlockSimulator simulator = new BlockSimulator(plan, seed, Math.min(paths, BlockSimulator.LANES));
        for (int first = 0; first < paths; first += BlockSimulator.LANES) {
            int count = Math.min(BlockSimulator.LANES, paths - first);
            if (!simulator.simulate(first, count, recorder, cancel::isCancelled)) {
                throw new SimulationCancelledException();
            }
            progress.progress((double) (first + count) / paths);
        }
        return recorder.outcomes(structure.hedges().get(0).asset());
    }

    /** Sums each path's hedge flows over its steps. */
    private static final class HedgeRecorder implements BlockObserver {

        private final SimulationPlan plan;
        private final int asset;
        private final double[] premium;
        private final double[] putPayoff;
        private final double[] perpPnl;
        private final double[] fundingReceived;
        private final double[] fundingPaid;
        private final double[] expensePaid;
        private final double[] expenseUnpaid;
        private final double[] assetFall;
        private int first;
        private int lanes;

        HedgeRecorder(SimulationPlan plan, int paths) {
            this.plan = plan;
            asset = plan.hedgeAsset[0];
            premium = new double[paths];
            putPayoff = new double[paths];
            perpPnl = new double[paths];
            fundingReceived = new double[paths];
            fundingPaid = new double[paths];
            expensePaid = new double[paths];
            expenseUnpaid = new double[paths];
            assetFall = new double[paths];
        }

        @Override
        public void startPaths(int firstPath, int count) {
            first = firstPath;
            lanes = count;
        }

        @Override
        public int chartDetailLanes(int step) {
            return 0;
        }

        @Override
        public void step(int step, BlockFlows flows) {
            for (int l = 0; l < lanes; l++) {
                int i = first + l;
                premium[i] += flows.hedgePremium[l];
                putPayoff[i] += flows.hedgePayoff[l];
                perpPnl[i] += flows.hedgePnl[l];
                double funding = flows.hedgeFunding[l];
                if (funding >= 0) {
                    fundingReceived[i] += funding;
                } else {
                    fundingPaid[i] -= funding;
                }
                expensePaid[i] += flows.hedgeExpensePaid[l];
                if (step == plan.steps) {
                    assetFall[i] = 1 - flows.prices[asset][l] / plan.initialPrice[asset];
                }
            }
        }

        @Override
        public void finish(FinalFlows flows) {
            for (int l = 0; l < lanes; l++) {
                int i = first + l;
                expensePaid[i] += flows.hedgeExpensePaid[l];
                expenseUnpaid[i] = flows.hedgeExpenseOwed[l];
            }
        }

        HedgeOutcomes outcomes(String assetId) {
            return new HedgeOutcomes(assetId, plan.initialValue, premium, putPayoff, perpPnl, fundingReceived,
                    fundingPaid, expensePaid, expenseUnpaid, assetFall);
        }
    }
}
