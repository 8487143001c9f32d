package io.tranchelab.sim;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §5.4.1: borrowers that miss payments spread over score states. The two-step case
 * below is worked by hand; the simulation (path by path) and the expected distribution
 * ({@link ScoreDistribution}, a recursion) are both held to it.
 */
class ScoreStatesTest {

    /**
     * A card whose score is 100 z: PDO = 100 ln 2, base odds 1 (ln 1 = 0) at score 0; z = 6 + 0.5
     * a repayment - 1 a missed payment, nothing else counts. So a repayment is worth +50 points and
     * a miss -100.
     */
    private static final Scorecard CARD = new Scorecard(6, 0.5, 0, 0, 0, 0, 1, 100 * Math.log(2), -1);
    /** Below 500 50 %, 500-599 20 %, 600-699 5 %, 700 up 1 %. */
    private static final List<ScoreBand> TABLE = List.of(new ScoreBand(0, 0.50), new ScoreBand(500, 0.20),
            new ScoreBand(600, 0.05), new ScoreBand(700, 0.01));
    /** No history yet, two payments a year, each missed with probability 1/4. */
    private static final BorrowerHistory NEW_BORROWERS = new BorrowerHistory(0, 0, 0, 0, 2, 0, 0.25);
    private static final int LINES = 1_000;

    /** One year in two steps: a payment falls due at the end of each. */
    private static Structure twoSteps(BorrowerHistory history, double rho) {
        return TestStructures.builder()
                .horizon(1, 2)
                .seed(2026)
                .asset(flatAsset("X", 1.0))
                .position(new CreditLine("spread", 1_000_000, LINES, 0, 0, OptionalDouble.empty(), 1.0, rho,
                        Optional.empty(), Optional.of(history)))
                .tranche("senior", 0.9, 0)
                .tranche("equity", 0.1, 0)
                .build()
                .withCreditScoreTable(TABLE)
                .withScorecard(CARD);
    }

    private static ScoreStates states(Structure s) {
        CreditLine line = (CreditLine) s.positions().get(0);
        return ScoreStates.of(line, s, Scenario.BASE, s.simulation().steps(), s.simulation().dt(),
                s.simulation().horizonYears());
    }

    /**
     * z = 6 + 0.5 (due - m) - m, m the payments missed. At the start: 600. After step 1 (one due):
     * made it 650, missed it 500. After step 2 (two due): 700, 550 (one missed), 400 (both).
     */
    @Test
    void aStatesScoreIsTheCardsScoreOfItsMadeAndMissedPayments() {
        ScoreStates states = states(twoSteps(NEW_BORROWERS, 0));
        assertEquals(3, states.stateCount());
        assertArrayEquals(new int[] {0, 1, 2}, states.due);
        assertEquals(600, states.score(0, 0));
        assertEquals(650, states.score(1, 0));
        assertEquals(500, states.score(1, 1));
        assertEquals(700, states.score(2, 0));
        assertEquals(550, states.score(2, 1));
        assertEquals(400, states.score(2, 2));
    }

    /**
     * The hand-computed two steps, rho = 0, T = 1 (so PD_T = PD and a step's survival is
     * (1 - PD)^(1/2)):
     * step 1: all at 600 (5 %): survive sqrt(0.95) = 0.974679; the payment: 3/4 make it (650),
     * 1/4 miss it (500): 0.731010 and 0.243670.
     * step 2: 650 is still 5 %: 0.731010 x 0.974679 = 0.75 x 0.95 = 0.7125; 500 is 20 %:
     * 0.243670 x sqrt(0.8) = 0.25 sqrt(0.76) = 0.217945. The second payment:
     * 700: 0.7125 x 0.75 = 0.534375; 550: 0.7125 x 0.25 + 0.217945 x 0.75 = 0.178125 + 0.163459
     * = 0.341584; 400: 0.217945 x 0.25 = 0.054486. Survivors 0.930445, defaulted 0.069555
     * (against 0.05 if nobody missed: the misses cost 1.96 points of defaults).
     */
    private static final double[] HAND = {0.534375, 0.75 * 0.95 * 0.25 + 0.75 * 0.25 * Math.sqrt(0.76),
        0.0625 * Math.sqrt(0.76)};
    private static final double HAND_DEFAULTED = 1 - 0.7125 - 0.25 * Math.sqrt(0.76);

