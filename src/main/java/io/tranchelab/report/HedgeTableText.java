package io.tranchelab.report;

import io.tranchelab.format.Formats;
import io.tranchelab.report.HedgeFigures.CostLine;
import io.tranchelab.report.HedgeFigures.TrancheRow;

import java.util.List;

/**
 * The hedge comparison's tables as text, through the app's one number format, so that the
 * workbench window, the report's page and the slide show the same cells under the same headers.
 * One unit per column: tranche figures are percent of the tranche's principal, the hedge's lines
 * USD, percent of the pool's initial value and that percent a year.
 */
public final class HedgeTableText {

    public static final List<String> TRANCHE_HEADER = List.of("Tranche", "EL unhedged", "EL hedged", "\u0394EL",
            "VaR 99 unhedged", "VaR 99 hedged", "Max DD unhedged", "Max DD hedged", "Rating unhedged",
            "Rating hedged");
    public static final List<String> COST_HEADER = List.of("Hedge (mean over paths)", "USD", "% of pool",
            "% of pool a year");

    private HedgeTableText() {
    }

    public static List<String> cells(TrancheRow r) {
        return List.of(r.name(), Formats.percent(r.expectedLossBare()), Formats.percent(r.expectedLossHedged()),
                signed(r.expectedLossChange()), Formats.percent(r.var99Bare()), Formats.percent(r.var99Hedged()),
                Formats.percent(r.maxDrawdownBare()), Formats.percent(r.maxDrawdownHedged()), r.ratingBare(),
                r.ratingHedged());
    }

    public static List<String> cells(CostLine line) {
        return List.of(line.label(), Formats.money(line.usd()), Formats.percent(line.shareOfPool()),
                Formats.ratePerYear(line.shareOfPoolPerYear()));
    }

    /** A change with its sign: "+0.42 %", "-11.33 %", "0.00 %". */
    public static String signed(double fraction) {
        return (fraction > 0 ? "+" : "") + Formats.percent(fraction);
    }
}
