package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one quantile definition (the k-th smallest of n with k = ceil(p n)) and the fan's
 * selection against a full sort. The expected rank is computed in integers here,
 * k = ceil(percent n / 100), so it does not share the engine's floating-point guard.
 */
class QuantilesTest {

    private static final int[] FAN_PERCENTS = {5, 25, 50, 75, 95};

    @Test
    void quantilesOfOneToTwentyByHand() {
        double[] sorted = new double[20];
        for (int i = 0; i < 20; i++) {
            sorted[i] = i + 1;
        }
        // ceil(0.05 x 20) = 1st, ceil(0.5 x 20) = 10th, ceil(0.95 x 20) = 19th, ceil(0.99 x 20) = 20th
        assertEquals(1, Quantiles.ofSorted(sorted, 0.05));
        assertEquals(10, Quantiles.ofSorted(sorted, 0.50));
        assertEquals(19, Quantiles.ofSorted(sorted, 0.95));
        assertEquals(20, Quantiles.ofSorted(sorted, 0.99));
        assertEquals(1, Quantiles.ofSorted(sorted, 0));
        assertEquals(20, Quantiles.ofSorted(sorted, 1));
        // expected shortfall: mean of the largest ceil((1 - p) n): 1 value at 95 %, 2 at 90 %, 5 at 75 %
        assertEquals(20, Quantiles.tailMean(sorted, 0.95));
        assertEquals(19.5, Quantiles.tailMean(sorted, 0.90));
        assertEquals(18, Quantiles.tailMean(sorted, 0.75));
        assertEquals(20, Quantiles.tailMean(sorted, 0.999), "at least one value");
    }

    @Test
    void sortedCopyLeavesTheInputAlone() {
        double[] values = {3, 1, 2};
        assertArrayEquals(new double[] {1, 2, 3}, Quantiles.sortedCopy(values));
        assertArrayEquals(new double[] {3, 1, 2}, values);
    }

    @ParameterizedTest(name = "n {0}, values from 0 to {1}, seed {2}")
    @CsvSource({
        "1, 1000, 1", "2, 1000, 2", "3, 5, 3", "7, 1000, 4", "20, 1000, 5", "21, 3, 6", "100, 1000000, 7",
        "101, 2, 8", "1000, 1000000, 9", "5000, 50, 10", "4999, 1, 11",
    })
    void selectFanPicksTheSameRanksAsASort(int n, int range, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[n + 3]; // longer than n: only the first n count
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(range + 1) - range / 2f;
        }
        assertFanMatchesSort(values, n);
    }

    @Test
    void selectFanHandlesSortedReversedAndConstantInput() {
        int n = 1000;
        float[] ascending = new float[n];
        float[] descending = new float[n];
        float[] constant = new float[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            descending[i] = n - i;
            constant[i] = 7;
        }
        assertFanMatchesSort(ascending, n);
        assertFanMatchesSort(descending, n);
        assertFanMatchesSort(constant, n);
        double[] out = new double[5];
        float[] hundred = new float[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // 100 down to 1
        }
        Quantiles.selectFan(hundred, 100, out);
        assertArrayEquals(new double[] {5, 25, 50, 75, 95}, out, "the k-th smallest of 1..100 is k");
    }

    private static void assertFanMatchesSort(float[] values, int n) {
        float[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        double[] expected = new double[5];
        for (int q = 0; q < 5; q++) {
            int k = (FAN_PERCENTS[q] * n + 99) / 100; // ceil(percent n / 100), 1-based
            expected[q] = sorted[Math.max(1, k) - 1];
        }
        double[] out = new double[5];
        float[] work = values.clone();
        Quantiles.selectFan(work, n, out);
        assertArrayEquals(expected, out, "n = " + n);
        float[] after = Arrays.copyOf(work, n);
        Arrays.sort(after);
        assertArrayEquals(sorted, after, "selection only reorders the values");
    }
}
