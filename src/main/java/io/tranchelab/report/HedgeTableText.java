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

    /** A column of the tranche table: a measure ({@code group}) and which run, or the change, it shows. */
    public record Column(String group, String name) {

        /** "EL unhedged", or the group alone for a column without a run ("Tranche"). */
        public String header() {
            return name.isEmpty() ? group : group + " " + name;
        }
    }

    public static final List<Column> TRANCHE_COLUMNS = List.of(new Column("Tranche", ""),
            new Column("EL", "unhedged"), new Column("EL", "hedged"), new Column("EL", "change"),
            new Column("VaR 99", "unhedged"), new Column("VaR 99", "hedged"),
            new Column("Max DD", "unhedged"), new Column("Max DD", "hedged"),
            new Column("Rating", "unhedged"), new Column("Rating", "hedged"));
    public static final List<String> TRANCHE_HEADER = TRANCHE_COLUMNS.stream().map(Column::header).toList();
    public static final List<String> COST_HEADER = List.of("Hedge (mean over paths)", "USD", "% of pool",
            "% of pool a year");

    private HedgeTableText() {
    }

    /** The first of two header rows: each measure's name over its first column ("Tranche", "EL", "", "", "VaR 99", ...). */
    public static List<String> groupRow() {
        List<String> row = new java.util.ArrayList<>();
        for (int c = 0; c < TRANCHE_COLUMNS.size(); c++) {
            String group = TRANCHE_COLUMNS.get(c).group();
            row.add(c > 0 && TRANCHE_COLUMNS.get(c - 1).group().equals(group) ? "" : group);
        }
        return row;
    }

    /** The second header row: which run each column shows ("", "unhedged", "hedged", "change", ...). */
    public static List<String> nameRow() {
        return TRANCHE_COLUMNS.stream().map(Column::name).toList();
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
