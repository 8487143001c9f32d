package io.tranchelab.model;

/**
 * How a structure is simulated: horizon T in years, n steps per year (the step is T / round(T n)),
 * the number of Monte Carlo paths N and the seed that makes a run repeatable (docs/model.md §1.2,
 * §2.1, §9).
 */
public record SimulationSettings(double horizonYears, int stepsPerYear, int paths, long seed) {

    public static final int DEFAULT_STEPS_PER_YEAR = 365;

    /** Total number of steps on a path: round(T * n), at least one. */
    public int steps() {
        return Math.max(1, (int) Math.round(horizonYears * stepsPerYear));
    }

    /** Length of one step in years. */
    public double dt() {
        return horizonYears / steps();
    }

    public SimulationSettings withHorizonYears(double value) {
        return new SimulationSettings(value, stepsPerYear, paths, seed);
    }

    public SimulationSettings withStepsPerYear(int value) {
        return new SimulationSettings(horizonYears, value, paths, seed);
    }

    public SimulationSettings withPaths(int value) {
        return new SimulationSettings(horizonYears, stepsPerYear, value, seed);
    }

    public SimulationSettings withSeed(long value) {
        return new SimulationSettings(horizonYears, stepsPerYear, paths, value);
    }
}
