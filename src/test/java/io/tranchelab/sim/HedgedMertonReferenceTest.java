package io.tranchelab.sim;

import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Jumps;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The Merton reference set-up (docs/model.md §11.1: one asset, no income, no fees, senior and
 * equity with no coupon) with a put on every unit, struck at spot, no spread, no rate, for the
 * whole horizon (docs/model.md §5.6). The premium is fixed, {@code pi = V0 (2 Phi(sigma
 * sqrt T / 2) - 1)} (bought at P0), carried (no income pays it) and paid first at the horizon,
 * so every path ends with {@code max(V_T, V0) - pi}:
 * <ul>
 * <li>the senior, face {@code S <= V0 - pi}, loses nothing on any path, and below the strike it
 *     is repaid in full while the equity gets exactly {@code V0 - pi - S};</li>
 * <li>the equity loses {@code (V0 + pi - V_T)^+ - (V0 - V_T)^+}, so its expected loss is the
 *     difference of two undiscounted puts at the drift, {@code P(V0 + pi) - P(V0)}, with
 *     {@code P(K) = K Phi(-d2(K)) - V0 e^(mu T) Phi(-d1(K))}.</li>
 * </ul>
 */
class HedgedMertonReferenceTest {

    private static final double V0 = 100;
    private static final int PATHS = 40_000;
    private static final double SIGMA = 0.5;
    private static final double MU = 0.05;
    private static final double SENIOR = 0.7;

    private static Structure firm(boolean hedged) {
        Structure firm = TestStructures.builder()
                .horizon(1, 4)
                .seed(1974)
                .asset(new VolatileAsset("ETH", 1.0, MU, SIGMA, Jumps.NONE, OptionalDouble.empty()))
                .position(yieldPosition("ETH", V0, 0))
                .tranche("senior", SENIOR, 0)
                .tranche("equity", 1 - SENIOR, 0)
                .build();
        return hedged ? firm.withHedges(List.of(new ProtectivePut("put", "ETH", 1, 1, 365, SIGMA, 0, 0))) : firm;
    }

    /** pi = 100 (2 Phi(0.25) - 1) = 19.741265...: below V0 - S = 30, so the senior is covered. */
    private static double premium() {
        return V0 * (2 * NormalReference.cdf(0.5 * SIGMA) - 1);
    }

    @Test
    void hedgedSeniorLosesNothingWhereTheUnhedgedSeniorLosesTheMertonPut(TestReporter reporter) {
        SimulationResult hedged = Simulator.run(firm(true), runSettings(firm(true), Scenario.BASE_NAME, PATHS, 2));
        SimulationResult bare = Simulator.run(firm(false), runSettings(firm(false), Scenario.BASE_NAME, PATHS, 2));
        double merton = undiscountedPut(SENIOR * V0) / (SENIOR * V0);
        reporter.publishEntry("senior EL", "hedged " + hedged.tranches().get(0).expectedLoss() + ", unhedged "
                + bare.tranches().get(0).expectedLoss() + ", Merton " + merton);
        assertEquals(0.0, hedged.tranches().get(0).expectedLoss(), 0.0);
        assertEquals(0.0, hedged.tranches().get(0).probabilityOfLoss(), 0.0);
        assertEquals(merton, bare.tranches().get(0).expectedLoss(), 3 * bare.tranches().get(0).expectedLossStandardError());
    }

    @Test
    void belowTheStrikeTheSeniorIsRepaidAndTheEquityLosesExactlyThePremium() {
        Structure structure = firm(true);
        SimulationResult hedged = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 2));
        HedgeOutcomes outcomes = HedgeAnalysis.run(structure, Scenario.BASE_NAME, structure.simulation().seed(), PATHS,
                CancellationToken.none());
        double pi = premium();
        double equity = (1 - SENIOR) * V0;
        int below = 0;
        for (int i = 0; i < PATHS; i++) {
            assertEquals(pi, outcomes.premium()[i], 1e-12 * V0, "premium of path " + i);
            assertEquals(0.0, hedged.trancheLosses().get(0)[i], 0.0, "senior loss of path " + i);
            if (outcomes.assetFall()[i] > 0) {
                below++;
                assertEquals(pi / equity, hedged.trancheLosses().get(1)[i], 1e-12, "equity loss of path " + i);
                assertEquals(outcomes.assetFall()[i] * V0, outcomes.putPayoff()[i], 1e-9, "payoff of path " + i);
            } else {
                assertEquals(0.0, outcomes.putPayoff()[i], 0.0);
            }
            assertEquals(pi, outcomes.expensePaid()[i], 1e-12 * V0, "the premium is paid at the horizon");
        }
        assertTrue(below > PATHS / 3, "paths below the strike: " + below);
    }

    @Test
    void hedgedEquitysExpectedLossIsTheDifferenceOfTwoPuts(TestReporter reporter) {
        Structure structure = firm(true);
        TrancheMetrics equity = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 2))
                .tranches().get(1);
        double exact = (undiscountedPut(V0 + premium()) - undiscountedPut(V0)) / ((1 - SENIOR) * V0);
        reporter.publishEntry("equity EL", "MC " + equity.expectedLoss() + " exact " + exact);
        assertEquals(exact, equity.expectedLoss(), 3 * equity.expectedLossStandardError());
    }

    /** E[(K - V_T)^+] under the drift mu: K Phi(-d2) - V0 e^(mu T) Phi(-d1), T = 1. */
    private static double undiscountedPut(double strike) {
        double d1 = (Math.log(V0 / strike) + MU + 0.5 * SIGMA * SIGMA) / SIGMA;
        double d2 = d1 - SIGMA;
        return strike * NormalReference.cdf(-d2) - V0 * Math.exp(MU) * NormalReference.cdf(-d1);
    }
}