    @Test
    void theHandFiguresAboveAreRight() {
        assertEquals(0.341584, HAND[1], 1e-6);
        assertEquals(0.054486, HAND[2], 1e-6);
        assertEquals(0.069555, HAND_DEFAULTED, 1e-6);
        assertEquals(1, HAND[0] + HAND[1] + HAND[2] + HAND_DEFAULTED, 1e-15);
    }

    @Test
    void theExpectedDistributionIsTheHandComputedOne() {
        Structure s = twoSteps(NEW_BORROWERS, 0);
        ScoreDistribution.HorizonScores h = ScoreDistribution.atHorizon((CreditLine) s.positions().get(0), s,
                Scenario.BASE).orElseThrow();
        assertEquals(List.of(700, 550, 400), h.survivors().stream().map(ScoreDistribution.Share::score).toList());
        for (int m = 0; m < 3; m++) {
            assertEquals(HAND[m], h.survivors().get(m).share(), 1e-12, "state " + m);
        }
        assertEquals(HAND_DEFAULTED, h.defaulted(), 1e-12);
        assertEquals((700 * HAND[0] + 550 * HAND[1] + 400 * HAND[2]) / (1 - HAND_DEFAULTED), h.meanScore(), 1e-9);
    }

    /**
     * The simulation, path by path: 3,200 paths of 1,000 borrowers. Each state's share at the
     * horizon is a mean over paths of independent borrowers' indicators, so its standard error is
     * at most sqrt(p (1 - p) / 3.2e6); and on every path and step the survivors in all states plus
     * the defaults so far are the 1,000 borrowers.
     */
    @Test
    void theSimulatedStatesHaveTheHandComputedSharesAndConserveBorrowers() {
        ScoreStates states = states(twoSteps(NEW_BORROWERS, 0));
        int lanes = 64;
        int blocks = 50;
        ScoreStatePath path = new ScoreStatePath(states, lanes);
        PathRandom[] random = new PathRandom[lanes];
        long[] defaults = new long[lanes];
        double[] total = new double[3];
        for (int b = 0; b < blocks; b++) {
            long[] defaulted = new long[lanes];
            for (int l = 0; l < lanes; l++) {
                random[l] = new PathRandom(99, (long) b * lanes + l);
                path.reset(l, random[l], 0.0, LINES);
            }
            for (int step = 1; step <= 2; step++) {
                path.step(step, random, defaults);
                for (int l = 0; l < lanes; l++) {
                    defaulted[l] += defaults[l];
                    long alive = 0;
                    for (int m = 0; m < path.stateCount(); m++) {
                        alive += path.count(m, l);
                    }
                    assertEquals(LINES, alive + defaulted[l], "block " + b + " lane " + l + " step " + step);
                }
            }
            for (int l = 0; l < lanes; l++) {
                for (int m = 0; m < 3; m++) {
                    total[m] += path.count(m, l);
                }
            }
        }
        double n = (double) LINES * lanes * blocks;
        for (int m = 0; m < 3; m++) {
            double se = Math.sqrt(HAND[m] * (1 - HAND[m]) / n);
            assertEquals(HAND[m], total[m] / n, 4 * se, "state " + m);
        }
    }

    /**
     * Through the whole engine: the pool is the line (LGD 1), so its expected credit loss is the
     * defaulted share, 0.069555 (4 SE over 4,000 paths of 1,000 independent borrowers).
     */
    @Test
    void aRunLosesTheHandComputedDefaults() {
        Structure s = twoSteps(NEW_BORROWERS, 0);
        int paths = 4_000;
        SimulationResult result = Simulator.run(s, runSettings(s, Scenario.BASE_NAME, paths, 2));
        double se = Math.sqrt(HAND_DEFAULTED * (1 - HAND_DEFAULTED) / LINES / paths);
        assertEquals(HAND_DEFAULTED, result.pool().expectedCreditLoss(), 4 * se);
        Structure never = twoSteps(NEW_BORROWERS.withMissedPaymentProbability(0), 0);
        SimulationResult repaying = Simulator.run(never, runSettings(never, Scenario.BASE_NAME, paths, 2));
        assertEquals(0.05, repaying.pool().expectedCreditLoss(), 4 * Math.sqrt(0.05 * 0.95 / LINES / paths));
    }

