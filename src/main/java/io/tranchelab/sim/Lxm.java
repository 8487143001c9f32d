package io.tranchelab.sim;

import java.util.random.RandomGenerator;

/**
 * The JDK's L64X128MixRandom (JEP 356), written out so that a stream can be reseeded in place:
 * a block of paths keeps one generator per path and stream and reseeds it for each block,
 * instead of asking {@code RandomGeneratorFactory} for new ones by reflection for every path.
 * The same seed gives the same numbers as {@code RandomGeneratorFactory.of("L64X128MixRandom")
 * .create(seed)}, draw for draw, {@link #nextDouble} and {@link #nextGaussian} included
 * ({@link #nextDouble} is {@link RandomGenerator}'s own default method over {@link #nextLong}, as
 * in the JDK's class; {@link #nextGaussian} takes the JDK's fast path inline and hands the rare
 * rest to the JDK's own code); {@code LxmTest} checks that against the JDK.
 */
final class Lxm implements RandomGenerator {

    /** The LCG multiplier of the L64 family, and the two constants the seeding mixes with. */
    static final long M = 0xd1342543de82ef95L;
    static final long GOLDEN_RATIO_64 = 0x9e3779b97f4a7c15L;
    static final long SILVER_RATIO_64 = 0x6a09e667f3bcc909L;

    private long a;
    private long s;
    private long x0;
    private long x1;
    /** Hands a draw that left the ziggurat's fast path to the JDK's own code, its first long included. */
    private final SlowGaussian slowGaussian = new SlowGaussian();

    Lxm(long seed) {
        reseed(seed);
    }

    /** As the JDK's {@code L64X128MixRandom(long seed)} constructor. */
    void reseed(long seed) {
        long mixed = seed ^ SILVER_RATIO_64;
        a = mixMurmur64(mixed) | 1;
        s = 1;
        x0 = mixStafford13(mixed);
        x1 = mixStafford13(mixed + GOLDEN_RATIO_64);
        if ((x0 | x1) == 0) { // never for a Stafford mix of distinct inputs, kept as in the JDK
            long v = s;
            x0 = mixStafford13(v += GOLDEN_RATIO_64);
            x1 = mixStafford13(v + GOLDEN_RATIO_64);
        }
    }

    @Override
    public long nextLong() {
        long result = mixLea64(s + x0);
        s = M * s + a;
        long q0 = x0;
        long q1 = x1;
        q1 ^= q0;
        q0 = Long.rotateLeft(q0, 24);
        q0 = q0 ^ q1 ^ (q1 << 16);
        q1 = Long.rotateLeft(q1, 37);
        x0 = q0;
        x1 = q1;
        return result;
    }

    /**
     * The JDK's normal draw, the same bits: {@link RandomGenerator#nextGaussian()}'s default
     * method is a call into {@code RandomSupport} too large to inline into the loops that draw a
     * normal per path; its fast path ({@link ZigguratFastPath}) is a table look-up and a product,
     * which is all about 98.8 % of draws need.
     */
    @Override
    public double nextGaussian() {
        long u = nextLong();
        int layer = (int) u & ZigguratFastPath.LAYER_MASK;
        if (layer < ZigguratFastPath.LAYERS) {
            return ZigguratFastPath.WIDTH[layer] * u;
        }
        return slowGaussian.continueFrom(u);
    }

    /**
     * A view of this stream whose next long is a given one and then this stream's own: the JDK's
     * {@code nextGaussian} on it redraws, from the first long on, the draw {@link #nextGaussian}
     * began, and goes on drawing from this stream as far as its slow path needs.
     */
    private final class SlowGaussian implements RandomGenerator {
        private long first;
        private boolean firstTaken = true;

        double continueFrom(long firstLong) {
            first = firstLong;
            firstTaken = false;
            return nextGaussian(); // RandomGenerator's default: the JDK's ziggurat over nextLong below
        }

        @Override
        public long nextLong() {
            if (firstTaken) {
                return Lxm.this.nextLong();
            }
            firstTaken = true;
            return first;
        }
    }

    static long mixLea64(long z) {
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        return z ^ (z >>> 32);
    }

    static long mixMurmur64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    static long mixStafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
