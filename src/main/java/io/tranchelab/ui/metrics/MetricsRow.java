package io.tranchelab.ui.metrics;

import io.tranchelab.sim.TrancheMetrics;
import io.tranchelab.ui.format.Formats;

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
                Formats.percentShort(m.var95()) + " / " + Formats.percentShort(m.var99()),
                Formats.percentShort(m.es95()) + " / " + Formats.percentShort(m.es99()),
                Formats.percent(m.returnMean()),
                Formats.percentShort(m.return5()) + " / " + Formats.percentShort(m.return50()) + " / "
                        + Formats.percentShort(m.return95()),
                Formats.percentShort(m.maxDrawdownMean()) + " / " + Formats.percentShort(m.maxDrawdown95()),
                Formats.years(m.weightedAverageLife()), m.impliedRating());
    }
}
