package io.tranchelab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The paths the percentile fans are drawn from: the first {@code samplePaths} paths, recorded
 * on a grid of at most {@code points} times. Memory is bounded whatever the number of paths,
 * and five quantiles per grid point by selection cost far less than the simulation. What each
 * series is: docs/model.md §8.11.
 */
final class ChartSample {

    /** Health factors are charted up to this value; a book with no debt left is charted at it. */
    static final float HEALTH_CAP = 10f;

    private final SimulationPlan plan;
    /** The run's sample: its first {@code samplePaths} paths. */
    private final int samplePaths;
    /** The first path this sample holds: {@link #values} holds path {@code firstPath + i} at {@code i}. */
    private final int firstPath;
    private final int[] gridSteps;
    private final int[] gridIndexOfStep;
    private final int series;
    /** Index of the loan-health series, and of the peg-ratio series (-1 when not recorded). */
    private final int healthSeries;
    private final int pegSeries;
    /** The pegged asset whose peg ratio is charted: the one the yield positions hold most of; -1: none. */
    private final int pegAsset;
    /**
     * [series][grid point][sample path]: NAV, tranche total values (mark + cash received so far,
     * docs/model.md §8.6), tranche drawdowns of those total values, tranche principal outstanding,
     * loan health, peg ratio.
     */
    private final float[][][] values;

    ChartSample(SimulationPlan plan, int paths, int samplePaths, int points) {
        this(plan, paths, 0, paths, samplePaths, points);
    }

    /**
     * The sample's paths among {@code firstPath} to {@code endPath - 1} of a run of {@code paths}
     * (a part of a run split over processes holds its share of the sample, {@link SplitRun}).
     */
    ChartSample(SimulationPlan plan, int paths, int firstPath, int endPath, int samplePaths, int points) {
        this.plan = plan;
        this.samplePaths = Math.min(paths, samplePaths);
        this.firstPath = firstPath;
        int held = Math.max(0, Math.min(endPath, this.samplePaths) - firstPath);
        this.gridSteps = grid(plan.steps, Math.max(2, points));
        this.gridIndexOfStep = new int[plan.steps + 1];
        java.util.Arrays.fill(gridIndexOfStep, -1);
        for (int g = 0; g < gridSteps.length; g++) {
            gridIndexOfStep[gridSteps[g]] = g;
        }
        this.pegAsset = largestPeggedHolding(plan);
        int count = 1 + 3 * plan.trancheCount;
        this.healthSeries = plan.hasLoans() ? count++ : -1;
        this.pegSeries = pegAsset >= 0 ? count++ : -1;
        this.series = count;
        this.values = ChartValuesSpare.take(series, gridSteps.length, held); // the last run's, when they fit
        for (int i = 0; i < held; i++) {
            recordInitial(i);
        }
    }

    static int largestPeggedHolding(SimulationPlan plan) {
        int best = -1;
        double bestValue = 0;
        for (int y = 0; y < plan.yields.size(); y++) {
            int a = plan.yieldAsset[y];
            double value = plan.yields.get(y).units() * plan.initialPrice[a];
            if (plan.pegged[a] && value > bestValue) {
                best = a;
                bestValue = value;
            }
        }
        return best;
    }

    /** Evenly spaced steps from 0 to the last, at most {@code points} of them, without repeats. */
    static int[] grid(int steps, int points) {
        int n = Math.min(steps + 1, points);
        int[] grid = new int[n];
        for (int g = 0; g < n; g++) {
            grid[g] = (int) Math.round((double) g * steps / (n - 1));
        }
        return grid;
    }

    /** The sample's paths: the run's first {@code samplePaths()}. */
    int samplePaths() {
        return samplePaths;
    }

    /** How many lanes of the block starting at {@code firstPath} are charted at {@code step}: 0 off the grid. */
    int chartedLanes(int firstPath, int lanes, int step) {
        return gridIndexOfStep[step] < 0 ? 0 : Math.max(0, Math.min(lanes, samplePaths - firstPath));
    }

