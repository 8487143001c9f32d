package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PartialSort against a full Arrays.sort, entry by entry, bit for bit. */
class PartialSortTest {

    private static final double[] SPECIALS = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, -1e-300};

    @Test
    void theSelectedEntriesAreTheSortsOnSeededInputsWithTiesZerosAndSignedZeros() {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int round = 0; round < 4000; round++) {
            int n = 1 + random.nextInt(round < 3000 ? 60 : 3000);
            double[] values = values(random, n, random.nextInt(7));
            int[] ranks = new int[random.nextInt(6)];
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = random.nextInt(n);
            }
            int sortedFrom = random.nextInt(4) == 0 ? n : random.nextInt(n + 1);
            assertSortedAt(values, sortedFrom, ranks, "round " + round);
        }
    }

    @Test
    void theMetricsRanksAndTailsOfTenThousandValues() {
        SplittableRandom random = new SplittableRandom(7);
        for (int kind = 0; kind < 7; kind++) {
            int n = 10_000;
            double[] values = values(random, n, kind);
            int[] ranks = {Quantiles.rank(0.05, n), Quantiles.rank(0.5, n), Quantiles.rank(0.95, n), Quantiles.rank(0.99, n)};
            assertSortedAt(values, Quantiles.tailStart(0.95, n), ranks, "kind " + kind);
            double[] sorted = Quantiles.sortedCopy(values);
            double[] partial = PartialSort.sortedAt(values, Quantiles.tailStart(0.95, n), ranks);
            assertEquals(Double.doubleToRawLongBits(Quantiles.tailMean(sorted, 0.95)),
                    Double.doubleToRawLongBits(Quantiles.tailMean(partial, 0.95)));
            assertEquals(Double.doubleToRawLongBits(Quantiles.tailMean(sorted, 0.99)),
                    Double.doubleToRawLongBits(Quantiles.tailMean(partial, 0.99)));
        }
    }

    @Test
    void valuesWithNaNAreSortedWhole() {
        double[] values = {3, Double.NaN, -0.0, 0.0, Double.longBitsToDouble(0x7ff8000000000123L), -2, 5};
        assertArrayEquals(bits(Quantiles.sortedCopy(values)), bits(PartialSort.sortedAt(values, values.length, 2)));
    }

    @Test
    void theInputIsNotReordered() {
        double[] values = {5, 3, -0.0, 0.0, 1, 4};
        double[] copy = values.clone();
        PartialSort.sortedAt(values, 3, 1);
        assertArrayEquals(bits(copy), bits(values));
    }

    @Test
    void theKeysOrderDoublesAsDoubleCompareDoesAndTurnBack() {
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 200_000; i++) {
            double a = i < SPECIALS.length ? SPECIALS[i] : anyNonNaN(random);
            double b = random.nextInt(8) == 0 ? SPECIALS[random.nextInt(SPECIALS.length)] : anyNonNaN(random);
            assertEquals(Integer.signum(Double.compare(a, b)), Integer.signum(Long.compare(PartialSort.key(a), PartialSort.key(b))),
                    a + " vs " + b);
            assertEquals(Double.doubleToRawLongBits(a), PartialSort.key(PartialSort.key(a)));
        }
    }

    @Test
    void aSelectionCutShortByItsRoundsSortsTheRangeLeft() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 500; round++) {
            int n = 2 + random.nextInt(200);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(3) == 0 ? 0 : random.nextLong(-50, 50);
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            PartialSort.select(keys, 0, n - 1, k, random.nextInt(3));
            assertEquals(sorted[k], keys[k]);
            for (int i = 0; i < n; i++) {
                assertEquals(true, i < k ? keys[i] <= keys[k] : keys[i] >= keys[k], "round " + round + " index " + i);
            }
        }
    }

    private static void assertSortedAt(double[] values, int sortedFrom, int[] ranks, String where) {
        long[] expected = bits(Quantiles.sortedCopy(values));
        long[] actual = bits(PartialSort.sortedAt(values, sortedFrom, ranks));
        long[] rest = actual.clone();
        Arrays.sort(rest);
        long[] all = expected.clone();
        Arrays.sort(all);
        assertArrayEquals(all, rest, where + ": the same values");
        for (int k : ranks) {
            assertEquals(expected[k], actual[k], where + ": rank " + k);
        }
        for (int i = sortedFrom; i < values.length; i++) {
            assertEquals(expected[i], actual[i], where + ": index " + i + " from " + sortedFrom);
        }
    }

    /** Kinds: 0 spread, 1 mostly zeros of both signs, 2 few distinct, 3 sorted, 4 reversed, 5 all equal, 6 specials. */
    private static double[] values(SplittableRandom random, int n, int kind) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch (kind) {
                case 0 -> random.nextDouble(-1, 1);
                case 1 -> random.nextInt(10) < 8 ? (random.nextBoolean() ? 0.0 : -0.0) : random.nextDouble(0, 1);
                case 2 -> random.nextInt(5) - 2.0;
                case 3 -> i * 0.5;
                case 4 -> -i * 0.25;
                case 5 -> 0.3;
                default -> SPECIALS[random.nextInt(SPECIALS.length)];
            };
        }
        return values;
    }

    private static double anyNonNaN(SplittableRandom random) {
        double d;
        do {
            d = Double.longBitsToDouble(random.nextLong());
        } while (Double.isNaN(d));
        return d;
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
