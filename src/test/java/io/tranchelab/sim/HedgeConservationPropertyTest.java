package io.tranchelab.sim;

import static io.tranchelab.sim.TestStructures.runSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Hedge;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.YieldPosition;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Invariants of the hedging overlay (docs/model.md §5.6 and §10) over generated hedged
 * vaults: random volatility, jumps, loss events (which make the short rebalance), yield, fee,
 * coupons, OC trigger, put terms and funding (mean of either sign, random or fixed).
 */
class HedgeConservationPropertyTest {

    private static final int STRUCTURES = 60;
    private static final int PATHS = 64;

    /**
     * Funding conservation: on every path, the premiums and the funding the shorts paid (what the
     * hedges accrued) equal the hedge expense the waterfall paid, in the steps and at the horizon,
     * plus what is still owed after the final distribution (the pool had nothing left).
     */
    @Test
    void everyPremiumAndFundingPaymentIsPaidByTheWaterfallOrLeftOwed() {
        SplittableRandom random = new SplittableRandom(16);
        int withFundingPaid = 0;
        for (int k = 0; k < STRUCTURES; k++) {
            Structure s = hedgedVault(random);
            assertEquals(List.of(), StructureValidator.validate(s));
            HedgeOutcomes o = HedgeAnalysis.run(s, Scenario.BASE_NAME, s.simulation().seed(), PATHS,
                    CancellationToken.none());
            for (int i = 0; i < PATHS; i++) {
                double accrued = o.premium()[i] + o.fundingPaid()[i];
                double settled = o.expensePaid()[i] + o.expenseUnpaid()[i];
                assertEquals(accrued, settled, 1e-9 * Math.max(1, accrued), "structure " + k + " path " + i);
                assertTrue(o.expenseUnpaid()[i] >= 0);
                if (o.fundingPaid()[i] > 0) {
                    withFundingPaid++;
                }
            }
        }
        assertTrue(withFundingPaid > STRUCTURES * PATHS / 10, "paths that paid funding: " + withFundingPaid);
    }

    /**
     * Cash is conserved with the hedges in (§10): sources (initial cash, income net of the hedge
     * expense, principal cash with the put payoffs, proceeds net of the margin settlement and the
     * carried expense) equal uses, on every traced path.
     */
    @Test
    void cashIsConservedOnEveryHedgedPath() {
        SplittableRandom random = new SplittableRandom(17);
        for (int k = 0; k < STRUCTURES; k++) {
            Structure s = hedgedVault(random);
            PathTracer tracer = new PathTracer(s, Scenario.BASE_NAME, s.simulation().seed());
            for (int i = 0; i < 8; i++) {
                PathTrace trace = tracer.trace(i);
                double scale = Math.max(1, trace.totalSources());
                assertEquals(trace.totalSources(), trace.totalUses(), 1e-9 * scale, "structure " + k + " path " + i);
            }
        }
    }

    /** A hedge changes no draw of the market: the asset's horizon price is the unhedged run's on every path. */
    @Test
    void theHedgedAndUnhedgedVaultSeeTheSameMarket() {
        SplittableRandom random = new SplittableRandom(18);
        for (int k = 0; k < 10; k++) {
            Structure s = hedgedVault(random);
            PathTracer hedged = new PathTracer(s, Scenario.BASE_NAME, 5);
            PathTracer bare = new PathTracer(s.withHedges(List.of()), Scenario.BASE_NAME, 5);
            for (int i = 0; i < 4; i++) {
                double[] withHedge = hedged.trace(i).prices()[0].clone();
                assertEquals(0, java.util.Arrays.compare(withHedge, bare.trace(i).prices()[0]), "structure " + k);
            }
        }
    }

    /** Results are the same to the bit on 1 and 3 threads with hedges (per-path funding streams, §9). */
    @Test
    void threadCountChangesNoBitOfAHedgedRun() {
        SplittableRandom random = new SplittableRandom(19);
        for (int k = 0; k < 3; k++) {
            Structure s = hedgedVault(random);
            SimulationResult one = Simulator.run(s, runSettings(s, Scenario.BASE_NAME, 700, 1));
            SimulationResult three = Simulator.run(s, runSettings(s, Scenario.BASE_NAME, 700, 3));
            assertNull(BitIdentical.firstDifference(one, three));
        }
    }

    static Structure hedgedVault(SplittableRandom random) {
        double sigma = random.nextDouble(0, 1.2);
        Jumps jumps = random.nextBoolean() ? Jumps.NONE
                : new Jumps(random.nextDouble(0, 6), random.nextDouble(-0.3, 0.05), random.nextDouble(0, 0.2));
        double senior = random.nextDouble(0.3, 0.85);
        double mezz = random.nextDouble(0, 0.95 - senior);
        Structure s = TestStructures.builder()
                .horizon(random.nextDouble(0.25, 2), new int[] {4, 12, 52, 365}[random.nextInt(4)])
                .seed(random.nextLong())
                .asset(new VolatileAsset("ETH", random.nextDouble(1, 5000), random.nextDouble(-0.3, 0.3), sigma, jumps,
                        random.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(random.nextDouble(1e5, 1e8))))
                .position(new YieldPosition("staked", "ETH", random.nextDouble(10, 1000), random.nextDouble(0, 0.15),
                        random.nextBoolean() ? LossEvents.NONE
                                : new LossEvents(random.nextDouble(0, 20), random.nextDouble(0, 0.3))))
                .initialCash(random.nextBoolean() ? 0 : random.nextDouble(0, 1e5))
                .tranche("senior", senior, random.nextDouble(0, 0.08))
                .tranche("mezzanine", mezz, random.nextDouble(0, 0.15))
                .tranche("equity", 1 - senior - mezz, 0)
                .waterfall(random.nextDouble(0, 0.02), random.nextDouble(0, 0.05),
                        random.nextBoolean() ? 0 : random.nextDouble(1, 1.4))
                .build();
        List<Hedge> hedges = new ArrayList<>();
        if (random.nextInt(3) > 0) {
            hedges.add(new PerpetualShort("perp", "ETH", random.nextDouble(0.05, 1), random.nextDouble(0, 0.2),
                    random.nextDouble(-0.5, 0.5), random.nextBoolean() ? 0 : random.nextDouble(0, 1)));
        }
        if (hedges.isEmpty() || random.nextBoolean()) {
            hedges.add(new ProtectivePut("puts", "ETH", random.nextDouble(0.05, 1), random.nextDouble(0.5, 1.2),
                    random.nextDouble(1, 400), random.nextDouble(0.1, 1.5), random.nextDouble(0, 0.2),
                    random.nextDouble(0, 0.1)));
        }
        return s.withHedges(hedges);
    }
}
