package io.tranchelab.ui.metrics;

import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.format.Formats;

/** One tranche's metrics as the table shows them. */
public record MetricsRow(
        String tranche,
        String expectedLoss,
        String probabilityOfLoss,
        String var,
        String es,
        String returnMean,
        String returns,
        String maxDrawdown,
        String wal,
        String rating) {

    public static MetricsRow of(TrancheMetrics m) {
        return new MetricsRow(m.name(),
                Formats.percent(m.expectedLoss()) + " \u00b1" + Formats.percent(m.expectedLossStandardError()).replace(" ", ""),
                Formats.percent(m.probabilityOfLoss()),
                points(m.var95(), m.var99()),
                points(m.es95(), m.es99()),
                Formats.percent(m.returnMean()),
                points(m.return5(), m.return50(), m.return95()),
                points(m.maxDrawdownMean(), m.maxDrawdown95()),
                Formats.years(m.weightedAverageLife()), m.impliedRating());
    }

    /** Several percentages in one dense cell: "4.0 / 4.1 / 4.3 %". */
    static String points(double... fractions) {
        StringBuilder out = new StringBuilder();
        for (double f : fractions) {
            out.append(out.length() == 0 ? "" : " / ").append(String.format(java.util.Locale.US, "%.1f", f * 100));
        }
        return out.append(" %").toString();
    }
}
