package io.tranchelab.model;

import java.util.Locale;

/** Checks the simulation settings against the input limits. */
final class SimulationRules {

    private SimulationRules() {
    }

    /** The work of a run at the structure's own paths; only once the counts it multiplies are valid. */
    static void checkWork(Structure structure, Checks checks) {
        long work = Limits.workUnits(structure, structure.simulation().paths());
        if (work > Limits.MAX_WORK_UNITS) {
            long perPath = Math.max(1, work / structure.simulation().paths());
            checks.report("/simulation/paths", "is " + Numbers.show((long) structure.simulation().paths())
                    + "; with " + Numbers.show((long) structure.simulation().steps()) + " steps and "
                    + Numbers.show(perPath / Math.max(1, structure.simulation().steps()))
                    + " " + Limits.workItems(structure) + " that is " + String.format(Locale.ROOT, "%.2g", (double) work)
                    + " units of work, above the limit of " + String.format(Locale.ROOT, "%.2g",
                    (double) Limits.MAX_WORK_UNITS)
                    + " (about ten minutes); use at most " + Numbers.show(Limits.MAX_WORK_UNITS / perPath) + " paths");
        }
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
