package io.tranchelab.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loss table's own rules (its class comment): one row of yearly losses per rating, each loss
 * in [0, 1], never falling with the horizon, strictly above the better rating's at every horizon;
 * and its interpolation, checked on a two-rating, three-year table whose values are easy to read.
 */
class IdealizedLossTableTest {

    private static final List<String> TWO = List.of("good", "bad");

    private static IdealizedLossTable table(double[]... rows) {
        return new IdealizedLossTable(TWO, rows, "worse");
    }

    private static void refused(String message, double[]... rows) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table(rows));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aWellFormedTableIsKeptWithItsBoundaryValues() {
        // 0 and 1 are allowed losses; a row may stay flat from one year to the next.
        IdealizedLossTable t = table(new double[] {0, 0, 0.5}, new double[] {0.1, 0.1, 1});
        assertEquals(3, t.years());
        assertEquals(List.of("good", "bad"), t.ratings());
        assertEquals("worse", t.worseThanEveryRating());
        assertEquals(0.5, t.loss(0, 3));
        assertEquals(0.1, t.loss(1, 2));
    }

    @Test
    void thresholdIsLinearBetweenYearsScaledBelowOneAndCompoundedBeyondTheLast() {
        IdealizedLossTable t = table(new double[] {0.01, 0.03, 0.06}, new double[] {0.1, 0.2, 0.4});
        assertEquals(0.005, t.threshold(0, 0.5), 1e-15);
        assertEquals(0.1, t.threshold(1, 1), 1e-15);
        assertEquals(0.3, t.threshold(1, 2.5), 1e-15);
        assertEquals(0.4, t.threshold(1, 3), 1e-15);
        // six years: 1 - (1 - 0.4)^(6 / 3) = 0.64
        assertEquals(0.64, t.threshold(1, 6), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> t.threshold(0, 0));
        assertThrows(IllegalArgumentException.class, () -> t.threshold(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> t.threshold(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void malformedShapesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new IdealizedLossTable(List.of(), new double[0][], "worse"));
        refused("one row of losses per rating", new double[] {0.1});
        refused("needs 2 yearly losses", new double[] {0.1, 0.2}, new double[] {0.3});
        refused("needs 0 yearly losses", new double[] {}, new double[] {});
    }

    @Test
    void lossesOutsideZeroToOneOrNotANumberAreRefused() {
        refused("good year 1: loss must be in [0, 1]", new double[] {-0.01}, new double[] {0.5});
        refused("bad year 1: loss must be in [0, 1]", new double[] {0.1}, new double[] {1.01});
        refused("bad year 2: loss must be in [0, 1]", new double[] {0.1, 0.2}, new double[] {0.3, Double.NaN});
    }

    @Test
    void aRowFallingWithTheHorizonIsRefused() {
        refused("bad year 3: cumulative loss falls", new double[] {0.01, 0.02, 0.03}, new double[] {0.2, 0.3, 0.25});
    }

    @Test
    void aWorseRatingMustLoseStrictlyMoreAtEveryHorizon() {
        // equal at year 2 is not enough
        refused("bad year 2: loss must exceed the better rating good's",
                new double[] {0.01, 0.2}, new double[] {0.1, 0.2});
        refused("bad year 1: loss must exceed", new double[] {0.3, 0.4}, new double[] {0.2, 0.5});
    }
}