    private void recordInitial(int path) {
        values[0][0][path] = (float) plan.initialValue;
        for (int t = 0; t < plan.trancheCount; t++) {
            values[1 + t][0][path] = (float) plan.tranchePrincipal[t];
            values[1 + plan.trancheCount + t][0][path] = 0f; // no drawdown yet (the arrays may be a spare: ChartValuesSpare)
            values[outstanding(t)][0][path] = (float) plan.tranchePrincipal[t];
        }
        if (healthSeries >= 0) {
            values[healthSeries][0][path] = health(plan.initialLoanHealth());
        }
        if (pegSeries >= 0) {
            values[pegSeries][0][path] = 1f; // every peg starts at par (MarketBlock)
        }
    }

    /** Records the step of the block's first {@code lanes} paths (those charted: {@link #chartedLanes}). */
    void record(int lanesFirstPath, int lanes, int step, BlockFlows flows, PathStatistics stats) {
        int g = gridIndexOfStep[step];
        if (g < 0) {
            return;
        }
        int firstPath = lanesFirstPath - this.firstPath;
        for (int l = 0; l < lanes; l++) {
            values[0][g][firstPath + l] = (float) flows.nav[l];
        }
        for (int t = 0; t < plan.trancheCount; t++) {
            float[] value = values[1 + t][g];
            float[] drawdown = values[1 + plan.trancheCount + t][g];
            float[] outstanding = values[outstanding(t)][g];
            for (int l = 0; l < lanes; l++) {
                // What the investor holds: the mark plus the cash already received, so that a
                // paydown moves value from the mark to the cash and is not drawn as a loss.
                value[firstPath + l] = (float) (flows.trancheValues[t][l] + stats.received[t][l]);
                drawdown[firstPath + l] = (float) stats.drawdown[t][l];
                outstanding[firstPath + l] = (float) (plan.tranchePrincipal[t] - stats.principalRepaid[t][l]);
            }
        }
        if (healthSeries >= 0) {
            for (int l = 0; l < lanes; l++) {
                values[healthSeries][g][firstPath + l] = health(flows.loanHealth[l]);
            }
        }
        if (pegSeries >= 0) {
            int reference = plan.pegReference[pegAsset];
            for (int l = 0; l < lanes; l++) {
                double referencePrice = reference < 0 ? 1.0 : flows.prices[reference][l];
                values[pegSeries][g][firstPath + l] = (float) (flows.prices[pegAsset][l] / referencePrice);
            }
        }
    }

    /**
     * The horizon's point after the final distribution: a tranche's total value is then all the
     * cash it received, and its drawdown the last one {@link PathStatistics} tracked, so the
     * fan ends where the path's return and maximum drawdown are measured. The principal
     * outstanding keeps its value before the final repayment (a drop to zero says nothing).
     */
    void recordFinal(int lanesFirstPath, int lanes, PathStatistics stats) {
        int g = gridSteps.length - 1;
        int charted = Math.max(0, Math.min(lanes, samplePaths - lanesFirstPath));
        int firstPath = lanesFirstPath - this.firstPath;
        for (int t = 0; t < plan.trancheCount; t++) {
            for (int l = 0; l < charted; l++) {
                values[1 + t][g][firstPath + l] = (float) stats.received[t][l];
                values[1 + plan.trancheCount + t][g][firstPath + l] = (float) stats.drawdown[t][l];
            }
        }
    }

    /** Hands the arrays on to the next run ({@link ChartValuesSpare}): call only once nothing will read them again. */
    void recycle() {
        ChartValuesSpare.giveBack(values);
    }

    /** [series][grid point][path - firstPath]: what this sample holds (read only). */
    float[][][] values() {
        return values;
    }

    /** Copies the values of a part of the run, which holds the sample's paths from {@code fromPath} on. */
    void copyFrom(float[][][] part, int fromPath) {
        for (int s = 0; s < series; s++) {
            for (int g = 0; g < gridSteps.length; g++) {
                if (part[s][g].length > 0) {
                    System.arraycopy(part[s][g], 0, values[s][g], fromPath - firstPath, part[s][g].length);
                }
            }
        }
    }

