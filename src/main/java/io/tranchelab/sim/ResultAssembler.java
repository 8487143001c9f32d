package io.tranchelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Turns a finished run's aggregation into the figures of docs/model.md §8. */
final class ResultAssembler {

    /** A loss below this fraction of principal is rounding, not a loss. */
    static final double LOSS_EPSILON = 1e-9;

    private ResultAssembler() {
    }

    static SimulationResult assemble(RunAggregation run, long seed, ExecutorService executor, long startNanos) {
        SimulationPlan plan = run.plan;
        // the fans are selected on the run's threads while this thread sorts the metrics' values (§8.11);
        // usually they started when the chart sample's blocks were in (RunAggregation.startFansWhenSampled)
        ChartSample.PendingFans pendingFans = run.fans(executor);
        List<TrancheMetrics> tranches = new ArrayList<>();
        List<double[]> losses = new ArrayList<>();
        Selections selections = new Selections(run.paths);
        for (int t = 0; t < plan.trancheCount; t++) {
            tranches.add(trancheMetrics(run, t, selections));
            losses.add(run.loss[t]);
        }
        PoolMetrics pool = poolMetrics(run, selections);
        WaterfallSeries waterfall = waterfall(run);
        FanSeries fans = pendingFans.await();
        return new SimulationResult(plan.structureName, plan.scenarioName, run.paths, plan.steps,
                plan.horizonYears, seed, List.copyOf(tranches), pool, waterfall,
                fans, List.copyOf(losses), System.nanoTime() - startNanos)
                .withCrossChain(CrossChainAssembler.assemble(run)); // cross-chain pools (§8.14)
    }

    private static TrancheMetrics trancheMetrics(RunAggregation run, int t, Selections selections) {
        double[] loss = run.loss[t];
        int n = loss.length;
        double mean = mean(loss);
        double squaredDeviations = 0; // a second pass: exact 0 when every path agrees
        int losing = 0;
        double losingSum = 0;
        for (double l : loss) {
            squaredDeviations += (l - mean) * (l - mean);
            if (l > LOSS_EPSILON) {
                losing++;
                losingSum += l;
            }
        }
        double variance = n > 1 ? squaredDeviations / (n - 1) : 0;
        // each selection reuses the buffers of the one before: its figures are read first
        double[] sorted = selections.sortedWhereRead(loss, new double[] {0.95, 0.99}, 0.95);
        double var95 = Quantiles.ofSorted(sorted, 0.95);
        double var99 = Quantiles.ofSorted(sorted, 0.99);
        double tail95 = Quantiles.tailMean(sorted, 0.95);
        double tail99 = Quantiles.tailMean(sorted, 0.99);
        sorted = selections.sortedWhereRead(run.annualReturn[t], FIVE_FIFTY_NINETY_FIVE);
        double return5 = Quantiles.ofSorted(sorted, 0.05);
        double return50 = Quantiles.ofSorted(sorted, 0.50);
        double return95 = Quantiles.ofSorted(sorted, 0.95);
        sorted = selections.sortedWhereRead(run.maxDrawdown[t], new double[] {0.95});
        double drawdown95 = Quantiles.ofSorted(sorted, 0.95);
        sorted = selections.sortedWhereRead(run.irr[t], FIVE_FIFTY_NINETY_FIVE);
        double irr5 = Quantiles.ofSorted(sorted, 0.05);
        double irr50 = Quantiles.ofSorted(sorted, 0.50);
        double irr95 = Quantiles.ofSorted(sorted, 0.95);
        return new TrancheMetrics(
                run.plan.trancheNames[t],
                run.plan.tranchePrincipal[t],
                mean,
                Math.sqrt(variance / n),
                (double) losing / n,
                losing > 0 ? losingSum / losing : 0,
                mean(run.annualReturn[t]),
                return5,
                return50,
                return95,
                var95,
                var99,
                tail95,
                tail99,
                mean(run.maxDrawdown[t]),
                drawdown95,
                mean(run.averageLife[t]),
                ImpliedRating.forExpectedLoss(Math.min(1, mean), run.plan.horizonYears))
                .withIrr(mean(run.irr[t]), irr5, irr50, irr95);
    }

