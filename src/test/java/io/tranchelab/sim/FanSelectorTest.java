package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fan's quantiles by counting against the partition they replace, bit for bit, and against
 * a sort: seeded random inputs of many shapes (spread, ties, masses at one value, both zeros,
 * NaN, infinities, subnormals, negatives), sizes around the bucket and insertion thresholds.
 */
class FanSelectorTest {

    private static final int[] SIZES = {1, 2, 5, 24, 25, 26, 31, 100, 257, 1000, 2048, 2049, 4999, 5000, 9001};

    @ParameterizedTest(name = "shape {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void countingGivesThePartitionsBits(int shape) {
        SplittableRandom random = new SplittableRandom(1000 + shape);
        FanSelector selector = new FanSelector(); // one for all, as a chart keeps one
        for (int n : SIZES) {
            for (int repeat = 0; repeat < 12; repeat++) {
                float[] values = new float[n + 5]; // longer than n: only the first n count
                for (int i = 0; i < values.length; i++) {
                    values[i] = draw(shape, random);
                }
                assertSameAsPartition(selector, values, n, "shape " + shape + ", n " + n + ", repeat " + repeat);
            }
        }
    }

    @Test
    void sortedReversedConstantAndTwoValues() {
        FanSelector selector = new FanSelector();
        int n = 5000;
        float[] ascending = new float[n];
        float[] descending = new float[n];
        float[] constant = new float[n];
        float[] two = new float[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            descending[i] = n - i;
            constant[i] = 7.25f;
            two[i] = i % 7 == 0 ? -3f : 1e30f;
        }
        for (float[] values : new float[][] {ascending, descending, constant, two}) {
            assertSameAsPartition(selector, values, n, "structured");
        }
    }

    @Test
    void matchesASortAndLeavesTheValuesAlone() {
        SplittableRandom random = new SplittableRandom(7);
        FanSelector selector = new FanSelector();
        int n = 5000;
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (50e6 * Math.exp(0.6 * random.nextGaussian()));
        }
        float[] before = values.clone();
        double[] out = new double[5];
        selector.select(values, n, out);
        assertArrayEquals(before, values, "no NaN and one kind of zero: the values are not moved");
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] percents = {5, 25, 50, 75, 95};
        for (int q = 0; q < 5; q++) {
            int k = (percents[q] * n + 99) / 100; // ceil(p n), counted in integers
            assertEquals(sorted[k - 1], out[q]);
        }
    }

    @Test
    void keysOrderAsTheFloats() {
        float[] ordered = {Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, -1f, -Float.MIN_NORMAL, -Float.MIN_VALUE, -0f,
            0f, Float.MIN_VALUE, Float.MIN_NORMAL, 1f, Float.MAX_VALUE, Float.POSITIVE_INFINITY};
        for (int i = 1; i < ordered.length; i++) {
            assertEquals(-1, Integer.compare(FanSelector.key(ordered[i - 1]), FanSelector.key(ordered[i])),
                    ordered[i - 1] + " below " + ordered[i]);
        }
    }

    private static void assertSameAsPartition(FanSelector selector, float[] values, int n, String what) {
        float[] partitioned = values.clone();
        double[] expected = new double[5];
        Quantiles.selectFanByPartition(partitioned, n, expected);
        double[] actual = new double[5];
        selector.select(values.clone(), n, actual);
        for (int q = 0; q < 5; q++) {
            assertEquals(Double.doubleToRawLongBits(expected[q]), Double.doubleToRawLongBits(actual[q]),
                    what + ", quantile " + q + ": " + expected[q] + " vs " + actual[q]);
        }
    }

    /** A value of one of the shapes the fans' series take, and some they should never take. */
    private static float draw(int shape, SplittableRandom random) {
        switch (shape) {
            case 0: // spread: a lognormal NAV
                return (float) (50e6 * Math.exp(0.6 * random.nextGaussian()));
            case 1: // a mass at par with a tail below (principal outstanding, a senior's value)
                return random.nextInt(10) < 8 ? 30e6f : (float) (30e6 * random.nextDouble());
            case 2: // a mass of zeros with a spread tail (drawdowns)
                return random.nextInt(10) < 6 ? 0f : (float) random.nextDouble();
            case 3: // a cap with values below it (loan health)
                return random.nextInt(3) == 0 ? ChartSample.HEALTH_CAP : (float) (1 + 9 * random.nextDouble());
            case 4: // few distinct values
                return random.nextInt(4) * 0.5f;
            case 5: // both zeros among others: the partition's choice is kept
                return random.nextInt(3) == 0 ? -0f : random.nextInt(2) == 0 ? 0f : (float) random.nextGaussian();
            case 6: // NaN among others
                return random.nextInt(50) == 0 ? Float.NaN : (float) random.nextGaussian();
            case 7: // negatives and positives over many orders of magnitude, infinities
                int pick = random.nextInt(100);
                if (pick == 0) {
                    return Float.POSITIVE_INFINITY;
                }
                if (pick == 1) {
                    return Float.NEGATIVE_INFINITY;
                }
                return (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-30, 30)));
            case 8: // subnormals around zero, with zeros of both signs
                return random.nextInt(2) == 0 ? -Float.MIN_VALUE * random.nextInt(1000) - 0f
                        : Float.MIN_VALUE * random.nextInt(1000);
            case 9: // values within a few ulps of one another (a narrow fan)
                return Float.intBitsToFloat(Float.floatToIntBits(1f) + random.nextInt(40));
            case 10: // a huge mass with a few neighbours one ulp apart (the narrowing's worst case)
                return random.nextInt(100) < 97 ? 2f : Float.intBitsToFloat(Float.floatToIntBits(2f) + random.nextInt(-3, 4));
            default: // only negative values, a mass at -1
                return random.nextInt(2) == 0 ? -1f : (float) -Math.exp(random.nextGaussian());
        }
    }
}
