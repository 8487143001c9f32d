package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Keepers serve unhealthy loans worst health first, loans of equal health in index order
 * (docs/model.md §5.2): the order the book's former insertion sort gave, which the
 * mark's summation order depends on to the bit.
 */
class UnhealthyLoanOrderTest {

    private static int[] sorted(double[] health, int[] loans) {
        int[] queue = loans.clone();
        LoanBookPath.sortByHealth(queue, queue.length, health, new int[queue.length]);
        return queue;
    }

    /** The reference: Java's stable list sort by health, from the order given. */
    private static int[] reference(double[] health, int[] loans) {
        List<Integer> list = new ArrayList<>();
        for (int loan : loans) {
            list.add(loan);
        }
        list.sort(Comparator.comparingDouble(loan -> health[loan]));
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void worstFirstAndTiesInIndexOrder() {
        double[] health = {0.9, 0.5, 0.9, 0.1, 0.5, 0.0};
        assertArrayEquals(new int[] {5, 3, 1, 4, 0, 2}, sorted(health, new int[] {0, 1, 2, 3, 4, 5}));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void generatedBooksSortAsTheStableReference(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int book = 0; book < 50; book++) {
            int borrowers = 1 + random.nextInt(book < 40 ? 300 : 10_000);
            // few distinct values in half the books, so that ties are common
            int distinct = random.nextBoolean() ? 1 + random.nextInt(5) : Integer.MAX_VALUE;
            double[] health = new double[borrowers];
            for (int i = 0; i < borrowers; i++) {
                health[i] = distinct == Integer.MAX_VALUE ? random.nextDouble() : random.nextInt(distinct) / 4.0;
            }
            // the book queues a subset of its loans, in index order
            int[] queued = java.util.stream.IntStream.range(0, borrowers).filter(i -> random.nextInt(3) > 0)
                    .toArray();
            assertArrayEquals(reference(health, queued), sorted(health, queued), "book " + book);
        }
    }

    /** Every count around the switch from the insertion sort to the merge sort, ties and zeros included. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void fewWaitingLoansSortAsTheStableReference(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int count = 0; count <= 3 * LoanBookPath.INSERTION_SORT_LIMIT; count++) {
            for (int book = 0; book < 200; book++) {
                int borrowers = count + 1 + random.nextInt(20);
                int distinct = 1 + random.nextInt(book % 2 == 0 ? 4 : 1_000_000);
                double[] health = new double[borrowers];
                for (int i = 0; i < borrowers; i++) {
                    health[i] = random.nextInt(distinct) / (double) distinct; // 0 included, ties common
                }
                int[] queued = random.ints(0, borrowers).distinct().limit(count).sorted().toArray();
                assertArrayEquals(reference(health, queued), sorted(health, queued), "count " + count);
            }
        }
    }
}
