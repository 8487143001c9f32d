package io.tranchelab.design;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The senior-share solver against Merton (docs/model.md §11.1, the set-up of MertonReferenceTest):
 * the senior of face S = share V0 has EL (S Phi(-d2) - V0 e^(mu T) Phi(-d1)) / S, increasing in the
 * share, so the largest share for a target EL is that formula's inverse, found here by Hipparchus's
 * Brent on the closed form itself. The Monte Carlo answer's interval over 5 seeds must contain it.
 */
class MertonSeniorShareTest {

    private static final double V0 = 100;
    private static final NormalDistribution PHI = new NormalDistribution();

    static double mertonSeniorEl(double share, double sigma, double mu, double horizon) {
        double face = share * V0;
        double sd = sigma * Math.sqrt(horizon);
        double d1 = (Math.log(V0 / face) + (mu + 0.5 * sigma * sigma) * horizon) / sd;
        double d2 = d1 - sd;
        return (face * PHI.cumulativeProbability(-d2) - V0 * Math.exp(mu * horizon) * PHI.cumulativeProbability(-d1))
                / face;
    }

    @ParameterizedTest(name = "sigma {0}, mu {1}, T {2}, {3} steps a year, target EL {4}")
    @CsvSource({
        "0.8, 0.05, 1, 4, 0.02",
        "0.5, -0.1, 2, 6, 0.01",
    })
    void solvedSeniorShareMatchesTheClosedFormInverseWithinTheInterval(double sigma, double mu, double horizon,
                                                                      int stepsPerYear, double targetEl,
                                                                      TestReporter reporter) {
        double exact = new BrentSolver(1e-12).solve(100, s -> mertonSeniorEl(s, sigma, mu, horizon) - targetEl,
                0.01, 0.99);
        int paths = 20_000;
        Structure firm = DesignStructures.mertonFirm(sigma, mu, 0.7, horizon, stepsPerYear, paths, 1974);
        SolveAnswer a = TargetSolver.solve(SolveQuestions.seniorShare(firm, Scenario.BASE_NAME, targetEl),
                new DesignRun(Scenario.BASE_NAME, List.of(1974L, 1975L, 1976L, 1977L, 1978L), paths), 2,
                ProgressListener.NONE, CancellationToken.none());
        MonteCarloInterval i = a.interval();
        reporter.publishEntry("Merton inverse", String.format("exact %.5f, answer %.5f, mean %.5f, sd %.5f,"
                + " interval [%.5f, %.5f], evaluations %d", exact, a.answer(), i.mean(), i.standardDeviation(),
                i.low(), i.high(), a.crossings().get(0).evaluations()));
        assertEquals(SolveOutcome.FOUND, a.outcome());
        assertEquals(5, i.answers().size());
        assertTrue(i.contains(exact), "closed form " + exact + " outside [" + i.low() + ", " + i.high() + "]");
        assertTrue(i.high() - i.low() < 0.02, "an interval this wide would pass anything: " + (i.high() - i.low()));
        assertEquals(exact, a.answer(), 4 * i.standardDeviation() + 2e-4, "the first seed's answer");
    }
}
