package io.tranchelab.chart;

import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waterfall period labels thin out with the width, so they never run together ("1m2m3m"). */
class PeriodAxisTest {

    private static PeriodAxis twelveMonths() {
        List<String> labels = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            labels.add(m + "m");
        }
        PeriodAxis axis = new PeriodAxis();
        axis.setLabels(labels);
        return axis;
    }

    private static int every(PeriodAxis axis, double width) {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        axis.fitTo(width, g2);
        g2.dispose();
        return axis.labelEvery();
    }

    @Test
    void aNarrowPlotLabelsEveryFewPeriodsAndAWideOneEveryPeriod() {
        PeriodAxis axis = twelveMonths();
        assertEquals(1, every(axis, 900), "wide: every month");
        int narrow = every(axis, 180);
        assertTrue(narrow >= 2, "180 px for 12 labels of about 20 px each: " + narrow);
        java.awt.FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
                .getFontMetrics(axis.getTickLabelFont());
        assertTrue(180.0 / 12 * narrow > metrics.stringWidth("12m"), "shown labels have room");
        assertTrue(((java.awt.Color) axis.getTickLabelPaint("12m")).getAlpha() > 0, "the horizon is labelled");
        int visible = 0;
        for (int m = 1; m <= 12; m++) {
            visible += ((java.awt.Color) axis.getTickLabelPaint(m + "m")).getAlpha() > 0 ? 1 : 0;
        }
        assertEquals((int) Math.ceil(12.0 / narrow), visible, "one label every " + narrow + " periods");
    }
}