    /**
     * rho = 0.3: the simulated horizon states, averaged over paths, against the expected
     * distribution (the recursion given Y integrated over Y). The per-path shares are correlated
     * through Y, so the standard error is the sample's over paths.
     */
    @Test
    void withACommonFactorTheSimulatedStatesAverageToTheExpectedDistribution() {
        Structure s = twoSteps(NEW_BORROWERS, 0.3).withSimulation(
                twoSteps(NEW_BORROWERS, 0.3).simulation().withStepsPerYear(6).withHorizonYears(2));
        ScoreStates states = states(s);
        CreditLine line = (CreditLine) s.positions().get(0);
        ScoreDistribution.HorizonScores expected = ScoreDistribution.atHorizon(line, s, Scenario.BASE).orElseThrow();
        int lanes = 64;
        int blocks = 40;
        ScoreStatePath path = new ScoreStatePath(states, lanes);
        PathRandom[] random = new PathRandom[lanes];
        long[] defaults = new long[lanes];
        int n = states.stateCount();
        double[][] shares = new double[n][lanes * blocks];
        double[] defaulted = new double[lanes * blocks];
        for (int b = 0; b < blocks; b++) {
            for (int l = 0; l < lanes; l++) {
                random[l] = new PathRandom(5, (long) b * lanes + l);
                path.reset(l, random[l], random[l].creditFactor(), LINES);
            }
            for (int step = 1; step <= states.steps; step++) {
                path.step(step, random, defaults);
                for (int l = 0; l < lanes; l++) {
                    defaulted[b * lanes + l] += defaults[l] / (double) LINES;
                }
            }
            for (int l = 0; l < lanes; l++) {
                for (int m = 0; m < n; m++) {
                    shares[m][b * lanes + l] = path.count(m, l) / (double) LINES;
                }
            }
        }
        Sample d = Sample.of(defaulted);
        assertEquals(expected.defaulted(), d.mean(), 4 * d.standardError());
        // the states by score: the horizon scores of the states are distinct here (no clamping)
        for (int m = 0; m < n; m++) {
            int score = states.score(states.steps, m);
            double want = expected.survivors().stream().filter(x -> x.score() == score)
                    .mapToDouble(ScoreDistribution.Share::share).sum();
            Sample got = Sample.of(shares[m]);
            assertEquals(want, got.mean(), 4 * got.standardError() + 1e-6, "state " + m + " score " + score);
        }
    }

    /** A line whose borrowers never miss has no states: it runs as the cohort of §5.4, untouched. */
    @Test
    void noMissesNoStates() {
        assertNull(states(twoSteps(NEW_BORROWERS.withMissedPaymentProbability(0), 0)));
        assertNull(states(twoSteps(new BorrowerHistory(0, 0, 0, 0, 0, 0, 0.5), 0)), "nothing falls due");
        Structure given = twoSteps(NEW_BORROWERS, 0);
        CreditLine line = (CreditLine) given.positions().get(0);
        CreditLine withPd = new CreditLine(line.name(), line.principal(), line.lines(), line.rate(), 0,
                OptionalDouble.of(0.02), 1.0, 0, Optional.empty(), line.history());
        assertNull(ScoreStates.of(withPd, given, Scenario.BASE, 2, 0.5, 1), "a PD given directly wins");
        assertTrue(ScoreDistribution.atHorizon(withPd, given, Scenario.BASE).isEmpty());
    }

