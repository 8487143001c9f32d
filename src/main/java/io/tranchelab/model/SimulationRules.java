package io.tranchelab.model;

/** Checks the simulation settings against the input limits. */
final class SimulationRules {

    private SimulationRules() {
    }

    static void check(SimulationSettings simulation, Checks checks) {
        boolean horizonOk = checks.number("/simulation/horizonYears", simulation.horizonYears(),
                Range.aboveUpTo(0, Limits.MAX_HORIZON_YEARS));
        boolean stepsOk = checks.whole("/simulation/stepsPerYear", simulation.stepsPerYear(), 1,
                Limits.MAX_STEPS_PER_YEAR);
        checks.whole("/simulation/paths", simulation.paths(), 1, Limits.MAX_PATHS);
        if (horizonOk && stepsOk) {
            long steps = Math.round(simulation.horizonYears() * simulation.stepsPerYear());
            if (steps > Limits.MAX_STEPS) {
                checks.report("/simulation/stepsPerYear", "horizonYears x stepsPerYear gives "
                        + Numbers.show(steps) + " steps; at most " + Numbers.show(Limits.MAX_STEPS)
                        + " steps are allowed (use fewer steps per year or a shorter horizon)");
            }
        }
    }
}
