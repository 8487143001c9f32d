package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
