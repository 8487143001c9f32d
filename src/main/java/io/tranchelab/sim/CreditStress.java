package io.tranchelab.sim;

import io.tranchelab.model.Limits;
import io.tranchelab.model.Scenario;

/**
 * A scenario's stress of the credit lines (docs/model.md §3.1): the annual PD times the
 * scenario's multiplier, and the systemic factor shifted by its factor shift. Shifting the
 * factor Y by s is the same as lowering the line's default threshold by {@code sqrt(rho) s}:
 * {@code p_T(Y + s) = Phi((c - sqrt(rho) s - sqrt(rho) Y) / sqrt(1 - rho))}, so the stress is
 * compiled into the threshold and the path draws exactly what it draws unstressed.
 */
final class CreditStress {

    private CreditStress() {
    }

    /**
     * The stressed annual PD. A multiplier above 1 raises it at most to {@link
     * Limits#MAX_STRESSED_PD} (a PD already above stays): a PD of 1 has no hazard to spread over the steps.
     */
    static double annualPd(double pd, Scenario scenario) {
        double m = scenario.defaultProbabilityMultiplier();
        if (m == 1.0) {
            return pd;
        }
        return m < 1.0 ? pd * m : Math.min(pd * m, Math.max(pd, Limits.MAX_STRESSED_PD));
    }

    /** Phi^-1 of the horizon PD, lowered by {@code sqrt(rho)} times the scenario's factor shift. */
    static double horizonThreshold(double annualPd, double horizonYears, double assetCorrelation, Scenario scenario) {
        double stressed = annualPd(annualPd, scenario);
        // PD_T = 1 - (1 - PD)^T: the copula acts on the horizon, so that the horizon loss
        // distribution does not depend on the steps per year (docs/model.md §5.3)
        double horizonPd = -Math.expm1(horizonYears * Math.log1p(-stressed));
        double threshold = Normal.inverseCdf(horizonPd);
        double shift = scenario.creditFactorShift();
        return shift == 0.0 ? threshold : threshold - Math.sqrt(assetCorrelation) * shift;
    }
}
