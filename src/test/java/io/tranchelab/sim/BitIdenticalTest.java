package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The determinism tests are only as good as their comparison: it must see a one-bit change anywhere. */
class BitIdenticalTest {

    private record Inner(double[] values, String name) {
    }

    private record Outer(List<Inner> inners, List<double[]> rows, double[][] table, long elapsedNanos) {
    }

    private static Outer sample(double deep, long elapsed) {
        return new Outer(List.of(new Inner(new double[] {1, 2}, "a"), new Inner(new double[] {3, deep}, "b")),
                List.of(new double[] {5}), new double[][] {{6, 7}}, elapsed);
    }

    @Test
    void equalContentInDistinctArraysIsIdenticalWhateverTheElapsedTime() {
        assertNull(BitIdentical.firstDifference(sample(4, 1), sample(4, 999)));
    }

    @Test
    void oneUlpDeepInsideIsADifference() {
        assertEquals("result.inners[1].values[1]: 4.0 vs 4.000000000000001",
                BitIdentical.firstDifference(sample(4, 1), sample(Math.nextUp(4.0), 1)));
    }

    @Test
    void negativeZeroIsNotZero() {
        assertEquals("result.inners[1].values[1]: 0.0 vs -0.0", BitIdentical.firstDifference(sample(0.0, 1), sample(-0.0, 1)));
    }
}
