package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.WaterfallKind;
import io.tranchelab.model.WaterfallTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §10's invariants under every waterfall kind (§7.9): the random structures of
 * {@link RandomStructures} (seeded), re-cut for each kind with kind parameters drawn from the
 * seed; every path traced in the base case and the stress scenario. Cash is conserved; marks are
 * a split of the NAV; no loss is negative or above the tranche's principal; and the loss order
 * each kind defines: where the final distribution is sequential (all but Idle's and Pendle's),
 * the senior loses nothing while the junior gets principal back; under Pendle's strips the YT
 * gets no principal at all. (Idle's order, small losses pro rata and large ones junior first,
 * depends on the path's history of values and is pinned by PerpetualYieldKindTest.)
 */
class KindInvariantPropertyTest {

    private static final int STRUCTURES = Integer.getInteger("tranchelab.propertyStructures", 1_000) / 5;
    private static final int PATHS = 8;
    private static final double RELATIVE = 1e-9;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, STRUCTURES);
    }

    /** The random structure of {@code seed} under a kind drawn from the seed, with the tranches and terms it allows. */
    static Structure underAKind(long seed) {
        Structure base = RandomStructures.generate(seed);
        SplittableRandom random = new SplittableRandom(seed * 7919);
        int which = (int) (seed % 6);
        WaterfallTerms terms = base.waterfall();
        if (which == 0) {
            return base.withWaterfall(terms.withKind(new WaterfallKind.ProRata(random.nextDouble(0, 1.2))));
        }
        WaterfallKind kind = switch (which) {
            case 1 -> new WaterfallKind.SmartYield(random.nextDouble(0, 0.2));
            case 2 -> new WaterfallKind.PerpetualYield(random.nextDouble(), random.nextDouble(0, 0.1),
                    random.nextDouble(0, 0.3));
            case 3 -> {
                double min = random.nextDouble(0, 0.9);
                yield new WaterfallKind.Tinlake(min, random.nextDouble(min, 1));
            }
            case 4 -> new WaterfallKind.Goldfinch(random.nextDouble(0, 0.3), random.nextDouble(0, 0.3));
            default -> new WaterfallKind.Strips();
        };
        Tranche senior = base.tranches().get(0);
        boolean rated = kind instanceof WaterfallKind.SmartYield || kind instanceof WaterfallKind.Tinlake;
        List<Tranche> two = List.of(new Tranche(senior.name(), senior.share(), rated ? senior.coupon() : 0),
                new Tranche("junior", 1 - senior.share(), 0));
        return base.withTranches(two).withWaterfall(new WaterfallTerms(terms.managementFee(), 0, 0, kind));
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void everyKindConservesCashAndKeepsItsLossOrder(long seed) {
        Structure structure = underAKind(seed);
        assertTrue(StructureValidator.validate(structure).isEmpty(), () -> StructureValidator.validate(structure).toString());
        WaterfallKind kind = structure.waterfall().kind();
        double initialValue = RandomStructures.initialValue(structure);
        double tol = RELATIVE * Math.max(1, initialValue);
        int n = structure.tranches().size();
        for (String scenario : new String[] {Scenario.BASE_NAME, RandomStructures.STRESS}) {
            for (int path = 0; path < PATHS; path++) {
                PathTrace t = Simulator.tracePath(structure, scenario, structure.simulation().seed(), path);
                String where = kind.id() + " seed " + seed + " " + scenario + " path " + path;
                assertEquals(t.totalSources(), t.totalUses(), RELATIVE * Math.max(1, t.totalSources()), where + ": cash");
                for (int s = 0; s < t.nav().length; s++) {
                    double marks = 0;
                    for (int i = 0; i < n; i++) {
                        assertTrue(t.trancheValues()[i][s] >= -tol, where + ": negative mark");
                        marks += t.trancheValues()[i][s];
                    }
                    assertTrue(marks <= t.nav()[s] + tol, where + ": marks " + marks + " > NAV " + t.nav()[s]);
                }
                for (int i = 0; i < n; i++) {
                    double principal = structure.tranches().get(i).share() * initialValue;
                    assertTrue(t.loss()[i] >= 0 && t.loss()[i] <= principal + tol, where + ": loss " + i);
                    assertTrue(Double.isFinite(t.finalPrincipal()[i]) && Double.isFinite(t.finalCoupon()[i]), where);
                }
                lossOrder(kind, t, n, tol, where);
            }
        }
    }

    private static void lossOrder(WaterfallKind kind, PathTrace t, int n, double tol, String where) {
        if (kind instanceof WaterfallKind.Strips) {
            assertEquals(0, t.finalPrincipal()[1], 0, where + ": YT gets no principal");
            return;
        }
        if (kind instanceof WaterfallKind.PerpetualYield) {
            return; // its order (small losses pro rata, large ones junior first) is pinned by PerpetualYieldKindTest
        }
        for (int i = 0; i < n; i++) {
            if (t.loss()[i] <= tol) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                assertTrue(t.finalPrincipal()[j] <= tol && t.finalCoupon()[j] <= tol,
                        where + ": tranche " + i + " loses " + t.loss()[i] + " while " + j + " gets "
                                + t.finalPrincipal()[j]);
            }
        }
    }
}
