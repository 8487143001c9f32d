package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine's ln(1 + x) is the JDK's, bit for bit, wherever the core calls it and beyond. */
class Log1pTest {

    private static void same(double x) {
        assertEquals(Double.doubleToRawLongBits(Math.log1p(x)), Double.doubleToRawLongBits(Log1p.log1p(x)),
                () -> "log1p(" + x + ") = " + Math.log1p(x) + ", not " + Log1p.log1p(x));
    }

    @Test
    void everyBranchAndEdgeGivesTheJdksBits() {
        double[] edges = {0.0, -0.0, -1.0, -1.5, -0.99, 0.99, 1e-300, -1e-300, 5e-324, 1e-17, -1e-17, 1e-10, -1e-10,
            0.41422, 0.41421, -0.2929, -0.29289, -0.2930, 1, 2, 1e10, 9.007199254740992e15, 1e16, 1e300,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Math.ulp(1.0),
            -Math.ulp(1.0) / 2, Math.sqrt(2) - 1, Math.sqrt(0.5) - 1};
        for (double x : edges) {
            same(x);
            same(Math.nextUp(x));
            same(Math.nextDown(x));
        }
    }

    @Test
    void millionsOfArgumentsOverEveryScaleGiveTheJdksBits() {
        SplittableRandom random = new SplittableRandom(20261202);
        for (int i = 0; i < 2_000_000; i++) {
            same(-random.nextDouble()); // the core's arguments: -(a share), -(a uniform)
            same(random.nextDouble(-1, 1));
            same(Math.scalb(random.nextDouble(0.5, 1), random.nextInt(-80, 80)) * (random.nextBoolean() ? 1 : -1));
            same(Double.longBitsToDouble(random.nextLong()));
        }
    }
}
