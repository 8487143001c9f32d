package io.tranchelab.sim;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** docs/model.md §5.4: a scored cohort's score migrates as it repays; defaults leave the cohort. */
class ScoreMigrationTest {

    /** 24 repayments, 1 liquidation, 730 days, ratio 1.8, 12 repayments a year (ScorecardTest: 684 at the start). */
    private static final BorrowerHistory COHORT = new BorrowerHistory(24, 1, 730, 1.8, 12);

    /**
     * Monthly steps over a year, default scorecard. Before step k + 1 (t = k / 12) the cohort has
     * made k more repayments (+0.08 each) and is k / 12 years older (+0.5 a year): z = 7.52 +
     * 0.08 k + 0.5 k / 12, score = 600 + 86.5617 (z - 6.55108):
     * k = 0: 683.87 -> 684; 1: 694.40 -> 694; 2: 704.93 -> 705; 3: 715.47 -> 715; 4: 726.00 -> 726;
     * 5: 736.53 -> 737; 6: 747.06 -> 747; 7: 757.59 -> 758; 8: 768.12 -> 768; 9: 778.66 -> 779;
     * 10: 789.19 -> 789; 11: 799.72 -> 800.
     */
    @Test
    void theScoreRisesWithEachRepaymentAndTheAccountsAge() {
        assertArrayEquals(new int[] {684, 694, 705, 715, 726, 737, 747, 758, 768, 779, 789, 800},
                ScoreMigration.scoresByStep(COHORT, Scorecard.DEFAULT, 12, 1.0 / 12));
    }

    /**
     * Weekly steps (52 a year) and 12 repayments a year: a repayment falls due every 52 / 12 =
     * 4.33 steps, so they are credited before steps 6, 10, 14, 18, 22, ... (k = 5, 9, 13, 17, 22:
     * floor(12 k / 52) = 1 at k = 5, 2 at k = 9, 3 at k = 13, 4 at k = 18). Between them only the
     * age moves: 0.5 x 86.5617 / 52 = 0.83 points a week.
     */
    @Test
    void repaymentsAreCreditedWhenTheyFallDueNotSpreadOverTheSteps() {
        double dt = 1.0 / 52;
        int[] made = new int[52];
        for (int k = 0; k < 52; k++) {
            made[k] = ScoreMigration.after(COHORT, k * dt).repayments() - 24;
        }
        assertEquals(0, made[4]);
        assertEquals(1, made[5]);
        assertEquals(1, made[8]);
        assertEquals(2, made[9]);
        assertEquals(3, made[13]);
        assertEquals(4, made[18]);
        assertEquals(11, made[51]);
        assertEquals(730 + 365.0 * 10 / 52, ScoreMigration.after(COHORT, 10 * dt).accountAgeDays(), 1e-9);
        // exactly at a due date despite rounding: 12 x (13 x 1/52) is 3 to within an ulp
        assertEquals(3, ScoreMigration.after(COHORT, 13 * dt).repayments() - 24);
    }

    @Test
    void withNoRepaymentsOnlyTheAgeMoves() {
        BorrowerHistory still = new BorrowerHistory(24, 1, 730, 1.8, 0);
        int[] scores = ScoreMigration.scoresByStep(still, Scorecard.DEFAULT, 2, 1.0);
        // one year older: +0.5 log-odds = +43.28 points: 683.87 -> 727.15
        assertArrayEquals(new int[] {684, 727}, scores);
    }

    /** A table coarse enough that migration moves the PD a lot: below 700 30 %, 700-799 10 %, 800 up 2 %. */
    private static final List<ScoreBand> TABLE = List.of(new ScoreBand(0, 0.30), new ScoreBand(700, 0.10),
            new ScoreBand(800, 0.02));
    private static final int LINES = 1_000;
    private static final int PATHS = 4_000;

    private static Structure cohort(BorrowerHistory history, double rho) {
        return TestStructures.builder()
                .horizon(1, 12)
                .seed(77)
                .asset(flatAsset("X", 1.0))
                .position(new CreditLine("scored", 1_000_000, LINES, 0, 0, OptionalDouble.empty(), 1.0, rho,
                        Optional.empty(), Optional.of(history)))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .scenario(new Scenario("PD x 2", "", 1, Map.of(), OptionalDouble.empty(), 1, 1, List.of())
                        .withCreditStress(2, 0))
                .build()
                .withCreditScoreTable(TABLE);
    }

