package io.tranchelab.design;

import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignmentMapTest {

    private static final String CRASH = "Black Thursday (12 March 2020)";

    private final Structure lending = Samples.coarse(Samples.lending(), 73);
    private final MapAxis volatility = new MapAxis("/assets/0/volatility", "ETH volatility", 0.3, 1.2, 5);
    private final MapAxis capacity = new MapAxis("/positions/0/liquidationCapacity", "capacity", 2e6, 2e7, 5);
    private final MetricSpec seniorEl = MetricSpec.parse("tranche:Senior:el");
    private final DesignRun run = new DesignRun(CRASH, List.of(1L), 400);

    @Test
    void theSeniorsLossRisesWithVolatilityAndFallsWithKeeperCapacity() {
        AlignmentGrid grid = compute(seniorEl, 2, g -> { });
        for (int j = 0; j < 5; j++) {
            for (int i = 1; i < 5; i++) {
                assertTrue(grid.value(i, j) >= grid.value(i - 1, j), "along volatility at row " + j + ": " + grid);
                assertTrue(grid.value(j, i) <= grid.value(j, i - 1), "along capacity at column " + j + ": " + grid);
            }
        }
        assertTrue(grid.value(4, 0) > grid.value(0, 0) && grid.value(4, 0) > grid.value(4, 4), grid.toString());
        assertEquals(0.6, grid.currentX());
        assertEquals(1e7, grid.currentY());
    }

    @Test
    void snapshotsRefineToExactlyTheFullGrid() {
        List<AlignmentGrid> snapshots = new ArrayList<>();
        AlignmentGrid last = compute(seniorEl, 2, snapshots::add);
        assertEquals(9, snapshots.get(0).computed()); // corners, edge midpoints and centre first
        assertFalse(Double.isNaN(snapshots.get(0).value(2, 2)));
        assertTrue(Double.isNaN(snapshots.get(0).value(1, 1)));
        for (int k = 1; k < snapshots.size(); k++) {
            assertTrue(snapshots.get(k).computed() > snapshots.get(k - 1).computed());
        }
        assertTrue(last.complete());
        assertTrue(last.sameValues(snapshots.get(snapshots.size() - 1)));
        for (AlignmentGrid snapshot : snapshots) {
            for (int j = 0; j < 5; j++) {
                for (int i = 0; i < 5; i++) {
                    double v = snapshot.value(i, j);
                    assertTrue(Double.isNaN(v) || v == last.value(i, j), "a snapshot's point changed later");
                }
            }
        }
        // every point is what a plain sweep of that point gives
        List<Variant> all = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                all.add(AlignmentMap.point(volatility, capacity, i, j));
            }
        }
        SweepTable direct = SweepEngine.run(run.request(lending, all, seniorEl), 2, ProgressListener.NONE,
                CancellationToken.none());
        for (int k = 0; k < all.size(); k++) {
            assertEquals(direct.mean(k, 0, 0), last.value(k % 5, k / 5));
        }
    }

    @Test
    void theMapIsTheSameForOneAndFourThreads() {
        MetricSpec badDebt = MetricSpec.parse("pool:pBadDebt");
        assertTrue(compute(badDebt, 1, g -> { }).sameValues(compute(badDebt, 4, g -> { })));
    }

    @Test
    void passesTakeEveryPointOnceCoarseFirst() {
        List<List<int[]>> passes = AlignmentMap.passes(11, 11);
        assertEquals(List.of(9, 16, 56, 40), passes.stream().map(List::size).toList());
        Set<Integer> seen = new HashSet<>();
        passes.forEach(pass -> pass.forEach(p -> assertTrue(seen.add(p[1] * 11 + p[0]))));
        assertEquals(121, seen.size());
        assertEquals(Set.of(0, 5, 10), new HashSet<>(AlignmentMap.level(11, 1)));
        assertEquals(List.of(9, 16), AlignmentMap.passes(5, 5).stream().map(List::size).toList());
        assertEquals(List.of(6), AlignmentMap.passes(2, 3).stream().map(List::size).toList()); // all at once
    }

    @Test
    void theContourRunsWhereTheTargetStopsHolding() {
        // metric = x + y on a 3 x 3 grid over [0, 2] x [0, 2], target at most 2: the line x + y = 2
        MapAxis x = new MapAxis("/x", "x", 0, 2, 3);
        MapAxis y = new MapAxis("/y", "y", 0, 2, 3);
        double[][] values = new double[3][3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                values[j][i] = i + j + 0.5; // x + y + 0.5 at the grid points
            }
        }
        AlignmentGrid grid = new AlignmentGrid(x, y, seniorEl, new Target("at most 2", 2, true), 0, 0, values);
        List<ContourSegment> contour = grid.contour();
        assertFalse(contour.isEmpty());
        for (ContourSegment s : contour) {
            assertEquals(1.5, s.x1() + s.y1(), 1e-12, s.toString());
            assertEquals(1.5, s.x2() + s.y2(), 1e-12, s.toString());
        }
        assertTrue(new AlignmentGrid(x, y, seniorEl, null, 0, 0, values).contour().isEmpty());
    }

    @Test
    void aRatingTargetIsItsAllowanceOverTheHorizon() {
        Target bbb = Target.rating("bbb", 1.0);
        assertEquals(0.0014, bbb.limit(), 1e-15); // S&P's one-year BBB default rate (docs/ratings.md)
        assertTrue(bbb.holds(0.0014) && !bbb.holds(0.0015));
        assertThrows(IllegalArgumentException.class, () -> Target.rating("Z", 1.0));
    }

    @Test
    void theDefaultAxesAreCollateralVolatilityAndKeeperCapacity() {
        MapAxis x = AlignmentMap.defaultX(lending);
        MapAxis y = AlignmentMap.defaultY(lending);
        assertEquals("/assets/0/volatility", x.pointer());
        assertEquals(0.3, x.from(), 1e-15);
        assertEquals(1.2, x.to(), 1e-15);
        assertEquals("/positions/0/liquidationCapacity", y.pointer());
        assertEquals(1e6, y.from(), 1e-6);
        assertEquals(2e7, y.to(), 1e-6);
        assertEquals(11, y.count());
        assertEquals(MetricSpec.parse("pool:pBadDebt"), MetricSpec.defaultFor(lending));
    }

    @Test
    void anAxisOverAMissingParameterIsRefusedNamingIt() {
        InvalidOverrideException e = assertThrows(InvalidOverrideException.class, () -> AlignmentMap.compute(lending,
                new MapAxis("/assets/0/volatilty", "x", 0.1, 1, 3), capacity, seniorEl, null, run, 1,
                ProgressListener.NONE, CancellationToken.none(), g -> { }));
        assertTrue(e.getMessage().startsWith("/assets/0/volatilty"), e.getMessage());
    }

    private AlignmentGrid compute(MetricSpec metric, int threads, java.util.function.Consumer<AlignmentGrid> onProgress) {
        return AlignmentMap.compute(lending, volatility, capacity, metric, null, run, threads, ProgressListener.NONE,
                CancellationToken.none(), onProgress);
    }
}