    private int outstanding(int tranche) {
        return 1 + 2 * plan.trancheCount + tranche;
    }

    private static float health(double value) {
        return Double.isNaN(value) ? HEALTH_CAP : (float) Math.min(HEALTH_CAP, value);
    }

    /**
     * Starts the fans on {@code executor}, one series per task, and returns at once, so that the
     * caller can work out the run's other figures while they are selected: selection over 5,000
     * paths x 61 points x a dozen series adds up (docs/model.md §8.11). With a null executor they
     * are selected here before it returns. Only for a sample that holds all its paths. A fan task
     * that starts once {@code stopRequested} returns at once, so an abandoned run's pool stops
     * without selecting them; should the run complete all the same (a cancel after its last path),
     * {@link PendingFans#await} selects the skipped fans itself.
     */
    PendingFans startFans(ExecutorService executor, java.util.function.BooleanSupplier stopRequested) {
        List<Future<Fan>> futures = new ArrayList<>();
        Fan[] fans = new Fan[series];
        if (executor == null) {
            for (int s = 0; s < series; s++) {
                fans[s] = fan(s);
            }
        } else {
            for (int s = 0; s < series; s++) {
                int index = s;
                futures.add(executor.submit(() -> stopRequested.getAsBoolean() ? null : fan(index)));
            }
        }
        return new PendingFans(fans, futures);
    }

    /** Fans being selected: {@link #await} waits for the last series and assembles them. */
    final class PendingFans {

        private final Fan[] fans;
        private final List<Future<Fan>> futures;

        private PendingFans(Fan[] fans, List<Future<Fan>> futures) {
            this.fans = fans;
            this.futures = futures;
        }

        FanSeries await() {
            for (int s = 0; s < futures.size(); s++) {
                Fan fan = ChartSample.await(futures.get(s));
                // skipped by a stop request that came after the run's last path (the run completes): select it here
                fans[s] = fan != null ? fan : fan(s);
            }
            return assemble(fans);
        }
    }

    private FanSeries assemble(Fan[] fans) {
        double[] times = new double[gridSteps.length];
        for (int g = 0; g < gridSteps.length; g++) {
            times[g] = gridSteps[g] * plan.dt;
        }
        List<Fan> trancheValues = new ArrayList<>();
        List<Fan> trancheDrawdowns = new ArrayList<>();
        List<Fan> trancheOutstanding = new ArrayList<>();
        for (int t = 0; t < plan.trancheCount; t++) {
            trancheValues.add(fans[1 + t]);
            trancheDrawdowns.add(fans[1 + plan.trancheCount + t]);
            trancheOutstanding.add(fans[outstanding(t)]);
        }
        Fan health = healthSeries >= 0 ? fans[healthSeries] : null;
        Fan peg = pegSeries >= 0 ? fans[pegSeries] : null;
        return new FanSeries(times, samplePaths, fans[0], List.copyOf(trancheValues), List.copyOf(trancheDrawdowns),
                List.copyOf(trancheOutstanding), health, peg, pegAsset >= 0 ? plan.assetIds[pegAsset] : null);
    }

    private static Fan await(Future<Fan> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationCancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("computing a chart fan failed", e.getCause());
        }
    }

    private Fan fan(int s) {
        int points = gridSteps.length;
        double[][] levels = new double[5][points];
        double[] out = new double[5];
        FanSelector selector = FanSelector.borrow();
        for (int g = 0; g < points; g++) {
            selector.select(values[s][g], samplePaths, out);
            for (int q = 0; q < out.length; q++) {
                levels[q][g] = out[q];
            }
        }
        FanSelector.giveBack(selector); // not after a failure: its gathering may be left half cleared
        return new Fan(levels[0], levels[1], levels[2], levels[3], levels[4]);
    }
}
