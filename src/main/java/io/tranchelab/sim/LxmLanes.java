package io.tranchelab.sim;

import java.util.random.RandomGenerator;

/**
 * One {@link Lxm} stream per lane of a block, held as arrays of the generators' state, so that
 * a step's draws for every lane are one pass over arrays ({@link #nextLongs}) instead of a
 * generator object per lane: lane {@code l} reseeded with a seed draws exactly what
 * {@code new Lxm(seed)} draws, long for long, uniform for uniform, normal for normal
 * ({@code LxmLanesTest} checks it).
 */
final class LxmLanes {

    /** [lane]: the LCG's addend, its state, and the xorshift state of each lane's generator. */
    private final long[] a;
    private final long[] s;
    private final long[] x0;
    private final long[] x1;
    /** [lane] scratch: the longs of the last {@link #nextLongs} call's lanes. */
    private final long[] drawn;
    /** [lane] scratch: the lanes whose normal left the ziggurat's fast path in the last {@link #nextGaussians} call. */
    private final int[] slowLanes;
    private final SlowGaussian slowGaussian = new SlowGaussian();

    LxmLanes(int lanes) {
        a = new long[lanes];
        s = new long[lanes];
        x0 = new long[lanes];
        x1 = new long[lanes];
        drawn = new long[lanes];
        slowLanes = new int[lanes];
    }

    /** Lane {@code l} starts the stream of {@code seed}: as {@link Lxm#reseed}. */
    void reseed(int l, long seed) {
        long mixed = seed ^ Lxm.SILVER_RATIO_64;
        a[l] = Lxm.mixMurmur64(mixed) | 1;
        s[l] = 1;
        x0[l] = Lxm.mixStafford13(mixed);
        x1[l] = Lxm.mixStafford13(mixed + Lxm.GOLDEN_RATIO_64);
        if ((x0[l] | x1[l]) == 0) { // never for a Stafford mix of distinct inputs, kept as in the JDK
            long v = s[l];
            x0[l] = Lxm.mixStafford13(v += Lxm.GOLDEN_RATIO_64);
            x1[l] = Lxm.mixStafford13(v + Lxm.GOLDEN_RATIO_64);
        }
    }

    /**
     * The next long of each of the first {@code lanes} lanes into {@code out}: {@link Lxm#nextLong}
     * for every lane. Three loops, not one: the output mix, the LCG and the xorshift each read
     * and write arrays lane by lane with no dependence between lanes, and the JIT vectorizes
     * each of them alone (the three fused into one loop it did not, and ran about 2.5 times slower).
     */
    void nextLongs(int lanes, long[] out) {
        for (int l = 0; l < lanes; l++) {
            out[l] = Lxm.mixLea64(s[l] + x0[l]);
        }
        for (int l = 0; l < lanes; l++) {
            s[l] = Lxm.M * s[l] + a[l];
        }
        for (int l = 0; l < lanes; l++) {
            long q0 = x0[l];
            long q1 = x1[l] ^ q0;
            x0[l] = Long.rotateLeft(q0, 24) ^ q1 ^ (q1 << 16);
            x1[l] = Long.rotateLeft(q1, 37);
        }
    }

    /** The next uniform of each of the first {@code lanes} lanes: {@link RandomGenerator#nextDouble()}'s {@code (long >>> 11) * 2^-53}. */
    void nextDoubles(int lanes, double[] out) {
        nextLongs(lanes, drawn);
        for (int l = 0; l < lanes; l++) {
            out[l] = (drawn[l] >>> 11) * 0x1.0p-53;
        }
    }

    /**
     * The next normal of each of the first {@code lanes} lanes: {@link Lxm#nextGaussian}, lane by
     * lane. Every lane's fast-path product is taken without a branch (a slow layer's width is 0),
     * the lanes off the fast path (about 1.2 %) are listed by a compare on the way, and only they
     * finish their draw, after, in the JDK's code: each lane still draws its own longs in its own
     * order, the slow ones continuing from where {@link #nextLongs} left their stream.
     */
    void nextGaussians(int lanes, double[] out) {
        long[] first = drawn;
        nextLongs(lanes, first);
        double[] width = ZigguratFastPath.WIDTH_BY_LAYER;
        int[] slow = slowLanes;
        int slowCount = 0;
        for (int l = 0; l < lanes; l++) {
            long u = first[l];
            int layer = (int) u & ZigguratFastPath.LAYER_MASK;
            out[l] = width[layer] * u;
            slow[slowCount] = l;
            slowCount += layer < ZigguratFastPath.LAYERS ? 0 : 1;
        }
        for (int i = 0; i < slowCount; i++) {
            int l = slow[i];
            out[l] = slowGaussian.continueFrom(l, first[l]);
        }
    }

    long nextLong(int l) {
        long result = Lxm.mixLea64(s[l] + x0[l]);
        s[l] = Lxm.M * s[l] + a[l];
        long q0 = x0[l];
        long q1 = x1[l] ^ q0;
        x0[l] = Long.rotateLeft(q0, 24) ^ q1 ^ (q1 << 16);
        x1[l] = Long.rotateLeft(q1, 37);
        return result;
    }

    double nextDouble(int l) {
        return (nextLong(l) >>> 11) * 0x1.0p-53;
    }

    double nextGaussian(int l) {
        return gaussianFrom(l, nextLong(l));
    }

    /** Lane {@code l} of these streams as a generator of its own: what a part that draws lane by lane holds. */
    Lane lane(int l) {
        return new Lane(l);
    }

    /** One lane's stream, drawing what {@code new Lxm(seed)} draws: a view of the arrays, no state of its own. */
    final class Lane implements RandomGenerator {
        private final int l;

        private Lane(int l) {
            this.l = l;
        }

        /** The streams this lane belongs to, and its index among them: a part that draws for every lane at once uses them. */
        LxmLanes lanes() {
            return LxmLanes.this;
        }

        int index() {
            return l;
        }

        @Override
        public long nextLong() {
            return LxmLanes.this.nextLong(l);
        }

        @Override
        public double nextDouble() {
            return LxmLanes.this.nextDouble(l);
        }

        @Override
        public double nextGaussian() {
            return LxmLanes.this.nextGaussian(l);
        }
    }

    /** Lane {@code l}'s normal whose first long is {@code u}: the ziggurat's fast path, else the JDK's draw (as {@link Lxm#nextGaussian}). */
    private double gaussianFrom(int l, long u) {
        int layer = (int) u & ZigguratFastPath.LAYER_MASK;
        if (layer < ZigguratFastPath.LAYERS) {
            return ZigguratFastPath.WIDTH[layer] * u;
        }
        return slowGaussian.continueFrom(l, u);
    }

    /** Lane {@code lane}'s stream with a given first long: the JDK's {@code nextGaussian} on it finishes the draw begun. */
    private final class SlowGaussian implements RandomGenerator {
        private int lane;
        private long first;
        private boolean firstTaken = true;

        double continueFrom(int l, long firstLong) {
            lane = l;
            first = firstLong;
            firstTaken = false;
            return nextGaussian(); // RandomGenerator's default: the JDK's ziggurat over nextLong below
        }

        @Override
        public long nextLong() {
            if (firstTaken) {
                return LxmLanes.this.nextLong(lane);
            }
            firstTaken = true;
            return first;
        }
    }
}
