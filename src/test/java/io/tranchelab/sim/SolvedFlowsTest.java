package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lanes that share a solve ({@link Irr}: equal flows within a group, or flows the thread solved
 * before, {@link SolvedFlows}) get the very bits they get alone. The reference is each lane solved
 * by itself with a new solver and an empty cache, where nothing can be shared.
 */
class SolvedFlowsTest {

    /**
     * Tranches solved together (one group's, {@link PathStatistics#irr}) each get the rates they
     * get alone, and a tranche never takes another's rate for the same flows: its principal differs.
     * Several tranches hold the very same vectors here, some of them in every group.
     */
    @Test
    void tranchesSolvedTogetherGetTheirOwnRatesAlsoForTheSameFlows() {
        SplittableRandom random = new SplittableRandom(29);
        int dates = 30;
        double spacing = 1.0 / 30;
        double[] principals = {100, 60, 100, 25};
        Irr irr = new Irr();
        SolvedFlows[] solved = new SolvedFlows[principals.length];
        for (int t = 0; t < solved.length; t++) {
            solved[t] = new SolvedFlows();
        }
        double[] shared = randomFlows(random, dates, 80, 1);
        for (int group = 0; group < 20; group++) {
            int lanes = 1 + random.nextInt(64);
            double[][][] latestFirst = new double[principals.length][lanes][];
            for (int l = 0; l < lanes; l++) {
                double[] lane = random.nextInt(3) == 0 ? shared.clone()
                        : randomFlows(random, dates, 80, random.nextInt(9));
                for (int t = 0; t < principals.length; t++) {
                    double[] flows = t == 3 ? randomFlows(random, dates, 25, random.nextInt(9)) : lane; // 0-2: the same
                    latestFirst[t][l] = new double[dates];
                    for (int j = 0; j < dates; j++) {
                        latestFirst[t][l][dates - 1 - j] = flows[j];
                    }
                }
            }
            double[][] together = new double[principals.length][lanes];
            double[] flat = new double[principals.length * lanes * dates];
            for (int t = 0; t < principals.length; t++) {
                for (int l = 0; l < lanes; l++) {
                    System.arraycopy(latestFirst[t][l], 0, flat, (t * lanes + l) * dates, dates);
                }
            }
            irr.annual(principals, flat, principals.length, lanes, dates, spacing, spacing, together, solved);
            for (int t = 0; t < principals.length; t++) {
                for (int l = 0; l < lanes; l++) {
                    double[] inDateOrder = new double[dates];
                    for (int j = 0; j < dates; j++) {
                        inDateOrder[j] = latestFirst[t][l][dates - 1 - j];
                    }
                    double alone = Irr.annual(principals[t], inDateOrder, 0, dates, spacing, spacing);
                    assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(together[t][l]),
                            "group " + group + " tranche " + t + " lane " + l + ": " + alone + " alone, "
                                    + together[t][l] + " together");
                }
            }
        }
        assertTrue(irr.foundSolved > 0, "tranches found vectors solved in earlier groups: " + irr.foundSolved);
    }

    @Test
    void lanesThatRepeatFlowsGetTheRatesTheyGetAlone() {
        SplittableRandom random = new SplittableRandom(13);
        int dates = 40;
        double principal = 100;
        double spacing = 1.0 / 40;
        Irr irr = new Irr();
        SolvedFlows solved = new SolvedFlows();
        double[][] common = new double[6][]; // vectors that recur from group to group
        for (int c = 0; c < common.length; c++) {
            common[c] = randomFlows(random, dates, principal, c);
        }
        for (int group = 0; group < 60; group++) {
            int lanes = group == 0 ? 64 : 1 + random.nextInt(64);
            double[][] byDate = new double[dates][lanes];
            for (int l = 0; l < lanes; l++) {
                double[] lane = switch (random.nextInt(6)) {
                    case 0, 1 -> common[random.nextInt(common.length)].clone();
                    case 2 -> l > 0 ? column(byDate, random.nextInt(l)) : randomFlows(random, dates, principal, 7);
                    default -> randomFlows(random, dates, principal, random.nextInt(9));
                };
                int change = random.nextInt(8);
                int at = random.nextInt(dates);
                if (change == 0) { // one ulp away from the vector it copies
                    lane[at] = Math.nextUp(lane[at]);
                } else if (change == 1 && lane[at] == 0) { // the other zero
                    lane[at] = Double.doubleToRawLongBits(lane[at]) == 0 ? -0.0 : 0.0;
                } else if (change == 2) { // the same flows a date later
                    System.arraycopy(lane, 0, lane, 1, dates - 1);
                    lane[0] = 0;
                }
                for (int j = 0; j < dates; j++) {
                    byDate[j][l] = lane[j];
                }
            }
            double[] together = new double[lanes];
            irr.annual(principal, byDate, lanes, dates, spacing, spacing, together, solved);
            for (int l = 0; l < lanes; l++) {
                double alone = Irr.annual(principal, column(byDate, l), 0, dates, spacing, spacing);
                assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(together[l]),
                        "group " + group + " lane " + l + ": " + alone + " alone, " + together[l] + " together");
            }
        }
        assertTrue(irr.sharedInGroup > 100, "lanes that shared a solve in their group: " + irr.sharedInGroup);
        assertTrue(irr.foundSolved > 100, "rates found in the cache: " + irr.foundSolved);
    }

    /**
     * The zeros a Horner sum starts with (the first dates' when the flows add up to less than the
     * principal) are no flow, of either sign: those lanes share a solve, and get their own bits.
     */
    @Test
    void leadingZerosOfEitherSignShareASolve() {
        int dates = 5;
        double[][] byDate = new double[dates][3];
        double[] flows = {0, 0, 30, 40, 20};
        for (int j = 0; j < dates; j++) {
            byDate[j][0] = flows[j];
            byDate[j][1] = flows[j];
            byDate[j][2] = flows[j];
        }
        byDate[0][1] = -0.0;
        byDate[1][2] = -0.0;
        Irr irr = new Irr();
        double[] rates = new double[3];
        irr.annual(100, byDate, 3, dates, 0.25, 0.25, rates, new SolvedFlows());
        assertEquals(1, irr.solvedVectors);
        assertEquals(2, irr.sharedInGroup);
        for (int l = 0; l < 3; l++) {
            double alone = Irr.annual(100, column(byDate, l), 0, dates, 0.25, 0.25);
            assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(rates[l]));
        }
    }

    /** A zero of the other sign after the first flow, or a flow one ulp away, is another vector. */
    @Test
    void anyOtherBitIsAnotherVector() {
        int dates = 4;
        double[][] byDate = {{10, 10, 10}, {0, -0.0, 0}, {50, 50, Math.nextUp(50.0)}, {60, 60, 60}};
        Irr irr = new Irr();
        double[] rates = new double[3];
        irr.annual(100, byDate, 3, dates, 0.5, 0.5, rates, new SolvedFlows());
        assertEquals(3, irr.solvedVectors);
        assertEquals(0, irr.sharedInGroup);
    }

    /**
     * Flows with the same total, cash-weighted time and first date (so the same hash bucket in
     * {@link Irr}'s search for an earlier equal lane) but different flows are different vectors,
     * each solved; a repeat of either, anywhere in the bucket's chain, shares its own one's solve.
     * At dates 1, 2, 3, 4: {@code 30, 30, 0, 30} and {@code 30, 0, 60, 0} both total 90 (below
     * the principal: their sums take them in date order, both from the first date) with 210
     * cash-years, all exact.
     */
    @Test
    void flowsAlikeInTotalTimeAndStartAreStillTwoVectors() {
        double[][] vectors = {{30, 30, 0, 30}, {30, 0, 60, 0}};
        int[] lanesVector = {0, 1, 1, 0, 1, 0, 0};
        int dates = 4;
        double[][] byDate = new double[dates][lanesVector.length];
        for (int l = 0; l < lanesVector.length; l++) {
            for (int j = 0; j < dates; j++) {
                byDate[j][l] = vectors[lanesVector[l]][j];
            }
        }
        Irr irr = new Irr();
        double[] rates = new double[lanesVector.length];
        irr.annual(100, byDate, lanesVector.length, dates, 1, 1, rates, new SolvedFlows());
        assertEquals(2, irr.solvedVectors);
        assertEquals(lanesVector.length - 2, irr.sharedInGroup);
        double first = Irr.annual(100, vectors[0], 0, dates, 1, 1);
        double second = Irr.annual(100, vectors[1], 0, dates, 1, 1);
        assertTrue(first != second, first + " vs " + second);
        for (int l = 0; l < lanesVector.length; l++) {
            double alone = lanesVector[l] == 0 ? first : second;
            assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(rates[l]), "lane " + l);
        }
    }

    /**
     * Every lane of a group losing money (flows below the principal: each is copied in date order):
     * the copies grow in doublings of 11, 22, 44, ... flows but stop at one copy of each of the 37
     * lanes, 407 flows, the room RunMemory counts; and each lane still gets the rate it gets alone.
     */
    @Test
    void copiesOfLosingLanesTakeOneCopyOfEachLaneAtMost() {
        int lanes = 37;
        int dates = 11;
        SplittableRandom random = new SplittableRandom(41);
        double[][] byDate = new double[dates][lanes];
        for (int j = 0; j < dates; j++) {
            for (int l = 0; l < lanes; l++) {
                byDate[j][l] = 1 + 5 * random.nextDouble(); // at most 66 in all, below 100
            }
        }
        Irr irr = new Irr();
        double[] rates = new double[lanes];
        irr.annual(100, byDate, lanes, dates, 0.5, 0.5, rates, new SolvedFlows());
        assertEquals(lanes * dates, irr.copiesCapacity());
        for (int l = 0; l < lanes; l++) {
            double alone = Irr.annual(100, column(byDate, l), 0, dates, 0.5, 0.5);
            assertTrue(alone < 0, "a losing lane: " + alone);
            assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(rates[l]), "lane " + l);
        }
    }

    /** A cache kept for one principal (or dates) answers nothing for another. */
    @Test
    void anotherProblemEmptiesTheCache() {
        int dates = 3;
        double[][] byDate = {{10, 10}, {20, 20}, {90, 90}};
        SolvedFlows solved = new SolvedFlows();
        Irr irr = new Irr();
        double[] rates = new double[2];
        irr.annual(100, byDate, 2, dates, 1, 1, rates, solved); // repeated in its group: remembered
        irr.annual(100, byDate, 2, dates, 1, 1, rates, solved);
        assertEquals(2, irr.foundSolved);
        double[][] problems = {{110, 1, 1}, {100, 0.5, 1}, {100, 1, 0.5}};
        for (double[] p : problems) {
            irr.annual(p[0], byDate, 2, dates, p[1], p[2], rates, solved);
            assertEquals(2, irr.foundSolved, "principal " + p[0] + " first " + p[1] + " spacing " + p[2]);
            double alone = Irr.annual(p[0], new double[] {10, 20, 90}, 0, dates, p[1], p[2]);
            assertEquals(Double.doubleToRawLongBits(alone), Double.doubleToRawLongBits(rates[0]));
            irr.annual(100, byDate, 2, dates, 1, 1, rates, solved); // back: the first problem is solved again
        }
        irr.annual(100, new double[][] {{10, 10}, {20, 20}}, 2, 2, 1, 1, rates, solved); // fewer dates
        assertEquals(Double.doubleToRawLongBits(Irr.annual(100, new double[] {10, 20}, 0, 2, 1, 1)),
                Double.doubleToRawLongBits(rates[0]));
    }

    /** Full, the cache lets go of the entry used longest ago; a found entry counts as used. */
    @Test
    void theEntryUsedLongestAgoMakesRoom() {
        SolvedFlows solved = new SolvedFlows();
        solved.forProblem(100, 2, 1, 1);
        double[][] vectors = new double[SolvedFlows.CAPACITY + 1][];
        for (int v = 0; v < vectors.length; v++) {
            vectors[v] = new double[] {v + 1, 100};
        }
        for (int v = 0; v < SolvedFlows.CAPACITY; v++) {
            solved.remember(vectors[v], 0, 0, v + 101, 2 * v + 201, v);
        }
        assertEquals(0, solved.find(vectors[0], 0, 0, 101, 201)); // every entry but 1 used again: 1 is now the oldest
        for (int v = 2; v < SolvedFlows.CAPACITY; v++) {
            assertEquals(v, solved.find(vectors[v], 0, 0, v + 101, 2 * v + 201));
        }
        solved.remember(vectors[SolvedFlows.CAPACITY], 0, 0, 999, 999, 99);
        assertEquals(-1, solved.find(vectors[1], 0, 0, 102, 203));
        assertEquals(0, solved.find(vectors[0], 0, 0, 101, 201));
        for (int v = 2; v < SolvedFlows.CAPACITY; v++) {
            int e = solved.find(vectors[v], 0, 0, v + 101, 2 * v + 201);
            assertEquals(v, solved.rate(e));
        }
        assertEquals(99, solved.rate(solved.find(vectors[SolvedFlows.CAPACITY], 0, 0, 999, 999)));
        // the same flows under other sums or another start are not found
        assertEquals(-1, solved.find(vectors[2], 0, 0, 104, 205));
        assertEquals(-1, solved.find(vectors[2], 0, 0, 103, 206));
        assertEquals(-1, solved.find(vectors[2], 0, 1, 103, 205));
        assertEquals(-1, solved.find(new double[] {3, 101}, 0, 0, 103, 205));
    }

    /** Flows are read from where they start in the array given, when kept and when looked up. */
    @Test
    void flowsAreTakenFromTheirOffset() {
        SolvedFlows solved = new SolvedFlows();
        solved.forProblem(100, 2, 1, 1);
        solved.remember(new double[] {7, 7, 3, 100, 7}, 2, 0, 103, 205, 0.25);
        assertEquals(0.25, solved.rate(solved.find(new double[] {3, 100}, 0, 0, 103, 205)));
        assertEquals(0.25, solved.rate(solved.find(new double[] {9, 9, 9, 3, 100}, 3, 0, 103, 205)));
        assertEquals(-1, solved.find(new double[] {9, 3, 100, 9, 9}, 3, 0, 103, 205));
        assertEquals(-1, solved.find(new double[] {9, 9, 9, 3, 100}, 2, 0, 103, 205));
    }

    private static double[] column(double[][] byDate, int l) {
        double[] lane = new double[byDate.length];
        for (int j = 0; j < byDate.length; j++) {
            lane[j] = byDate[j][l];
        }
        return lane;
    }

    /** Flows of several shapes: paid on schedule, nothing, a late start, an early end, past the cap, a crumb. */
    private static double[] randomFlows(SplittableRandom random, int dates, double principal, int kind) {
        double[] flows = new double[dates];
        double scale = principal * random.nextDouble(0.05, 2.5) / dates;
        int from = kind == 1 ? random.nextInt(dates) : 0;
        int to = kind == 2 ? 1 + random.nextInt(dates) : dates;
        for (int j = from; j < to; j++) {
            flows[j] = random.nextInt(3) == 0 ? 0 : scale * random.nextDouble(0, 2);
        }
        if (kind == 3) {
            java.util.Arrays.fill(flows, 0);
        } else if (kind == 4) {
            java.util.Arrays.fill(flows, 0);
            flows[random.nextInt(dates)] = principal;
        } else if (kind == 5) {
            flows[random.nextInt(3)] += 1e9 * principal;
        } else if (kind == 6) {
            java.util.Arrays.fill(flows, 0);
            flows[dates - 1] = 1e-12;
        } else if (kind == 7) { // the coupon every date and the principal at the end
            java.util.Arrays.fill(flows, principal * 0.05 / dates);
            flows[dates - 1] += principal;
        }
        return flows;
    }
}
