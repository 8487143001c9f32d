package io.tranchelab.ui.metrics;

import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.format.Formats;

/**
 * One tranche's metrics as the table shows them: numbers only, each column's unit in its
 * header (percent, years), so a column never mixes units and every cell is short.
 */
public record MetricsRow(
        String tranche,
        String expectedLoss,
        String probabilityOfLoss,
        String var,
        String es,
        String irrMean,
        String irrs,
        String cashMultiple,
        String maxDrawdown,
        String wal,
        String rating) {

    public static MetricsRow of(TrancheMetrics m) {
        return new MetricsRow(m.name(),
                Formats.percentNumber(m.expectedLoss(), 2) + " \u00b1 "
                        + Formats.percentNumber(m.expectedLossStandardError(), 2),
                Formats.percentNumber(m.probabilityOfLoss(), 2),
                points(m.var95(), m.var99()),
                points(m.es95(), m.es99()),
                Formats.ratePerYearNumber(m.irrMean(), 2),
                rates(m.irr5(), m.irr50(), m.irr95()),
                Formats.ratePerYearNumber(m.returnMean(), 2),
                points(m.maxDrawdownMean(), m.maxDrawdown95()),
                String.format(java.util.Locale.US, "%.2f", m.weightedAverageLife()), m.impliedRating());
    }

    /** Several returns a year in one dense cell, unit in the header: "4.0 / 4.1 / 4.3". */
    static String rates(double... fractions) {
        StringBuilder out = new StringBuilder();
        for (double f : fractions) {
            out.append(out.length() == 0 ? "" : " / ").append(Formats.ratePerYearNumber(f, 1));
        }
        return out.toString();
    }

    /** Several percentages in one dense cell, unit in the header: "4.0 / 4.1 / 4.3". */
    static String points(double... fractions) {
        StringBuilder out = new StringBuilder();
        for (double f : fractions) {
            out.append(out.length() == 0 ? "" : " / ").append(Formats.percentNumber(f, 1));
        }
        return out.toString();
    }
}