    private static final double[] FIVE_FIFTY_NINETY_FIVE = {0.05, 0.50, 0.95};

    /**
     * The selections of a run's metrics, one after the other in one pair of buffers: each returns
     * an array that holds what a sorted copy of the values holds at the quantiles' ranks
     * ({@link Quantiles#ofSorted}), valid until the next selection. Selection rather than a sort
     * (PartialSort); one pair of buffers rather than two fresh arrays a selection, whose pages would
     * fault on their first write ({@link Spare}).
     */
    private static final class Selections {

        private final long[] keys;
        private final double[] sorted;

        Selections(int n) {
            keys = new long[n];
            sorted = new double[n];
        }

        double[] sortedWhereRead(double[] values, double[] quantiles) {
            return PartialSort.sortedAt(values, keys, sorted, values.length, ranks(quantiles, values.length));
        }

        /**
         * {@link #sortedWhereRead(double[], double[])}, and sorted in the whole tail that
         * {@link Quantiles#tailMean} averages at {@code tailLevel} (so at any higher level too: its
         * tail lies within).
         */
        double[] sortedWhereRead(double[] values, double[] quantiles, double tailLevel) {
            int n = values.length;
            return PartialSort.sortedAt(values, keys, sorted, Quantiles.tailStart(tailLevel, n), ranks(quantiles, n));
        }
    }

    private static int[] ranks(double[] quantiles, int n) {
        int[] ranks = new int[quantiles.length];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = Quantiles.rank(quantiles[i], n);
        }
        return ranks;
    }

    private static PoolMetrics poolMetrics(RunAggregation run, Selections selections) {
        int n = run.paths;
        int withBadDebt = 0;
        for (double b : run.badDebt) {
            if (b > LOSS_EPSILON * run.plan.initialValue) {
                withBadDebt++;
            }
        }
        double[] sortedFinal = selections.sortedWhereRead(run.finalValue, FIVE_FIFTY_NINETY_FIVE);
        return new PoolMetrics(
                run.plan.initialValue,
                mean(run.poolLoss) / run.plan.initialValue,
                (double) withBadDebt / n,
                mean(run.badDebt),
                mean(run.liquidationVolume),
                mean(run.finalValue),
                Quantiles.ofSorted(sortedFinal, 0.05),
                Quantiles.ofSorted(sortedFinal, 0.50),
                Quantiles.ofSorted(sortedFinal, 0.95));
    }

    private static WaterfallSeries waterfall(RunAggregation run) {
        SimulationPlan plan = run.plan;
        double[][] means = copy(run.stepTotals());
        double[] finals = run.finalSums.clone();
        scale(means, 1.0 / run.paths);
        for (int k = 0; k < finals.length; k++) {
            finals[k] /= run.paths;
        }
        double[] times = new double[plan.steps];
        for (int s = 0; s < plan.steps; s++) {
            times[s] = (s + 1) * plan.dt;
        }
        double[][] coupons = new double[plan.trancheCount][];
        for (int t = 0; t < plan.trancheCount; t++) {
            coupons[t] = means[RunAggregation.FIRST_COUPON + t];
        }
        return new WaterfallSeries(times, means[RunAggregation.INCOME], means[RunAggregation.FEES], coupons,
                means[RunAggregation.RESERVE_TOP_UP], means[RunAggregation.RESERVE_DRAW],
                means[RunAggregation.TURBO], means[RunAggregation.EQUITY], means[RunAggregation.LOSSES],
                means[RunAggregation.LIQUIDATION], means[RunAggregation.BAD_DEBT],
                java.util.Arrays.copyOfRange(finals, 0, plan.trancheCount),
                java.util.Arrays.copyOfRange(finals, plan.trancheCount, finals.length),
                plan.creditLines.isEmpty() ? null : means[RunAggregation.DEFAULTED],
                plan.creditLines.isEmpty() ? null : means[RunAggregation.CREDIT_LOSSES],
                plan.hasHedges() ? means[RunAggregation.HEDGE_EXPENSE] : null);
    }

    private static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    private static void scale(double[][] rows, double factor) {
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= factor;
            }
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
