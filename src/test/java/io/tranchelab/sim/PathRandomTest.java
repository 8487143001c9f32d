package io.tranchelab.sim;

import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The engine's samplers against their distributions: each frequency against Hipparchus's
 * probability mass function (within 5 standard errors of a proportion), and the sample mean
 * and variance against the distribution's (within 5 standard errors; the variance's from the
 * fourth central moment). Seeds are in the parameters, so a failure replays.
 */
class PathRandomTest {

    private static final int DRAWS = 200_000;

    @ParameterizedTest(name = "Poisson({0}), seed {1}")
    @CsvSource({"0.05, 11", "0.7, 12", "3.5, 13", "20, 14"})
    void poissonMatchesItsMassFunctionAndMoments(double mean, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] draws = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = PathRandom.poisson(random, mean, Math.exp(-mean));
        }
        PoissonDistribution poisson = new PoissonDistribution(mean);
        assertFrequencies(draws, poisson::probability);
        // Poisson: variance = mean, fourth central moment = mean (1 + 3 mean)
        assertMoments(draws, mean, mean, mean * (1 + 3 * mean));
    }

    @Test
    void poissonOfNoMeanIsZero() {
        SplittableRandom random = new SplittableRandom(1);
        assertEquals(0, PathRandom.poisson(random, 0, 1));
        assertEquals(0, PathRandom.poisson(random, -1, 1));
    }

    @ParameterizedTest(name = "Binomial({0}, {1}), seed {2}")
    @CsvSource({"20, 0.1, 21", "1000, 0.01, 22", "10, 0.7, 23", "50, 0.5, 24", "200, 0.12, 25"})
    void binomialByInversionMatchesItsMassFunctionAndMoments(int n, double p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] draws = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = PathRandom.binomial(random, n, p);
        }
        assertFrequencies(draws, new BinomialDistribution(n, p)::probability);
        double variance = n * p * (1 - p);
        assertMoments(draws, n * p, variance, binomialFourthMoment(n, p));
    }

    /** Above a mean of 30 the sampler rounds a normal: its moments still must be the binomial's. */
    @ParameterizedTest(name = "Binomial({0}, {1}), seed {2}")
    @CsvSource({"100000, 0.2, 31", "400, 0.9, 32", "5000, 0.5, 33"})
    void binomialByNormalApproximationHasTheBinomialMoments(long n, double p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] draws = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = PathRandom.binomial(random, n, p);
        }
        // the rounding adds 1/12 to the variance, far inside the tolerance for these n p (1 - p)
        assertMoments(draws, n * p, n * p * (1 - p), binomialFourthMoment(n, p));
    }

    @Test
    void binomialEdgesNeedNoRandomness() {
        SplittableRandom random = new SplittableRandom(2);
        assertEquals(0, PathRandom.binomial(random, 0, 0.5));
        assertEquals(0, PathRandom.binomial(random, 10, 0));
        assertEquals(10, PathRandom.binomial(random, 10, 1));
        assertEquals(0, PathRandom.binomial(random, -3, 0.5));
    }

    @Test
    void streamsOfNeighbouringPathsAndSourcesDiffer() {
        assertNotEquals(PathRandom.streamSeed(1, 0, 0), PathRandom.streamSeed(1, 1, 0));
        assertNotEquals(PathRandom.streamSeed(1, 0, 0), PathRandom.streamSeed(1, 0, 1));
        assertNotEquals(PathRandom.streamSeed(1, 0, 0), PathRandom.streamSeed(2, 0, 0));
        // SplitMix64's finalizer of 1 (Steele, Lea and Flood 2014; the reference C code)
        assertEquals(0x5692161D100B05E5L, PathRandom.mix64(1));
        assertEquals(0L, PathRandom.mix64(0));
    }

    /**
     * A structure's seed must give the same paths in every version (docs/model.md §9-10), so the stream
     * seeds are pinned: mix64(mix64(seed + G (path + 1)) + G (stream + 1)), G = 0x9E3779B97F4A7C15,
     * evaluated independently (Python, 64-bit wrap-around).
     */
    @ParameterizedTest(name = "seed {0}, path {1}, stream {2}")
    @CsvSource({
        "20240601, 0, 0, -475151982906523417",
        "20240601, 3, 2, -5007128052282634918",
        "-7, 123456, 1, 1918956048997225905",
    })
    void streamSeedsArePinned(long seed, long path, int stream, long expected) {
        assertEquals(expected, PathRandom.streamSeed(seed, path, stream));
    }

    /** mu_4 of a binomial: n p q (1 + 3 (n - 2) p q). */
    private static double binomialFourthMoment(double n, double p) {
        double pq = p * (1 - p);
        return n * pq * (1 + 3 * (n - 2) * pq);
    }

    private interface Mass {
        double probability(int k);
    }

    private static void assertFrequencies(long[] draws, Mass mass) {
        int max = 0;
        for (long d : draws) {
            max = (int) Math.max(max, d);
        }
        int[] counts = new int[max + 1];
        for (long d : draws) {
            counts[(int) d]++;
        }
        for (int k = 0; k <= max; k++) {
            double p = mass.probability(k);
            double expected = p * draws.length;
            double error = Math.sqrt(draws.length * p * (1 - p));
            assertEquals(expected, counts[k], 5 * error + 1, "count of " + k);
        }
        assertEquals(1.0, cumulative(mass, max), 1e-3, "no value beyond " + max + " should be likely");
    }

    private static double cumulative(Mass mass, int max) {
        double sum = 0;
        for (int k = 0; k <= max; k++) {
            sum += mass.probability(k);
        }
        return sum;
    }

    private static void assertMoments(long[] draws, double mean, double variance, double fourthMoment) {
        double sum = 0;
        for (long d : draws) {
            sum += d;
        }
        double sampleMean = sum / draws.length;
        double squares = 0;
        for (long d : draws) {
            squares += (d - sampleMean) * (d - sampleMean);
        }
        double sampleVariance = squares / (draws.length - 1);
        assertEquals(mean, sampleMean, 5 * Math.sqrt(variance / draws.length), "mean");
        assertEquals(variance, sampleVariance, 5 * Math.sqrt((fourthMoment - variance * variance) / draws.length),
                "variance");
    }

    /** Each stream of a path is the JDK's L64X128MixRandom seeded from (seed, path, stream), also after reseeding. */
    @Test
    void aPathsStreamsAreTheJdksGeneratorsOfItsStreamSeeds() {
        java.util.random.RandomGeneratorFactory<java.util.random.RandomGenerator> jdk =
                java.util.random.RandomGeneratorFactory.of("L64X128MixRandom");
        PathRandom random = new PathRandom(5, 9);
        random.events.nextGaussian(); // draws of the previous path do not carry over
        random.startPath(7, 3);
        java.util.random.RandomGenerator events = jdk.create(PathRandom.streamSeed(7, 3, 2));
        java.util.random.RandomGenerator hedging = jdk.create(PathRandom.streamSeed(7, 3, 4));
        for (int i = 0; i < 50; i++) {
            assertEquals(events.nextLong(), random.events.nextLong());
            assertEquals(hedging.nextLong(), random.hedging.nextLong());
        }
        assertEquals(jdk.create(PathRandom.streamSeed(7, 3, 3)).nextGaussian(), random.creditFactor());
        double[] totals = new double[2];
        random.diffusionTotals(3, totals);
        java.util.random.RandomGenerator replay = jdk.create(PathRandom.streamSeed(7, 3, 0));
        double[] expected = new double[2];
        for (int step = 0; step < 3; step++) {
            expected[0] += replay.nextGaussian();
            expected[1] += replay.nextGaussian();
        }
        assertEquals(expected[0], totals[0]);
        assertEquals(expected[1], totals[1]);
    }

    /**
     * Where the binomial draws by inversion, drawing by inversion with a precomputed
     * (1 - p)^n takes the same draw from the same stream, and only there.
     */
    @ParameterizedTest(name = "Binomial({0}, {1}) by inversion: {2}")
    @CsvSource({"10, 0.1, true", "59, 0.5, true", "60, 0.5, false", "10, 0.5000001, false", "0, 0.1, false",
        "10, 0, false", "3000, 0.0099, true", "3000, 0.01, false", "1, 1, false", "-1, 0.1, false"})
    void drawingByInversionWithAPrecomputedPowerIsTheBinomialsDraw(long n, double p, boolean inversion) {
        assertEquals(inversion, PathRandom.drawsByInversion(n, p));
        if (inversion) {
            SplittableRandom a = new SplittableRandom(n);
            SplittableRandom b = new SplittableRandom(n);
            for (int i = 0; i < 2_000; i++) {
                assertEquals(PathRandom.binomial(a, n, p), PathRandom.binomialByInversion(b, n, p, Math.pow(1 - p, n)));
            }
        }
    }

    /**
     * A uniform's 53-bit integer against {@link PathRandom#uniformBitsAtMost}: {@code v > T}
     * exactly when the uniform {@code v * 2^-53} exceeds {@code p}, for probabilities on the
     * uniforms' grid and their neighbours, ordinary and tiny ones, subnormals, 0, -0, negatives,
     * 1 and beyond, infinities and NaN, with integers at and around the threshold and at the ends.
     */
    @Test
    void aUniformsBitsExceedTheThresholdExactlyWhenTheUniformExceedsTheProbability() {
        SplittableRandom random = new SplittableRandom(53);
        double[] edges = {0.0, -0.0, -1e-300, -1, Double.MIN_VALUE, 1e-300, 0x1.0p-53, 0x1.8p-53, 0x1.0p-52,
            0.5, Math.nextDown(1.0), 1.0, Math.nextUp(1.0), 7.0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, Math.exp(-4.0 / 365), Math.exp(-0.15 / 365)};
        for (int round = 0; round < 20_000; round++) {
            double p;
            if (round < edges.length) {
                p = edges[round];
            } else {
                p = switch (round % 4) {
                    case 0 -> random.nextDouble();
                    case 1 -> (random.nextLong() >>> 11) * 0x1.0p-53; // on the grid
                    case 2 -> Math.nextUp((random.nextLong() >>> 11) * 0x1.0p-53);
                    default -> Math.nextDown((random.nextLong() >>> 11) * 0x1.0p-53);
                };
            }
            long threshold = PathRandom.uniformBitsAtMost(p);
            long near = p >= 0 && p < 1 ? (long) (p * 0x1.0p53) : random.nextLong() >>> 11;
            long[] candidates = {0, 1, (1L << 53) - 1, 1L << 52, near - 1, near, near + 1, random.nextLong() >>> 11};
            for (long v : candidates) {
                if (v < 0 || v >= 1L << 53) {
                    continue;
                }
                assertEquals(v * 0x1.0p-53 > p, v > threshold, "p " + p + ", v " + v);
            }
        }
    }
}
