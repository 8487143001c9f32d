package io.tranchelab.sim;

import java.util.random.RandomGenerator;

/**
 * The random streams of one path (the market's two are {@link MarketBlock}'s, as {@link LxmLanes}). Each path has its own generators (L64X128MixRandom,
 * {@link Lxm}), seeded from (seed, path) alone, so a path's numbers do not depend on which
 * thread runs it or in what order; and each source of randomness has its own stream, so a
 * scenario that changes how many draws one source takes (more jumps) leaves the others' draws
 * in place: common random numbers. The generators are reseeded in place for each path
 * ({@link #startPath}), so a block of paths allocates them once.
 */
final class PathRandom {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** The stream of the volatile assets' diffusive shocks: drawn by {@link MarketBlock}, which keeps its lanes' streams together. */
    static final int DIFFUSION = 0;
    /** The stream of the volatile assets' jumps and the pegged ones' depegs: also {@link MarketBlock}'s. */
    static final int JUMPS = 1;
    /**
     * Position events: slashing, exploits, credit defaults. A lane of streams held as arrays
     * across a block's lanes ({@link #forLanes}), so that a part whose every lane draws one
     * uniform in a step draws them all in one pass ({@link #sharedEvents}); each lane's stream is
     * still its own, drawn in the same order.
     */
    final LxmLanes.Lane events;
    /** The hedging overlay's funding rates (docs/model.md §5.6): drawn from only when a short's funding is random. */
    final Lxm hedging = new Lxm(0);
    /** The credit factor's stream and the replay of the diffusion stream, used once per path each. */
    private final Lxm once = new Lxm(0);
    private long seed;
    private long path;

    /** A path's streams on their own (its events stream the only lane of its arrays). */
    PathRandom() {
        this(new LxmLanes(1), 0);
    }

    PathRandom(long seed, long path) {
        this();
        startPath(seed, path);
    }

    private PathRandom(LxmLanes eventLanes, int lane) {
        events = eventLanes.lane(lane);
    }

    /** The streams of a block of {@code lanes} paths: lane {@code l}'s events stream is lane {@code l} of one set of arrays. */
    static PathRandom[] forLanes(int lanes) {
        LxmLanes eventLanes = new LxmLanes(lanes);
        PathRandom[] random = new PathRandom[lanes];
        for (int l = 0; l < lanes; l++) {
            random[l] = new PathRandom(eventLanes, l);
        }
        return random;
    }

    /**
     * The events streams of {@code random[0, lanes)} as arrays, lane {@code l} for path {@code l},
     * if they are held so ({@link #forLanes}); null if not (paths made one by one).
     */
    static LxmLanes sharedEvents(PathRandom[] random, int lanes) {
        if (lanes == 0) {
            return null;
        }
        LxmLanes shared = random[0].events.lanes();
        for (int l = 0; l < lanes; l++) {
            if (random[l].events.lanes() != shared || random[l].events.index() != l) {
                return null;
            }
        }
        return shared;
    }

    /** Reseeds every stream for path {@code path} of a run with seed {@code seed}. */
    void startPath(long seed, long path) {
        this.seed = seed;
        this.path = path;
        events.lanes().reseed(events.index(), streamSeed(seed, path, 2));
        hedging.reseed(streamSeed(seed, path, 4));
    }

    /**
     * The path's systemic credit factor, a standard normal from a stream of its own: drawn once
     * per path, it leaves every other draw of the path where it was (common random numbers
     * across structures with and without credit lines, or with more of them).
     */
    double creditFactor() {
        once.reseed(streamSeed(seed, path, 3));
        return once.nextGaussian();
    }

    /**
     * The sums over the whole path of the independent diffusion normals, one per volatile asset
     * ({@code totals.length} a step, {@code steps} steps): a replay of the diffusion stream from its
     * start, leaving the market's own diffusion stream untouched, so that a credit factor tied to the
     * market can know the horizon shock before the market has moved.
     */
    void diffusionTotals(int steps, double[] totals) {
        Lxm replay = once;
        replay.reseed(streamSeed(seed, path, DIFFUSION));
        int count = totals.length;
        java.util.Arrays.fill(totals, 0);
        for (int step = 0; step < steps; step++) {
            for (int k = 0; k < count; k++) {
                totals[k] += replay.nextGaussian();
            }
        }
    }

    /** The seed of this path's stream {@code stream}, for a part that keeps its own generator (§5.4.1). */
    long streamSeed(int stream) {
        return streamSeed(seed, path, stream);
    }

