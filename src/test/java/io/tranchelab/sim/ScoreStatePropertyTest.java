package io.tranchelab.sim;

import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §5.4.1's invariants over generated lines whose borrowers miss payments: random
 * histories, cards (a repayment never lowers, a miss never raises the score), tables (PD never
 * rises with the score), horizons, correlations and stresses.
 */
class ScoreStatePropertyTest {

    private static final int CASES = Integer.getInteger("tranchelab.propertyStructures", 1_000) / 5;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, CASES);
    }

    /** A structure of one generated line, valid, its borrowers missing payments. */
    static Structure generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7919 + 3);
        int stepsPerYear = new int[] {1, 4, 12, 52}[r.nextInt(4)];
        double years = r.nextInt(1, 4);
        BorrowerHistory h = new BorrowerHistory(r.nextInt(40), r.nextInt(3), r.nextDouble(0, 2000),
                r.nextDouble(0.5, 3), r.nextInt(1, 25), r.nextInt(4), r.nextDouble(0.01, 0.9));
        Scorecard card = new Scorecard(r.nextDouble(-2, 6), r.nextDouble(0, 0.5), r.nextDouble(-3, 0),
                r.nextDouble(0, 1), r.nextDouble(0, 2), r.nextDouble(300, 700), r.nextDouble(5, 2000),
                r.nextDouble(20, 100), r.nextDouble(-3, 0));
        List<ScoreBand> table = new ArrayList<>();
        double pd = r.nextDouble(0.2, 0.6);
        int bands = r.nextInt(1, 7);
        for (int b = 0; b < bands; b++) {
            table.add(new ScoreBand(b == 0 ? 0 : b * (1000 / bands), pd));
            pd *= r.nextDouble(0.1, 1); // never rises with the score
        }
        double rho = r.nextInt(4) == 0 ? 0 : r.nextDouble(0.01, 0.6);
        int lines = r.nextInt(1, 300);
        Scenario stress = new Scenario("stress", "", 1, Map.of(), OptionalDouble.empty(), 1, 1, List.of())
                .withCreditStress(r.nextDouble(0.5, 3), r.nextDouble(-2, 1));
        Structure s = TestStructures.builder()
                .horizon(years, stepsPerYear)
                .seed(seed)
                .asset(flatAsset("X", 1.0))
                .position(new CreditLine("generated", 1_000_000, lines, 0.05, 0, OptionalDouble.empty(), 0.7, rho,
                        Optional.empty(), Optional.of(h)))
                .tranche("senior", 0.8, 0.03)
                .tranche("equity", 0.2, 0)
                .scenario(stress)
                .build()
                .withCreditScoreTable(table)
                .withScorecard(card);
        assertEquals(List.of(), StructureValidator.validate(s), "seed " + seed + " generates a valid structure");
        return s;
    }

    private static CreditLine line(Structure s) {
        return (CreditLine) s.positions().get(0);
    }

    private static ScoreStates states(Structure s, Scenario scenario) {
        return ScoreStates.of(line(s), s, scenario, s.simulation().steps(), s.simulation().dt(),
                s.simulation().horizonYears());
    }

    /**
     * With a card that rewards repayments and penalizes misses, a borrower with more misses never
     * has a better score at the same step, and with a table whose PD never rises with the score,
     * never a lower default threshold: the states are ordered by risk at every step.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreMissesNeverMeanABetterScoreOrALowerPd(long seed) {
        Structure s = generate(seed);
        ScoreStates states = states(s, s.scenarios().get(0));
        for (int k = 0; k <= states.steps; k++) {
            for (int m = 1; m <= states.due[k]; m++) {
                assertTrue(states.score(k, m) <= states.score(k, m - 1), "seed " + seed + " step " + k + " state " + m);
                assertTrue(states.threshold(k, m) >= states.threshold(k, m - 1), "seed " + seed + " step " + k);
            }
        }
    }

    /**
     * The expected horizon distribution: shares non-negative, adding up with the defaulted share
     * to 1; and a higher miss probability never lowers the defaulted share (more misses, worse
     * states: coupling), nor raises the survivors' mean score.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theExpectedSharesAddUpAndMoreMissesNeverDefaultLess(long seed) {
        Structure s = generate(seed);
        BorrowerHistory h = line(s).history().orElseThrow();
        ScoreDistribution.HorizonScores base = ScoreDistribution.atHorizon(line(s), s, Scenario.BASE).orElseThrow();
        double total = base.defaulted();
        for (ScoreDistribution.Share share : base.survivors()) {
            assertTrue(share.share() >= 0, "seed " + seed);
            total += share.share();
        }
        assertEquals(1, total, 1e-9, "seed " + seed);
        double more = Math.min(1, h.missedPaymentProbability() * 1.5 + 0.05);
        Structure worse = s.withPositions(List.of(line(s).withHistory(Optional.of(h.withMissedPaymentProbability(more)))));
        ScoreDistribution.HorizonScores w = ScoreDistribution.atHorizon(line(worse), worse, Scenario.BASE).orElseThrow();
        assertTrue(w.defaulted() >= base.defaulted() - 1e-12, "seed " + seed + ": " + w.defaulted() + " < " + base.defaulted());
        if (!Double.isNaN(w.meanScore()) && !Double.isNaN(base.meanScore())) {
            assertTrue(w.meanScore() <= base.meanScore() + 1e-9, "seed " + seed);
        }
    }

    /**
     * Along simulated paths (a group of 64, the path's own factor): on every path and step the
     * survivors over all states plus the defaults so far are the line's borrowers, no count is
     * negative, no borrower has missed more payments than have fallen due.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void borrowersAreConservedOnEveryPathAndStep(long seed) {
        Structure s = generate(seed);
        ScoreStates states = states(s, s.scenarios().get(0));
        long borrowers = line(s).lines();
        int lanes = 64;
        ScoreStatePath path = new ScoreStatePath(states, lanes);
        PathRandom[] random = new PathRandom[lanes];
        long[] defaulted = new long[lanes];
        long[] defaults = new long[lanes];
        for (int l = 0; l < lanes; l++) {
            random[l] = new PathRandom(seed, l);
            path.reset(l, random[l], random[l].creditFactor(), borrowers);
        }
        for (int step = 1; step <= states.steps; step++) {
            path.step(step, random, defaults);
            for (int l = 0; l < lanes; l++) {
                defaulted[l] += defaults[l];
                long alive = 0;
                for (int m = 0; m < path.stateCount(); m++) {
                    long n = path.count(m, l);
                    assertTrue(n >= 0, "seed " + seed);
                    assertTrue(n == 0 || m <= states.due[step], "seed " + seed + ": " + m + " misses of "
                            + states.due[step] + " due");
                    alive += n;
                }
                assertEquals(borrowers, alive + defaulted[l], "seed " + seed + " lane " + l + " step " + step);
            }
        }
    }
}