    /**
     * With rho = 0 each line defaults independently, in step k + 1 with probability
     * {@code q_k = 1 - (1 - PD_k)^(1/12)} (T = 1, so PD_T = PD), PD_k the table's PD of the score
     * before step k + 1: scores 684, 694 (30 %), 705 ... 789 (10 %, nine steps), 800 (2 %). The
     * expected default fraction is {@code 1 - 0.7^(2/12) 0.9^(9/12) 0.98^(1/12)} = 1 - 0.94229 x
     * 0.92402 x 0.99832 = 0.13077, against 0.30 without migration. Under PD x 2 the PDs are 60 %,
     * 20 %, 4 %: {@code 1 - 0.4^(2/12) 0.8^(9/12) 0.96^(1/12)} = 1 - 0.85837 x 0.84590 x 0.99660 = 0.27637.
     */
    @ParameterizedTest(name = "{0}: expected default fraction {1}")
    @CsvSource({"base, 0.13077", "PD x 2, 0.27637"})
    void theDefaultsFollowTheMigratedScore(String scenario, double expected) {
        Structure structure = cohort(COHORT, 0);
        SimulationResult result = Simulator.run(structure, runSettings(structure, scenario, PATHS, 2));
        // the pool's default fraction per path has variance about p (1 - p) / 1,000 across paths
        double se = Math.sqrt(expected * (1 - expected) / LINES / PATHS);
        assertEquals(expected, result.pool().expectedCreditLoss(), 4 * se);
    }

    @Test
    void theHandFiguresAboveAreRight() {
        assertEquals(0.13077, 1 - Math.pow(0.7, 2.0 / 12) * Math.pow(0.9, 9.0 / 12) * Math.pow(0.98, 1.0 / 12), 1e-5);
        assertEquals(0.27637, 1 - Math.pow(0.4, 2.0 / 12) * Math.pow(0.8, 9.0 / 12) * Math.pow(0.96, 1.0 / 12), 1e-5);
    }

    /**
     * A cohort whose score stays in one band runs as a stated score would, to the last bit: no
     * repayments, 2 liquidations, 30 days, ratio 1.2: z = 4 - 2.4 + 0.5 x 30 / 365 + 1.2 = 2.84110,
     * score 600 + 86.5617 (2.84110 - 6.55108) = 278.86 -> 279; a year's ageing adds at most 43
     * points, still below 700: the 30 % band throughout.
     */
    @Test
    void aCohortThatStaysInItsBandDefaultsAsAStatedScoreWould() {
        BorrowerHistory low = new BorrowerHistory(0, 2, 30, 1.2, 0);
        assertEquals(279, Scorecard.DEFAULT.score(low));
        Structure scored = cohort(low, 0.2);
        CreditLine stated = new CreditLine("scored", 1_000_000, LINES, 0, 279, OptionalDouble.empty(), 1.0, 0.2);
        Structure plain = scored.withPositions(List.of(stated));
        SimulationResult a = Simulator.run(scored, runSettings(scored, Scenario.BASE_NAME, 512, 2));
        SimulationResult b = Simulator.run(plain, runSettings(plain, Scenario.BASE_NAME, 512, 2));
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(b.trancheLosses().get(k), a.trancheLosses().get(k), "tranche " + k);
        }
    }

    /**
     * rho = 0.3: the migrated hazard keeps the path's factor Y, so a line survives the year with
     * probability {@code S(Y) = prod_k (1 - p_k(Y))^(1/12)}, {@code p_k(Y) = Phi((Phi^-1(PD_k) -
     * sqrt(rho) Y) / sqrt(1 - rho))}, and the expected default fraction is 1 - E[S(Y)], integrated
     * here by Simpson's rule over Y (not the product of the unconditional survivals: Jensen).
     */
    @Test
    void migrationKeepsThePathsFactor() {
        double rho = 0.3;
        Structure structure = cohort(COHORT, rho);
        SimulationResult result = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 2));
        double[] pds = {0.30, 0.30, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.02};
        int intervals = 3600;
        double h = 18.0 / intervals;
        double survival = 0;
        for (int i = 0; i <= intervals; i++) {
            double y = -9 + i * h;
            double s = 1;
            for (double pd : pds) {
                double p = NormalReference.cdf((NormalReference.inverseCdf(pd) - Math.sqrt(rho) * y) / Math.sqrt(1 - rho));
                s *= Math.pow(1 - p, 1.0 / 12);
            }
            survival += (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2) * s * NormalReference.density(y);
        }
        double expected = 1 - survival * h / 3;
        double[] poolLoss = new double[PATHS];
        for (int k = 0; k < 2; k++) {
            double share = k == 0 ? 0.9 : 0.1;
            double[] loss = result.trancheLosses().get(k);
            for (int i = 0; i < PATHS; i++) {
                poolLoss[i] += share * loss[i];
            }
        }
        Sample sample = Sample.of(poolLoss);
        assertEquals(sample.mean(), result.pool().expectedCreditLoss(), 1e-9);
        assertEquals(expected, sample.mean(), 4 * sample.standardError());
        assertNotEquals(0.13077, expected, 1e-3); // the correlated figure is not the independent one
    }
}
