package io.tranchelab.chart;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LossHistogramTest {

    @Test
    void barsCountOnlyLosingPathsAndSumToTheProbabilityOfLoss() {
        double[] losses = {0, 0, 0, 0, 0, 0, 0.1, 0.2, 0.2, 1.0};
        LossHistogram h = LossHistogram.of(losses, 10);
        assertEquals(0.4, h.probabilityOfLoss(), 1e-12);
        assertEquals(0.4, Arrays.stream(h.frequency()).sum(), 1e-12);
        assertEquals(0.1, h.binWidth(), 1e-12);
        assertEquals(0.1, h.frequency()[1], 1e-12);
        assertEquals(0.2, h.frequency()[2], 1e-12);
        assertEquals(0.1, h.frequency()[9], 1e-12, "the largest loss falls in the last bin");
    }

    @Test
    void noLosingPathGivesAnEmptyHistogram() {
        LossHistogram h = LossHistogram.of(new double[] {0, 0, 0}, 10);
        assertEquals(0, h.probabilityOfLoss());
        assertArrayEquals(new double[0], h.frequency());
    }
}