    static long streamSeed(long seed, long path, int stream) {
        return mix64(mix64(seed + GOLDEN * (path + 1)) + GOLDEN * (stream + 1));
    }

    /** SplitMix64's finalizer: a bijection that scatters nearby inputs. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Poisson count by inversion; {@code probabilityZero} is exp(-mean), precomputed per step. */
    static int poisson(RandomGenerator random, double mean, double probabilityZero) {
        if (mean <= 0) {
            return 0;
        }
        return poissonCount(random.nextDouble(), mean, probabilityZero);
    }

    /** Whether {@link #poisson} draws a uniform for a count of mean {@code mean} (it does not for a mean of 0 or less). */
    static boolean poissonDraws(double mean) {
        return !(mean <= 0);
    }

    /**
     * The largest integer {@code v} for which the uniform {@code v * 2^-53} is at most {@code p}
     * (with -1 and {@link Long#MAX_VALUE} for "none" and "every {@code v < 2^53}"): a uniform
     * drawn as {@code (long >>> 11) * 2^-53} exceeds {@code p} exactly when {@code long >>> 11}
     * exceeds this, so a step's lanes can be sorted into those with a Poisson count above 0 and
     * the rest ({@code u > probabilityZero}, {@link #poissonCount}'s first test) on the longs,
     * before any is converted. {@code p * 2^53} is exact (a power of two), and a whole {@code v}
     * exceeds it exactly when it exceeds its floor; no {@code v} exceeds NaN.
     */
    static long uniformBitsAtMost(double p) {
        if (!(p < 1.0)) { // 1 or more, or NaN: no uniform exceeds it
            return Long.MAX_VALUE;
        }
        if (p < 0) {
            return -1;
        }
        return (long) Math.floor(p * 0x1.0p53);
    }

    /**
     * Lists in {@code listed} the first {@code lanes} lanes whose uniform, drawn as {@code bits},
     * exceeds {@code p} ({@link #uniformBitsAtMost}), in lane order; returns how many. Every lane is
     * written and only those above are kept by the count, so the loop has no branch to mispredict.
     */
    static int lanesAbove(long[] bits, int lanes, double p, int[] listed) {
        long none = uniformBitsAtMost(p);
        int count = 0;
        for (int l = 0; l < lanes; l++) {
            listed[count] = l;
            count += (bits[l] >>> 11) > none ? 1 : 0;
        }
        return count;
    }

    /**
     * The Poisson count of mean {@code mean > 0} that the uniform {@code u} selects by inversion:
     * {@link #poisson}'s draw, for a caller that draws the uniforms of a step's lanes first.
     */
    static int poissonCount(double u, double mean, double probabilityZero) {
        double p = probabilityZero;
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 1_000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /**
     * Binomial(n, p): exact inversion while the mean is small (the usual case per step),
     * a rounded normal approximation once n p (1 - p) is large enough for it to be accurate.
     */
    static long binomial(RandomGenerator random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(random, n, 1 - p);
        }
        double mean = n * p;
        if (mean < 30) {
            return binomialByInversion(random, n, p, Math.pow(1 - p, n));
        }
        double x = Math.rint(mean + Math.sqrt(mean * (1 - p)) * random.nextGaussian());
        return (long) Math.max(0, Math.min(n, x));
    }

    /**
     * Binomial(n, p) by inversion, for {@code 0 < p <= 0.5} and a mean {@code n p} below 30, given
     * {@code probabilityZero = Math.pow(1 - p, n)}: a caller that draws from the same n and p
     * step after step (a credit line between defaults) computes the power once.
     */
    static long binomialByInversion(RandomGenerator random, long n, double p, double probabilityZero) {
        return binomialByInversion(random.nextDouble(), n, p, probabilityZero);
    }

    /** The binomial count that the uniform {@code u} selects by inversion: {@link #binomialByInversion}'s draw, for a caller that draws its lanes' uniforms first. */
    static long binomialByInversion(double u, long n, double p, double probabilityZero) {
        double q = 1 - p;
        double ratio = p / q;
        double a = (n + 1) * ratio;
        double r = probabilityZero;
        long x = 0;
        while (u > r && x < n) {
            u -= r;
            x++;
            r *= a / x - ratio;
        }
        return x;
    }

    /** Whether {@link #binomial} would draw (n, p) by inversion: then {@link #binomialByInversion} gives the same draw. */
    static boolean drawsByInversion(long n, double p) {
        return n > 0 && p > 0 && p <= 0.5 && n * p < 30;
    }
}
