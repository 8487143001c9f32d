package io.tranchelab.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The paths the percentile fans are drawn from: the first {@code samplePaths} paths, recorded
 * on a grid of at most {@code points} times. Memory is bounded whatever the number of paths,
 * and five quantiles per grid point by selection cost far less than the simulation.
 */
final class ChartSample {

    private static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};
    /** Health factors are charted up to this value; a book with no debt left is charted at it. */
    static final float HEALTH_CAP = 10f;

    private final SimulationPlan plan;
    private final int samplePaths;
    private final int[] gridSteps;
    private final int[] gridIndexOfStep;
    private final int series;
    /** [series][grid point][sample path]: NAV, tranche values, tranche drawdowns, loan health. */
    private final float[][][] values;

    ChartSample(SimulationPlan plan, int paths, int samplePaths, int points) {
        this.plan = plan;
        this.samplePaths = Math.min(paths, samplePaths);
        this.gridSteps = grid(plan.steps, Math.max(2, points));
        this.gridIndexOfStep = new int[plan.steps + 1];
        java.util.Arrays.fill(gridIndexOfStep, -1);
        for (int g = 0; g < gridSteps.length; g++) {
            gridIndexOfStep[gridSteps[g]] = g;
        }
        this.series = 1 + 2 * plan.trancheCount + (plan.hasLoans() ? 1 : 0);
        this.values = new float[series][gridSteps.length][this.samplePaths];
        for (int path = 0; path < this.samplePaths; path++) {
            recordInitial(path);
        }
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

    boolean samples(int path) {
        return path < samplePaths;
    }

    private void recordInitial(int path) {
        values[0][0][path] = (float) plan.initialValue;
        for (int t = 0; t < plan.trancheCount; t++) {
            values[1 + t][0][path] = (float) plan.tranchePrincipal[t];
        }
        if (plan.hasLoans()) {
            values[series - 1][0][path] = health(plan.initialLoanHealth());
        }
    }

    void record(int path, int step, StepFlows flows, PathStatistics stats) {
        int g = gridIndexOfStep[step];
        if (g < 0 || path >= samplePaths) {
            return;
        }
        values[0][g][path] = (float) flows.nav;
        for (int t = 0; t < plan.trancheCount; t++) {
            values[1 + t][g][path] = (float) flows.trancheValues[t];
            values[1 + plan.trancheCount + t][g][path] = (float) stats.drawdown[t];
        }
        if (plan.hasLoans()) {
            values[series - 1][g][path] = health(flows.loanHealth);
        }
    }

    private static float health(double value) {
        return Double.isNaN(value) ? HEALTH_CAP : (float) Math.min(HEALTH_CAP, value);
    }

    FanSeries fans() {
        double[] times = new double[gridSteps.length];
        for (int g = 0; g < gridSteps.length; g++) {
            times[g] = gridSteps[g] * plan.dt;
        }
        List<Fan> trancheValues = new ArrayList<>();
        List<Fan> trancheDrawdowns = new ArrayList<>();
        for (int t = 0; t < plan.trancheCount; t++) {
            trancheValues.add(fan(1 + t));
            trancheDrawdowns.add(fan(1 + plan.trancheCount + t));
        }
        Fan health = plan.hasLoans() ? fan(series - 1) : null;
        return new FanSeries(times, samplePaths, fan(0), trancheValues, trancheDrawdowns, health);
    }

    private Fan fan(int s) {
        int points = gridSteps.length;
        double[][] levels = new double[LEVELS.length][points];
        double[] out = new double[LEVELS.length];
        for (int g = 0; g < points; g++) {
            Quantiles.select(values[s][g], samplePaths, LEVELS, out);
            for (int q = 0; q < LEVELS.length; q++) {
                levels[q][g] = out[q];
            }
        }
        return new Fan(levels[0], levels[1], levels[2], levels[3], levels[4]);
    }
}
