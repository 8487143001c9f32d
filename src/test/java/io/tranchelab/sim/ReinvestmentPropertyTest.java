package io.tranchelab.sim;

import io.tranchelab.model.Position;
import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reinvestment rules (docs/model.md §7.6) over generated structures, under their stress scenario. */
class ReinvestmentPropertyTest {

    private static final int STRUCTURES = 24;

    private static Structure with(Structure s, Reinvestment r) {
        return s.withWaterfall(s.waterfall().withReinvestment(r));
    }

    private static SimulationResult run(Structure s, int threads) {
        RunSettings settings = RunSettings.of(s).withPaths(150).withThreads(threads).withSeed(3)
                .withScenario(RandomStructures.STRESS);
        return Simulator.run(s, settings);
    }

    /** A rule drawn at random: CASH at a rate, POSITION into one of the yield positions (if any), PAY_OUT. */
    private static Reinvestment anyRule(Structure s, SplittableRandom random) {
        double rate = random.nextDouble(0, 0.15);
        String yield = s.positions().stream().filter(YieldPosition.class::isInstance).map(Position::name)
                .findFirst().orElse(null);
        int pick = random.nextInt(3);
        if (pick == 1 && yield != null) {
            return new Reinvestment(Reinvestment.Rule.POSITION, yield, rate);
        }
        return new Reinvestment(pick == 2 ? Reinvestment.Rule.PAY_OUT : Reinvestment.Rule.CASH, "", rate);
    }

    /**
     * More interest on the cash account is more income: it pays coupons and tops up the reserve
     * earlier and never takes anything away, so no tranche loses more on any path (the same
     * paths: the rule draws no random numbers).
     */
    @Test
    void aHigherCashRateNeverRaisesATranchesLossOnAnyPath() {
        for (long seed = 1; seed <= STRUCTURES; seed++) {
            Structure s = RandomStructures.generate(seed);
            SimulationResult idle = run(s, 2);
            SimulationResult earning = run(with(s, new Reinvestment(Reinvestment.Rule.CASH, "", 0.08)), 2);
            for (int t = 0; t < idle.trancheLosses().size(); t++) {
                double[] before = idle.trancheLosses().get(t);
                double[] after = earning.trancheLosses().get(t);
                for (int p = 0; p < before.length; p++) {
                    assertTrue(after[p] <= before[p] + 1e-9, "structure " + seed + " tranche " + t + " path " + p
                            + ": " + after[p] + " > " + before[p]);
                }
            }
        }
    }

    /** Every rule gives the same result, to the bit, on one thread and on two (docs/model.md §9). */
    @Test
    void everyRuleIsBitIdenticalAcrossThreadCounts() {
        SplittableRandom random = new SplittableRandom(14);
        for (long seed = 1; seed <= STRUCTURES; seed++) {
            Structure s = with(RandomStructures.generate(seed), anyRule(RandomStructures.generate(seed), random));
            assertEquals(GoldenResultsTest.digests(run(s, 1)), GoldenResultsTest.digests(run(s, 2)),
                    "structure " + seed + " " + s.waterfall().reinvestment());
        }
    }

    /**
     * Under PAY_OUT principal is repaid during the life, so every tranche's WAL is at most its
     * WAL when the cash waits, and an IRR is finite and at least -100 %.
     */
    @Test
    void payingOutShortensEveryTranchesLife() {
        for (long seed = 1; seed <= STRUCTURES; seed++) {
            Structure s = RandomStructures.generate(seed);
            SimulationResult idle = run(s, 2);
            SimulationResult paid = run(with(s, new Reinvestment(Reinvestment.Rule.PAY_OUT, "", 0)), 2);
            for (int t = 0; t < idle.tranches().size(); t++) {
                TrancheMetrics m = paid.tranches().get(t);
                assertTrue(m.weightedAverageLife() <= idle.tranches().get(t).weightedAverageLife() + 1e-12,
                        "structure " + seed + " tranche " + t);
                assertTrue(m.irr5() >= -1 && m.irrMean() <= Irr.CAP && Double.isFinite(m.irrMean()),
                        "structure " + seed + " tranche " + t + " IRR " + m.irrMean());
            }
        }
    }

    /**
     * Cash is conserved on traced paths under every rule: sources (initial cash, income with the
     * cash account's interest, principal cash, the final sale) equal uses (fees, coupons, turbo,
     * equity, principal paid out, principal cash reinvested, the final distribution).
     */
    @Test
    void cashIsConservedOnTracedPathsUnderEveryRule() {
        SplittableRandom random = new SplittableRandom(41);
        for (long seed = 1; seed <= STRUCTURES; seed++) {
            Structure generated = RandomStructures.generate(seed);
            for (Reinvestment rule : java.util.List.of(anyRule(generated, random), anyRule(generated, random))) {
                Structure s = with(generated, rule);
                for (int path = 0; path < 4; path++) {
                    PathTrace t = Simulator.tracePath(s, RandomStructures.STRESS, 3, path);
                    double sources = t.totalSources();
                    assertEquals(sources, t.totalUses(), 1e-9 * Math.max(1, sources),
                            "structure " + seed + " " + rule + " path " + path);
                }
            }
        }
    }
}
