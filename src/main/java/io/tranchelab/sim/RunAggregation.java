package io.tranchelab.sim;

import java.util.function.BooleanSupplier;

/**
 * Collects a run's paths: per-path figures into arrays indexed by path, per-step sums into
 * one accumulator per block of paths, chart samples by path. Blocks are fixed by path index
 * and summed in block order at the end, so results never depend on the thread count (docs/model.md §9).
 */
final class RunAggregation {

    static final int BLOCK_SIZE = 256;

    static final int INCOME = 0;
    static final int FEES = 1;
    static final int RESERVE_TOP_UP = 2;
    static final int RESERVE_DRAW = 3;
    static final int TURBO = 4;
    static final int EQUITY = 5;
    static final int LOSSES = 6;
    static final int LIQUIDATION = 7;
    static final int BAD_DEBT = 8;
    static final int DEFAULTED = 9;
    static final int CREDIT_LOSSES = 10;
    static final int FIRST_COUPON = 11;

    final SimulationPlan plan;
    final int paths;
    final int blocks;
    /** [tranche][path] */
    final double[][] loss;
    final double[][] annualReturn;
    final double[][] maxDrawdown;
    final double[][] averageLife;
    /** [path] */
    final double[] poolLoss;
    final double[] badDebt;
    final double[] liquidationVolume;
    final double[] finalValue;
    final ChartSample chart;
    /** [bucket][step] and [final coupons, then final principal, per tranche]: sums over merged blocks. */
    final double[][] stepSums;
    final double[] finalSums;
    /** Finished blocks waiting for their turn: blocks are merged strictly in order, for determinism. */
    private final java.util.Map<Integer, BlockSums> waiting = new java.util.HashMap<>();
    private int nextToMerge;

    private record BlockSums(double[][] steps, double[] finals) {
    }

    RunAggregation(SimulationPlan plan, RunSettings settings) {
        this.plan = plan;
        this.paths = settings.paths();
        this.blocks = blocksFor(paths);
        int tranches = plan.trancheCount;
        loss = new double[tranches][paths];
        annualReturn = new double[tranches][paths];
        maxDrawdown = new double[tranches][paths];
        averageLife = new double[tranches][paths];
        poolLoss = new double[paths];
        badDebt = new double[paths];
        liquidationVolume = new double[paths];
        finalValue = new double[paths];
        chart = new ChartSample(plan, paths, settings.chartSamplePaths(), settings.chartPoints());
        stepSums = new double[bucketCount()][plan.steps];
        finalSums = new double[2 * plan.trancheCount];
    }

    /** Blocks of {@link #BLOCK_SIZE} paths, the last one possibly shorter. */
    static int blocksFor(int paths) {
        return (paths + BLOCK_SIZE - 1) / BLOCK_SIZE;
    }

    int bucketCount() {
        return FIRST_COUPON + plan.trancheCount;
    }

    /**
     * Simulates block {@code b} on the calling thread with the given simulator, asking
     * {@code stopRequested} before each path (a block may take minutes at the input limits, so
     * a cancel must not wait for its end). Returns whether the block completed; an abandoned
     * block is not merged.
     */
    boolean runBlock(int b, PathSimulator simulator, BlockObserver observer, BooleanSupplier stopRequested) {
        observer.startBlock();
        int end = Math.min(paths, (b + 1) * BLOCK_SIZE);
        for (int path = b * BLOCK_SIZE; path < end; path++) {
            if (stopRequested.getAsBoolean()) {
                return false;
            }
            simulator.simulate(path, observer);
        }
        merge(b, new BlockSums(observer.sums, observer.finals));
        return true;
    }

    /**
     * Adds a block's sums into the totals once every earlier block is in. Workers take blocks
     * in increasing order, so at most about one block per thread waits here: memory does not
     * grow with the number of paths.
     */
    private synchronized void merge(int b, BlockSums sums) {
        waiting.put(b, sums);
        for (BlockSums next = waiting.remove(nextToMerge); next != null; next = waiting.remove(nextToMerge)) {
            for (int k = 0; k < stepSums.length; k++) {
                for (int s = 0; s < plan.steps; s++) {
                    stepSums[k][s] += next.steps()[k][s];
                }
            }
            for (int k = 0; k < finalSums.length; k++) {
                finalSums[k] += next.finals()[k];
            }
            nextToMerge++;
        }
    }

    /** The sums, once every block has been merged. */
    synchronized double[][] stepTotals() {
        if (nextToMerge != blocks) {
            throw new IllegalStateException("only " + nextToMerge + " of " + blocks + " blocks merged");
        }
        return stepSums;
    }

    BlockObserver newObserver() {
        return new BlockObserver();
    }

    /** One per worker thread: writes its block's sums and its paths' figures. */
    final class BlockObserver implements PathObserver {

        private final PathStatistics stats = new PathStatistics(plan);
        private double[][] sums;
        private double[] finals;
        private int path;

        void startBlock() {
            sums = new double[bucketCount()][plan.steps];
            finals = new double[2 * plan.trancheCount];
        }

        @Override
        public void startPath(int index) {
            path = index;
            stats.reset();
        }

        @Override
        public boolean wantsChartDetail(int step) {
            return chart.records(path, step);
        }

        @Override
        public void step(int step, StepFlows flows) {
            int s = step - 1;
            sums[INCOME][s] += flows.income;
            sums[FEES][s] += flows.fees;
            sums[RESERVE_TOP_UP][s] += flows.reserveTopUp;
            sums[RESERVE_DRAW][s] += flows.reserveDraw;
            sums[TURBO][s] += flows.turbo;
            sums[EQUITY][s] += flows.equity;
            sums[LOSSES][s] += flows.losses;
            sums[LIQUIDATION][s] += flows.liquidationVolume;
            sums[BAD_DEBT][s] += flows.badDebt;
            sums[DEFAULTED][s] += flows.defaultedPrincipal;
            sums[CREDIT_LOSSES][s] += flows.creditLosses;
            for (int t = 0; t < plan.trancheCount; t++) {
                sums[FIRST_COUPON + t][s] += flows.coupons[t];
            }
            stats.step(step, flows);
            chart.record(path, step, flows, stats);
        }

        @Override
        public void finish(FinalFlows flows) {
            stats.finish(flows);
            chart.recordFinal(path, stats);
            int tranches = plan.trancheCount;
            for (int t = 0; t < tranches; t++) {
                finals[t] += flows.coupon[t];
                finals[tranches + t] += flows.principal[t];
                loss[t][path] = flows.loss[t] / plan.tranchePrincipal[t];
                annualReturn[t][path] = stats.annualizedReturn(t);
                maxDrawdown[t][path] = stats.maxDrawdown[t];
                averageLife[t][path] = stats.weightedAverageLife(t);
            }
            poolLoss[path] = stats.losses;
            badDebt[path] = stats.badDebt;
            liquidationVolume[path] = stats.liquidationVolume;
            finalValue[path] = flows.liquidationProceeds + flows.cash + flows.reserve;
        }
    }
}
