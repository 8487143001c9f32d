package io.tranchelab.ui.edit;

import io.tranchelab.model.Tranche;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrancheEditsTest {

    private static final List<Tranche> STACK = List.of(new Tranche("Senior", 0.70, 0.05),
            new Tranche("Mezzanine", 0.20, 0.10), new Tranche("Equity", 0.10, 0.0));

    private static double sum(List<Tranche> tranches) {
        return tranches.stream().mapToDouble(Tranche::share).sum();
    }

    @Test
    void movingTheSeniorBoundaryDownGrowsTheSeniorAndShrinksTheMezzanineOnly() {
        List<Tranche> moved = TrancheEdits.moveBoundary(STACK, 0, 0.75);
        assertEquals(0.75, moved.get(0).share(), 1e-12);
        assertEquals(0.15, moved.get(1).share(), 1e-12);
        assertEquals(STACK.get(2), moved.get(2));
    }

    @Test
    void aBoundaryStopsOneMinimumShareShortOfItsNeighbour() {
        List<Tranche> moved = TrancheEdits.moveBoundary(STACK, 0, 2.0);
        assertEquals(0.01, moved.get(1).share(), 1e-12);
        assertEquals(0.89, moved.get(0).share(), 1e-12);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void anySequenceOfBoundaryMovesKeepsSharesSummingToOneAndAboveTheMinimum(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Tranche> stack = STACK;
        for (int i = 0; i < 500; i++) {
            int action = random.nextInt(4);
            int pick = random.nextInt(stack.size());
            if (action == 0 && stack.size() < 8 && TrancheEdits.canSplit(stack, pick)) {
                stack = TrancheEdits.split(stack, pick);
            } else if (action == 1 && TrancheEdits.canRemove(stack, 0)) {
                stack = TrancheEdits.remove(stack, random.nextInt(stack.size() - 1));
            } else if (action == 2) {
                stack = TrancheEdits.resize(stack, random.nextInt(stack.size()), random.nextDouble());
            } else {
                stack = TrancheEdits.moveBoundary(stack, random.nextInt(stack.size() - 1), random.nextDouble() * 1.2 - 0.1);
            }
            assertEquals(1.0, sum(stack), 1e-9, "after step " + i);
            stack.forEach(t -> assertTrue(t.share() >= TrancheEdits.MIN_SHARE - 1e-12, t.toString()));
            assertEquals("Equity", stack.get(stack.size() - 1).name(), "the equity stays last");
        }
    }

    @Test
    void splittingTheEquityInsertsAMezzanineAboveItWithAHigherCoupon() {
        List<Tranche> split = TrancheEdits.split(STACK, 2);
        assertEquals(4, split.size());
        assertEquals("Equity", split.get(3).name());
        assertEquals(0.05, split.get(2).share(), 1e-12);
        assertEquals(0.12, split.get(2).coupon(), 1e-12);
    }

    @Test
    void removingATrancheGivesItsShareToTheOneBelow() {
        List<Tranche> removed = TrancheEdits.remove(STACK, 1);
        assertEquals(List.of("Senior", "Equity"), removed.stream().map(Tranche::name).toList());
        assertEquals(0.30, removed.get(1).share(), 1e-12);
    }

    @Test
    void theEquityCannotBeRemovedOrMovedAndTwoTranchesAreTheMinimum() {
        assertFalse(TrancheEdits.canRemove(STACK, 2));
        assertFalse(TrancheEdits.canMove(STACK, 1, 1));
        assertFalse(TrancheEdits.canMove(STACK, 2, -1));
        assertFalse(TrancheEdits.canRemove(new ArrayList<>(STACK.subList(1, 3)), 0));
        assertTrue(TrancheEdits.canMove(STACK, 1, -1));
        assertEquals(List.of("Mezzanine", "Senior", "Equity"),
                TrancheEdits.move(STACK, 1, -1).stream().map(Tranche::name).toList());
    }
}
