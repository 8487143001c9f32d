package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lanes' generators held as arrays against a {@link Lxm} per lane (which {@code LxmTest}
 * checks against the JDK): the same longs, uniforms and normals, lane for lane, whether a lane
 * draws alone or all draw together, and whatever the number of lanes drawing.
 */
class LxmLanesTest {

    private static final int LANES = 64;

    @Test
    void everyLaneDrawsWhatItsOwnGeneratorDraws() {
        SplittableRandom random = new SplittableRandom(20261202);
        long[] special = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x6a09e667f3bcc909L};
        for (int round = 0; round < 20; round++) {
            LxmLanes lanes = new LxmLanes(LANES);
            Lxm[] expected = new Lxm[LANES];
            for (int l = 0; l < LANES; l++) {
                long seed = round == 0 && l < special.length ? special[l] : random.nextLong();
                lanes.reseed(l, seed);
                expected[l] = new Lxm(seed);
            }
            long[] longs = new long[LANES];
            double[] doubles = new double[LANES];
            for (int draw = 0; draw < 2_000; draw++) {
                int count = random.nextInt(LANES + 1); // the first lanes only, as a shorter group draws
                int kind = random.nextInt(6);
                String where = "round " + round + ", draw " + draw + ", kind " + kind;
                switch (kind) {
                    case 0 -> {
                        lanes.nextLongs(count, longs);
                        for (int l = 0; l < count; l++) {
                            assertEquals(expected[l].nextLong(), longs[l], where);
                        }
                    }
                    case 1 -> {
                        lanes.nextDoubles(count, doubles);
                        for (int l = 0; l < count; l++) {
                            assertSameBits(expected[l].nextDouble(), doubles[l], where);
                        }
                    }
                    case 2 -> {
                        int l = random.nextInt(LANES);
                        assertEquals(expected[l].nextLong(), lanes.nextLong(l), where);
                        assertSameBits(expected[l].nextDouble(), lanes.nextDouble(l), where);
                        assertSameBits(expected[l].nextGaussian(), lanes.nextGaussian(l), where);
                        // the lane as a generator of its own (what PathRandom.events is), the JDK's default methods included
                        LxmLanes.Lane lane = lanes.lane(l);
                        assertEquals(expected[l].nextLong(), lane.nextLong(), where);
                        assertSameBits(expected[l].nextDouble(), lane.nextDouble(), where);
                        assertSameBits(expected[l].nextGaussian(), lane.nextGaussian(), where);
                        assertEquals(expected[l].nextInt(1000), lane.nextInt(1000), where);
                    }
                    default -> {
                        lanes.nextGaussians(count, doubles);
                        for (int l = 0; l < count; l++) {
                            assertSameBits(expected[l].nextGaussian(), doubles[l], where);
                        }
                    }
                }
            }
        }
    }

    /** Four million normals drawn all lanes together: the ziggurat's slow paths (1.2 %) and tail come up thousands of times. */
    @Test
    void normalsDrawnTogetherAreEachLanesOwnSlowPathsIncluded() {
        LxmLanes lanes = new LxmLanes(LANES);
        Lxm[] expected = new Lxm[LANES];
        for (int l = 0; l < LANES; l++) {
            lanes.reseed(l, PathRandom.streamSeed(7, l, PathRandom.DIFFUSION));
            expected[l] = new Lxm(PathRandom.streamSeed(7, l, PathRandom.DIFFUSION));
        }
        double[] normals = new double[LANES];
        for (int step = 0; step < 62_500; step++) {
            lanes.nextGaussians(LANES, normals);
            for (int l = 0; l < LANES; l++) {
                double x = expected[l].nextGaussian();
                if (Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(normals[l])) {
                    assertEquals(x, normals[l], "step " + step + ", lane " + l);
                }
            }
        }
        for (int l = 0; l < LANES; l++) {
            assertEquals(expected[l].nextLong(), lanes.nextLong(l), "lane " + l + " ends in step");
        }
    }

    private static void assertSameBits(double expected, double actual, String where) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), where);
    }
}
