package io.tranchelab.sim;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** The hedge expense the waterfall paid in the step (§5.6); summed only when the plan has hedges. */
    static final int HEDGE_EXPENSE = 11;
    static final int FIRST_COUPON = 12;

    final SimulationPlan plan;
    final int paths;
    /** The run's blocks; this aggregation collects blocks {@code firstBlock} to {@code endBlock - 1}. */
    final int blocks;
    final int firstBlock;
    final int endBlock;
    /** The paths of those blocks: the per-path arrays hold path {@code firstPath + i} at {@code i}. */
    final int firstPath;
    final int endPath;
    /** [tranche][path - firstPath] */
    final double[][] loss;
    final double[][] annualReturn;
    /** [tranche][path - firstPath]: the IRR of each path's dated cash (docs/model.md §8.5). */
    final double[][] irr;
    final double[][] maxDrawdown;
    final double[][] averageLife;
    /** [path - firstPath] */
    final double[] poolLoss;
    final double[] badDebt;
    final double[] liquidationVolume;
    final double[] finalValue;
    /** Cross-chain pools (§8.14): [bridge][path - firstPath] losses, [chain][path - firstPath] halted steps. */
    final double[][] bridgeLoss;
    final int[][] haltedSteps;
    final ChartSample chart;
    /** [bucket][step] and [final coupons, then final principal, per tranche]: sums over merged blocks. */
    final double[][] stepSums;
    final double[] finalSums;
    /** Finished blocks waiting for their turn: blocks are merged strictly in order, for determinism. */
    private final java.util.Map<Integer, BlockSums> waiting = new java.util.HashMap<>();
    private int nextToMerge;
    /**
     * Per-step sums of merged blocks, for the next blocks to fill ({@link #blockStepSums}): a run
     * would otherwise allocate one such array per block (35 kB each on the lending book, 1.4 MB a
     * run), on heap pages that fault on their first write ({@link Spare}).
     */
    private final java.util.ArrayDeque<double[][]> mergedStepSums = new java.util.ArrayDeque<>();
    /**
     * Each block's own sums, by block, when this aggregation is part of a run split over
     * processes ({@link SplitRun}): their sum in block order is made when the parts are merged.
     */
    private final BlockSums[] kept;
    /** The blocks that hold the chart sample's paths and are not collected yet. */
    private final AtomicInteger chartBlocksLeft;
    /** Where the fans start once the sample is in ({@link #startFansWhenSampled}); null: at the end. */
    private volatile ExecutorService fansExecutor;
    private volatile BooleanSupplier fansStopRequested;
    private volatile ChartSample.PendingFans earlyFans;

    /** One block's per-step sums ([bucket][step]) and final sums (coupons, then principal, per tranche). */
    record BlockSums(double[][] steps, double[] finals) implements java.io.Serializable {
    }

    /** Collects every block of the run. */
    RunAggregation(SimulationPlan plan, RunSettings settings) {
        this(plan, settings, 0, blocksFor(settings.paths()), false);
    }

    /**
     * Collects blocks {@code firstBlock} to {@code endBlock - 1} of the run; with {@code keepBlocks},
     * each block's sums are kept apart ({@link #keptBlocks}) instead of being added up.
     */
    RunAggregation(SimulationPlan plan, RunSettings settings, int firstBlock, int endBlock, boolean keepBlocks) {
        this.plan = plan;
        this.paths = settings.paths();
        this.blocks = blocksFor(paths);
        if (firstBlock < 0 || endBlock > blocks || firstBlock >= endBlock) {
            throw new IllegalArgumentException("blocks " + firstBlock + " to " + (endBlock - 1) + " are not a range of the "
                    + blocks + " blocks of " + paths + " paths");
        }
        this.firstBlock = firstBlock;
        this.endBlock = endBlock;
        this.firstPath = firstBlock * BLOCK_SIZE;
        this.endPath = Math.min(paths, endBlock * BLOCK_SIZE);
        int n = endPath - firstPath;
        int tranches = plan.trancheCount;
        loss = new double[tranches][n]; // kept by the result: never handed back (recycle)
        annualReturn = PathArraysSpare.take(tranches, n); // a completed run writes every entry (Collector.finish)
        irr = PathArraysSpare.take(tranches, n);
        maxDrawdown = PathArraysSpare.take(tranches, n);
        averageLife = PathArraysSpare.take(tranches, n);
        poolLoss = PathArraysSpare.take(n);
        badDebt = PathArraysSpare.take(n);
        liquidationVolume = PathArraysSpare.take(n);
        finalValue = PathArraysSpare.take(n);
        bridgeLoss = PathArraysSpare.take(plan.crossChain == null ? 0 : plan.crossChain.bridgeCount, n);
        haltedSteps = new int[plan.crossChain == null ? 0 : plan.crossChain.chainCount][n];
        chart = new ChartSample(plan, paths, firstPath, endPath, settings.chartSamplePaths(), settings.chartPoints());
        stepSums = new double[bucketCount()][plan.steps];
        finalSums = new double[2 * plan.trancheCount];
        nextToMerge = firstBlock;
        kept = keepBlocks ? new BlockSums[endBlock - firstBlock] : null;
        chartBlocksLeft = new AtomicInteger(Math.max(0, blocksFor(Math.min(endPath, chart.samplePaths())) - firstBlock));
    }

    /**
     * Hands the chart sample's arrays and the per-path arrays the result does not keep on to the
     * next runs ({@link ChartValuesSpare}, {@link PathArraysSpare}): call only once the result is
     * assembled, on a completed run of which nothing else keeps a reference (not a part of a split run).
     */
    void recycle() {
        chart.recycle();
        for (double[][] rows : new double[][][] {annualReturn, irr, maxDrawdown, averageLife, bridgeLoss}) {
            PathArraysSpare.giveBack(rows);
        }
        PathArraysSpare.giveBack(poolLoss, badDebt, liquidationVolume, finalValue);
    }

    /** Blocks of {@link #BLOCK_SIZE} paths, the last one possibly shorter. */
    static int blocksFor(int paths) {
        return (paths + BLOCK_SIZE - 1) / BLOCK_SIZE;
    }

    int bucketCount() {
        return FIRST_COUPON + plan.trancheCount;
    }

    /** The paths of block {@code b}: from {@code b * BLOCK_SIZE}, at most {@link #BLOCK_SIZE} of them. */
    int blockPaths(int b) {
        return Math.min(paths, (b + 1) * BLOCK_SIZE) - b * BLOCK_SIZE;
    }

    /**
     * Simulates block {@code b} on the calling thread with the given simulator, asking
     * {@code stopRequested} before each step (a block may take minutes at the input limits, so
     * a cancel must not wait for its end). Returns whether the block completed; an abandoned
     * block is not merged.
     */
    boolean runBlock(int b, BlockSimulator simulator, Collector collector, BooleanSupplier stopRequested) {
        collector.startBlock();
        int end = b * BLOCK_SIZE + blockPaths(b);
        for (int first = b * BLOCK_SIZE; first < end; first += BlockSimulator.LANES) {
            if (!simulator.simulate(first, Math.min(BlockSimulator.LANES, end - first), collector, stopRequested)) {
                return false;
            }
        }
        merge(b, new BlockSums(collector.sums, collector.finals));
        if (b * BLOCK_SIZE < chart.samplePaths() && chartBlocksLeft.decrementAndGet() == 0) {
            startFansIfWanted(); // this block's and (through the counter) every other sample block's values are written
        }
        return true;
    }

    /**
     * Has the fans selected on {@code executor} as soon as the last block of the chart sample is
     * collected, rather than after the last block of the run: queued behind the workers, they run
     * on the first worker to find no block left while the others finish theirs, so they leave the
     * run's serial end. Only for an aggregation of the whole run (a part of a split run holds part of
     * the sample). Call before the workers start; each fan gives up at once when {@code stopRequested}
     * (a cancelled run does not wait for them).
     */
    void startFansWhenSampled(ExecutorService executor, BooleanSupplier stopRequested) {
        if (kept != null || firstBlock != 0 || endBlock != blocks) {
            return;
        }
        fansStopRequested = stopRequested;
        fansExecutor = executor;
        if (chartBlocksLeft.get() == 0) { // no sample path: nothing to wait for
            startFansIfWanted();
        }
    }

    private void startFansIfWanted() {
        ExecutorService executor = fansExecutor;
        if (executor != null) {
            earlyFans = chart.startFans(executor, fansStopRequested);
        }
    }

    /**
     * The fans, started: those {@link #startFansWhenSampled} started, or started now on {@code executor}
     * (null: selected here). Call once every block is collected.
     */
    ChartSample.PendingFans fans(ExecutorService executor) {
        ChartSample.PendingFans started = earlyFans;
        return started != null ? started : chart.startFans(executor, () -> false);
    }

    /**
     * Adds a block's sums into the totals once every earlier block is in. Workers take blocks
     * in increasing order, so at most about one block per thread waits here: memory does not
     * grow with the number of paths.
     */
    synchronized void merge(int b, BlockSums sums) {
        if (kept != null) {
            kept[b - firstBlock] = sums;
            return;
        }
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
            mergedStepSums.push(next.steps()); // added in: no one reads it again
            nextToMerge++;
        }
    }

    /**
     * Zeroed per-step sums for a block to add to, [bucket][step]: those of a block merged before,
     * cleared (+0 everywhere, as a new array), or new ones.
     */
    double[][] blockStepSums() {
        double[][] sums;
        synchronized (this) {
            sums = mergedStepSums.poll();
        }
        if (sums == null) {
            return new double[bucketCount()][plan.steps];
        }
        for (double[] row : sums) {
            java.util.Arrays.fill(row, 0);
        }
        return sums;
    }

    /** Each block's sums, in block order, when they were kept apart. */
    synchronized BlockSums[] keptBlocks() {
        return kept.clone();
    }

    /** The sums, once every block has been merged. */
    synchronized double[][] stepTotals() {
        if (nextToMerge != blocks || firstBlock != 0) {
            throw new IllegalStateException("only " + nextToMerge + " of " + blocks + " blocks merged");
        }
        return stepSums;
    }

    Collector newCollector() {
        return new Collector();
    }

    /** One per worker thread: writes its block's sums and its paths' figures. */
    final class Collector implements BlockObserver {

        private PathStatistics stats;
        /** [tranche][lane] the IRRs of the paths simulated together. */
        private double[][] rates;
        private ChainPathTotals chainTotals;
        private double[][] sums;
        private double[] finals;
        private int firstPath;
        private int lanes;

        /** A block's sums start from zero; its groups of paths add to them in path order. */
        void startBlock() {
            sums = blockStepSums();
            finals = new double[2 * plan.trancheCount];
        }

        /** The worker is done with this collector (its last block merged or abandoned): its arrays may serve another. */
        void recycle() {
            if (stats != null) {
                stats.recycle();
                stats = null;
            }
        }

        @Override
        public void startPaths(int first, int count) {
            firstPath = first;
            if (stats == null || count != lanes) {
                recycle(); // the last group's figures are all taken (finish)
                stats = new PathStatistics(plan, count);
                chainTotals = new ChainPathTotals(plan.crossChain, count);
            }
            lanes = count;
            stats.reset();
            chainTotals.reset();
        }

        @Override
        public int chartDetailLanes(int step) {
            return chart.chartedLanes(firstPath, lanes, step);
        }

        /**
         * Adds the step's flows of every path, in path order, so each sum is that of the paths one
         * by one. The buckets are summed side by side in one pass: each sum is a chain of
         * dependent additions, and nine independent chains keep the core busy where one would
         * wait on each addition. The credit lines' buckets only where there are credit lines (they
         * stay +0 elsewhere, what adding the zeros gave; the results leave them out there), the
         * hedges' only where there are hedges.
         */
        @Override
        public void step(int step, BlockFlows flows) {
            int s = step - 1;
            double income = sums[INCOME][s];
            double fees = sums[FEES][s];
            double topUp = sums[RESERVE_TOP_UP][s];
            double draw = sums[RESERVE_DRAW][s];
            double turbo = sums[TURBO][s];
            double equity = sums[EQUITY][s];
            double losses = sums[LOSSES][s];
            double liquidation = sums[LIQUIDATION][s];
            double badDebt = sums[BAD_DEBT][s];
            for (int l = 0; l < lanes; l++) {
                income += flows.income[l];
                fees += flows.fees[l];
                topUp += flows.reserveTopUp[l];
                draw += flows.reserveDraw[l];
                turbo += flows.turbo[l];
                equity += flows.equity[l];
                losses += flows.losses[l];
                liquidation += flows.liquidationVolume[l];
                badDebt += flows.badDebt[l];
            }
            sums[INCOME][s] = income;
            sums[FEES][s] = fees;
            sums[RESERVE_TOP_UP][s] = topUp;
            sums[RESERVE_DRAW][s] = draw;
            sums[TURBO][s] = turbo;
            sums[EQUITY][s] = equity;
            sums[LOSSES][s] = losses;
            sums[LIQUIDATION][s] = liquidation;
            sums[BAD_DEBT][s] = badDebt;
            if (!plan.creditLines.isEmpty()) { // only credit lines (CreditPoolPath) write these flows
                double defaulted = sums[DEFAULTED][s];
                double creditLosses = sums[CREDIT_LOSSES][s];
                for (int l = 0; l < lanes; l++) {
                    defaulted += flows.defaultedPrincipal[l];
                    creditLosses += flows.creditLosses[l];
                }
                sums[DEFAULTED][s] = defaulted;
                sums[CREDIT_LOSSES][s] = creditLosses;
            }
            if (plan.hasHedges()) { // hedging overlay (§5.6): paid from the income before the fees
                double hedge = sums[HEDGE_EXPENSE][s];
                for (int l = 0; l < lanes; l++) {
                    hedge += flows.hedgeExpensePaid[l];
                }
                sums[HEDGE_EXPENSE][s] = hedge;
            }
            addCoupons(s, flows);
            stats.step(step, flows);
            chainTotals.step(flows); // cross-chain pools (§8.14)
            chart.record(firstPath, chart.chartedLanes(firstPath, lanes, step), step, flows, stats);
        }

        /**
         * Adds the step's coupons of each tranche, in path order, three tranches side by side (the
         * same three chains of additions as one after the other, but not waiting on each other).
         */
        private void addCoupons(int s, BlockFlows flows) {
            int tranches = plan.trancheCount;
            int t = 0;
            for (; t + 3 <= tranches; t += 3) {
                double first = sums[FIRST_COUPON + t][s];
                double second = sums[FIRST_COUPON + t + 1][s];
                double third = sums[FIRST_COUPON + t + 2][s];
                double[] paidFirst = flows.coupons[t];
                double[] paidSecond = flows.coupons[t + 1];
                double[] paidThird = flows.coupons[t + 2];
                for (int l = 0; l < lanes; l++) {
                    first += paidFirst[l];
                    second += paidSecond[l];
                    third += paidThird[l];
                }
                sums[FIRST_COUPON + t][s] = first;
                sums[FIRST_COUPON + t + 1][s] = second;
                sums[FIRST_COUPON + t + 2][s] = third;
            }
            for (; t < tranches; t++) { // the one or two left
                double coupons = sums[FIRST_COUPON + t][s];
                double[] paid = flows.coupons[t];
                for (int l = 0; l < lanes; l++) {
                    coupons += paid[l];
                }
                sums[FIRST_COUPON + t][s] = coupons;
            }
        }

        @Override
        public void finish(FinalFlows flows) {
            stats.finish(flows);
            chart.recordFinal(firstPath, lanes, stats);
            int tranches = plan.trancheCount;
            if (rates == null || rates[0].length != lanes) {
                rates = new double[tranches][lanes];
            }
            stats.irr(rates); // the block's paths and tranches solved together (Irr)
            for (int l = 0; l < lanes; l++) {
                int path = firstPath + l - RunAggregation.this.firstPath;
                for (int t = 0; t < tranches; t++) {
                    finals[t] += flows.coupon[t][l];
                    finals[tranches + t] += flows.principal[t][l];
                    loss[t][path] = flows.loss[t][l] / plan.tranchePrincipal[t];
                    annualReturn[t][path] = stats.annualizedReturn(t, l);
                    irr[t][path] = rates[t][l];
                    maxDrawdown[t][path] = stats.maxDrawdown[t][l];
                    averageLife[t][path] = stats.weightedAverageLife(t, l);
                }
                poolLoss[path] = stats.losses[l];
                badDebt[path] = stats.badDebt[l];
                liquidationVolume[path] = stats.liquidationVolume[l];
                finalValue[path] = flows.liquidationProceeds[l] + flows.cash[l] + flows.reserve[l];
                for (int b = 0; b < bridgeLoss.length; b++) {
                    bridgeLoss[b][path] = chainTotals.bridgeLoss[b][l];
                }
                for (int c = 0; c < haltedSteps.length; c++) {
                    haltedSteps[c][path] = chainTotals.haltedSteps[c][l];
                }
            }
        }
    }
}
