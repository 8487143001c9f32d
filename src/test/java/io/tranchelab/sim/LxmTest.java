package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's own L64X128MixRandom against the JDK's, draw for draw: every path's random
 * numbers, and so every result, depend on the two being the same generator.
 */
class LxmTest {

    private static final RandomGeneratorFactory<RandomGenerator> JDK = RandomGeneratorFactory.of("L64X128MixRandom");

    @Test
    void everyDrawIsTheJdksForSeedsOfEveryKind() {
        SplittableRandom seeds = new SplittableRandom(20261202);
        long[] special = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x6a09e667f3bcc909L};
        for (int i = 0; i < 2_000; i++) {
            long seed = i < special.length ? special[i] : seeds.nextLong();
            RandomGenerator expected = JDK.create(seed);
            Lxm actual = new Lxm(seed);
            SplittableRandom kinds = new SplittableRandom(seed);
            for (int draw = 0; draw < 300; draw++) {
                String where = "seed " + seed + ", draw " + draw;
                switch (kinds.nextInt(3)) {
                    case 0 -> assertEquals(expected.nextLong(), actual.nextLong(), where);
                    case 1 -> assertEquals(Double.doubleToRawLongBits(expected.nextDouble()),
                            Double.doubleToRawLongBits(actual.nextDouble()), where);
                    default -> assertEquals(Double.doubleToRawLongBits(expected.nextGaussian()),
                            Double.doubleToRawLongBits(actual.nextGaussian()), where);
                }
            }
        }
    }

    /**
     * {@link Lxm#nextGaussian} takes the ziggurat's fast path itself and hands the rest to the
     * JDK: twenty million normals against the JDK's, counting the draws that left the fast path
     * by the longs the JDK took for them, and asserting that every kind of slow draw came up
     * often: the wedges inside the inflection point (|x| < 1, concave), outside it (convex),
     * and the tail beyond the last layer (|x| > 3.636, Marsaglia and Tsang's exponentials).
     */
    @Test
    void twentyMillionNormalsAreTheJdksSlowPathsAndTailsIncluded() {
        long slowConcave = 0;
        long slowConvex = 0;
        long tail = 0;
        long[] seeds = {20261202, -1, 0x6a09e667f3bcc909L, 7, Long.MIN_VALUE};
        for (long seed : seeds) {
            CountingLongs expected = new CountingLongs(JDK.create(seed));
            Lxm actual = new Lxm(seed);
            for (int draw = 0; draw < 4_000_000; draw++) {
                long before = expected.longs;
                double x = expected.nextGaussian();
                double y = actual.nextGaussian();
                if (Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(y)) {
                    assertEquals(x, y, "seed " + seed + ", draw " + draw);
                }
                if (expected.longs - before > 1) {
                    if (Math.abs(x) > 3.636) {
                        tail++;
                    } else if (Math.abs(x) < 1) {
                        slowConcave++;
                    } else {
                        slowConvex++;
                    }
                }
            }
            assertEquals(expected.inner.nextLong(), actual.nextLong(), "the streams end in step, seed " + seed);
        }
        // about 1.2 % of draws leave the fast path; 2.7e-4 of them fall beyond 3.636
        assertTrue(slowConcave > 10_000, "concave wedges " + slowConcave);
        assertTrue(slowConvex > 10_000, "convex wedges " + slowConvex);
        assertTrue(tail > 1_000, "tail " + tail);
    }

    /** The fast path's table, read off the JDK: 253 layers of positive, decreasing widths, as in JDK 17. */
    @Test
    void theFastPathHasTheJdksLayers() {
        assertEquals(253, ZigguratFastPath.LAYERS);
        for (int layer = 1; layer < ZigguratFastPath.LAYERS; layer++) {
            assertTrue(ZigguratFastPath.WIDTH[layer] > 0 && ZigguratFastPath.WIDTH[layer] < ZigguratFastPath.WIDTH[layer - 1],
                    "layer " + layer);
        }
        // the widest layer reaches the tail's start, 3.636 standard deviations (times 2^-63 per unit of the long)
        assertEquals(3.636, Math.scalb(ZigguratFastPath.WIDTH[0], 63), 1e-3);
        // the table by every layer: the same widths, then 0 for the layers off the fast path
        assertEquals(ZigguratFastPath.LAYER_MASK + 1, ZigguratFastPath.WIDTH_BY_LAYER.length);
        for (int layer = 0; layer <= ZigguratFastPath.LAYER_MASK; layer++) {
            double expected = layer < ZigguratFastPath.LAYERS ? ZigguratFastPath.WIDTH[layer] : 0.0;
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(ZigguratFastPath.WIDTH_BY_LAYER[layer]),
                    "layer " + layer);
        }
    }

    /** The JDK's generator, counting the longs drawn: the JDK's nextGaussian over it is the JDK's draw. */
    private static final class CountingLongs implements RandomGenerator {
        final RandomGenerator inner;
        long longs;

        CountingLongs(RandomGenerator inner) {
            this.inner = inner;
        }

        @Override
        public long nextLong() {
            longs++;
            return inner.nextLong();
        }
    }

    @Test
    void reseedingStartsTheStreamOfTheNewSeedAfresh() {
        Lxm reused = new Lxm(1);
        for (int i = 0; i < 17; i++) {
            reused.nextGaussian();
        }
        reused.reseed(42);
        RandomGenerator expected = JDK.create(42);
        for (int i = 0; i < 100; i++) {
            assertEquals(expected.nextLong(), reused.nextLong());
        }
    }
}