    /**
     * Everyone misses every payment (probability 1) under a card that does not read misses: every
     * borrower then has the history of a cohort that makes no repayment, so the run is that
     * cohort's to the last bit (rho 0.3, 52 steps a year for two years, default card otherwise).
     */
    @Test
    void borrowersThatAllMissRunAsACohortThatNeverRepays() {
        Scorecard card = Scorecard.DEFAULT;
        BorrowerHistory allMiss = new BorrowerHistory(24, 1, 730, 1.8, 12, 0, 1.0);
        BorrowerHistory noRepayments = new BorrowerHistory(24, 1, 730, 1.8, 0);
        Structure a = twoSteps(allMiss, 0.3).withScorecard(card).withCreditScoreTable(List.of());
        a = a.withSimulation(a.simulation().withHorizonYears(2).withStepsPerYear(52));
        Structure b = twoSteps(noRepayments, 0.3).withScorecard(card).withCreditScoreTable(List.of());
        b = b.withSimulation(a.simulation());
        SimulationResult ra = Simulator.run(a, runSettings(a, Scenario.BASE_NAME, 600, 2));
        SimulationResult rb = Simulator.run(b, runSettings(b, Scenario.BASE_NAME, 600, 2));
        assertTrue(ra.pool().expectedCreditLoss() > 0);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(rb.trancheLosses().get(k), ra.trancheLosses().get(k), "tranche " + k);
        }
    }

    /**
     * A card that scores everyone 650 whatever they make or miss (every weight 0 but the
     * intercept: z = 6.5): every state has PD 5 %, so given Y a borrower survives the whole
     * horizon with 1 - p_T(Y), and averaged over Y the defaulted share is PD_T = 1 - 0.95^2 =
     * 0.0975 for two years (Vasicek's mean, E[p_T(Y)] = PD_T, for any rho): here at rho 0.3, 52
     * steps a year and misses that move borrowers between states of one score.
     */
    @Test
    void statesOfOneScoreDefaultAtTheHorizonPdWhateverTheFactor() {
        Structure s = twoSteps(NEW_BORROWERS, 0.3).withScorecard(new Scorecard(6.5, 0, 0, 0, 0, 0, 1,
                100 * Math.log(2), 0));
        s = s.withSimulation(s.simulation().withHorizonYears(2).withStepsPerYear(52));
        ScoreDistribution.HorizonScores h = ScoreDistribution.atHorizon(line(s), s, Scenario.BASE).orElseThrow();
        assertEquals(1 - 0.95 * 0.95, h.defaulted(), 1e-9);
        assertEquals(List.of(new ScoreDistribution.Share(650, 0.95 * 0.95)).size(), h.survivors().size());
        assertEquals(650, h.survivors().get(0).score());
        assertEquals(0.9025, h.survivors().get(0).share(), 1e-9);
    }

    /** The hand-computed shares by band: the structure's own table, and the built-in one (S&P grades). */
    @Test
    void theSharesByBandAreTheScoresSharesInEachBand() {
        Structure s = twoSteps(NEW_BORROWERS, 0);
        ScoreDistribution.HorizonScores h = ScoreDistribution.atHorizon(line(s), s, Scenario.BASE).orElseThrow();
        List<ScoreDistribution.BandShare> own = h.byBand(TABLE);
        assertEquals(List.of(700, 600, 500, 0), own.stream().map(ScoreDistribution.BandShare::minScore).toList());
        assertEquals(List.of(1000, 699, 599, 499), own.stream().map(ScoreDistribution.BandShare::maxScore).toList());
        assertEquals(List.of(0.01, 0.05, 0.20, 0.50), own.stream()
                .map(ScoreDistribution.BandShare::annualDefaultProbability).toList());
        double[] want = {HAND[0], 0, HAND[1], HAND[2]};
        for (int b = 0; b < 4; b++) {
            assertEquals(want[b], own.get(b).share(), 1e-12, "band " + b);
        }
        // built-in: 700 is A (700-799), 550 BB (500-599), 400 B (400-499)
        List<ScoreDistribution.BandShare> builtIn = h.byBand(List.of());
        assertEquals(7, builtIn.size());
        assertEquals(List.of(900, 800, 700, 600, 500, 400, 0), builtIn.stream()
                .map(ScoreDistribution.BandShare::minScore).toList());
        double[] sp = {0, 0, HAND[0], 0, HAND[1], HAND[2], 0};
        for (int b = 0; b < 7; b++) {
            assertEquals(sp[b], builtIn.get(b).share(), 1e-12, "band " + b);
        }
        assertEquals(h.byBand(List.of()), h.byBand(null));
    }

    /**
     * A run's memory estimate counts the states before any is allocated: daily payments over ten
     * years are 3,650 states plus none, 40 bytes each per lane (BlockSimulator.LANES) and worker;
     * without misses, none.
     */
    @Test
    void theRunsMemoryEstimateCountsTheScoreStates() {
        BorrowerHistory daily = new BorrowerHistory(0, 0, 0, 0, 365, 0, 0.1);
        Structure s = twoSteps(daily, 0);
        s = s.withSimulation(s.simulation().withHorizonYears(10).withStepsPerYear(12));
        Structure cohort = s.withPositions(List.of(line(s).withHistory(Optional.of(daily.withMissedPaymentProbability(0)))));
        RunMemory.Shape shape = RunMemory.Shape.of(s);
        assertEquals(3_651, shape.scoreStates());
        assertEquals(0, RunMemory.Shape.of(cohort).scoreStates());
        RunSettings settings = runSettings(s, Scenario.BASE_NAME, 1_000, 2);
        assertEquals(40L * BlockSimulator.LANES * 3_651 * 2, RunMemory.estimateBytes(shape, settings, 2, 1)
                - RunMemory.estimateBytes(RunMemory.Shape.of(cohort), settings, 2, 1));
        assertEquals(RunMemory.estimateBytes(shape, settings, 2, 1),
                RunMemory.estimateBytes(new SimulationPlan(s, Scenario.BASE), settings, 2), "plan and structure agree");
    }

    /**
     * Misses alone, against the binomial: one band (PD 10 % whatever the score) and rho = 0, so a
     * borrower survives the year with 0.9 whatever it misses, and misses each of its 12 payments
     * independently with 1/4; with quarterly steps three payments fall due in each step, taken one
     * after the other. A survivor's misses are then binomial(12, 1/4): the share in state m is
     * 0.9 C(12, m) (1/4)^m (3/4)^(12 - m). The card (100 z, z = 4 + 0.1 a repayment - 0.2 a miss)
     * gives each state its own score, 520 - 30 m, so the expected distribution can be read by score.
     */
    @Test
    void missesAloneSpreadTheSurvivorsBinomially() {
        BorrowerHistory monthly = new BorrowerHistory(0, 0, 0, 0, 12, 0, 0.25);
        Structure s = twoSteps(monthly, 0).withCreditScoreTable(List.of(new ScoreBand(0, 0.10)))
                .withScorecard(new Scorecard(4, 0.1, 0, 0, 0, 0, 1, 100 * Math.log(2), -0.2));
        s = s.withSimulation(s.simulation().withStepsPerYear(4));
        double[] binomial = new double[13];
        for (int m = 0; m <= 12; m++) {
            double choose = 1;
            for (int j = 1; j <= m; j++) {
                choose = choose * (12 - m + j) / j;
            }
            binomial[m] = 0.9 * choose * Math.pow(0.25, m) * Math.pow(0.75, 12 - m);
        }
        ScoreDistribution.HorizonScores h = ScoreDistribution.atHorizon(line(s), s, Scenario.BASE).orElseThrow();
        assertEquals(13, h.survivors().size());
        for (int m = 0; m <= 12; m++) {
            assertEquals(520 - 30 * m, h.survivors().get(m).score());
            assertEquals(binomial[m], h.survivors().get(m).share(), 1e-12, "state " + m);
        }
        assertEquals(0.1, h.defaulted(), 1e-12);

        ScoreStates states = states(s);
        int lanes = 64;
        int blocks = 50;
        long borrowers = 200;
        ScoreStatePath path = new ScoreStatePath(states, lanes);
        PathRandom[] random = new PathRandom[lanes];
        long[] defaults = new long[lanes];
        double[] total = new double[13];
        for (int b = 0; b < blocks; b++) {
            for (int l = 0; l < lanes; l++) {
                random[l] = new PathRandom(31, (long) b * lanes + l);
                path.reset(l, random[l], 0.0, borrowers);
            }
            for (int step = 1; step <= 4; step++) {
                path.step(step, random, defaults);
            }
            for (int l = 0; l < lanes; l++) {
                for (int m = 0; m <= 12; m++) {
                    total[m] += path.count(m, l);
                }
            }
        }
        double n = (double) borrowers * lanes * blocks;
        for (int m = 0; m <= 12; m++) {
            double se = Math.sqrt(binomial[m] * (1 - binomial[m]) / n);
            assertEquals(binomial[m], total[m] / n, 4 * se + 1e-9, "state " + m);
        }
    }

    private static CreditLine line(Structure s) {
        return (CreditLine) s.positions().get(0);
    }

    /**
     * The horizon distribution steps every factor of the quadrature together, sharing each state's
     * score and each score's survival between steps: each factor's shares must be those it has
     * worked out alone, to the bit, whatever factors go with it.
     */
    @Test
    void factorsSteppedTogetherGiveEachTheSharesItHasAlone() {
        ScoreStates states = states(twoSteps(NEW_BORROWERS, 0.3));
        double[] ys = {-3.5, -1, 0, 0.25, 2, 6};
        double[][] together = ScoreDistribution.givenFactors(states, ys);
        for (int i = 0; i < ys.length; i++) {
            double[] alone = ScoreDistribution.givenFactors(states, new double[] {ys[i]})[0];
            assertArrayEquals(alone, together[i], 0, "y = " + ys[i]);
        }
        // and the hand-computed case at y = 0 with rho = 0 is what the factor 0 gives
        assertArrayEquals(ScoreDistribution.givenFactor(states(twoSteps(NEW_BORROWERS, 0)), 0),
                ScoreDistribution.givenFactors(states(twoSteps(NEW_BORROWERS, 0)), new double[] {1, 0})[1], 0);
    }
}
