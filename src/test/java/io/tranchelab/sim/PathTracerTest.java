package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PathTracer traces the same paths as Simulator.tracePath, path after path on one plan. */
class PathTracerTest {

    @Test
    void eachPathIsTracePathsPathInAnyOrder() {
        Structure s = TestStructures.loanBook(1, 52);
        PathTracer tracer = new PathTracer(s, Scenario.BASE_NAME, 11);
        for (int path : new int[] {5, 0, 17, 5}) {
            PathTrace mine = tracer.trace(path);
            PathTrace reference = Simulator.tracePath(s, Scenario.BASE_NAME, 11, path);
            assertArrayEquals(reference.times(), mine.times());
            assertTrue(Arrays.deepEquals(reference.coupons(), mine.coupons()), "coupons of path " + path);
            assertArrayEquals(reference.turbo(), mine.turbo());
            assertArrayEquals(reference.equity(), mine.equity());
            assertArrayEquals(reference.badDebt(), mine.badDebt());
            assertArrayEquals(reference.finalCoupon(), mine.finalCoupon());
            assertArrayEquals(reference.finalPrincipal(), mine.finalPrincipal());
            assertArrayEquals(reference.loss(), mine.loss());
            assertEquals(reference.liquidationProceeds(), mine.liquidationProceeds());
        }
    }
}
