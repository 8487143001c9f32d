package io.tranchelab.report;


import java.util.ArrayList;
import java.util.List;

/**
 * The hedge comparison's two tables as CSV, written like {@link MetricsCsv}: RFC 4180, numbers as
 * plain decimals (fractions, not percentages; USD unrounded) so spreadsheets read them as is,
 * names guarded against spreadsheet formulas; each row names the structure, scenario, paths and
 * seed it was computed from.
 */
public final class HedgeCsv {

    static final List<String> TRANCHE_HEADER = List.of("structure", "scenario", "paths", "seed", "tranche",
            "expectedLossUnhedged", "expectedLossHedged", "expectedLossChange", "var99Unhedged", "var99Hedged",
            "var99Change", "maxDrawdownMeanUnhedged", "maxDrawdownMeanHedged", "ratingUnhedged", "ratingHedged");
    static final List<String> COST_HEADER = List.of("structure", "scenario", "paths", "seed", "item", "usdMean",
            "shareOfInitialValue", "shareOfInitialValuePerYear");

    private HedgeCsv() {
    }

    /** One row per tranche, senior first. */
    public static String tranches(HedgeFigures figures) {
        return table(TRANCHE_HEADER, figures, figures.tranches().stream().map(r -> {
            List<String> cells = new ArrayList<>(List.of(MetricsCsv.text(r.name())));
            for (double value : new double[] {r.expectedLossBare(), r.expectedLossHedged(), r.expectedLossChange(),
                r.var99Bare(), r.var99Hedged(), r.var99Change(), r.maxDrawdownBare(), r.maxDrawdownHedged()}) {
                cells.add(MetricsCsv.number(value));
            }
            cells.add(MetricsCsv.text(r.ratingBare()));
            cells.add(MetricsCsv.text(r.ratingHedged()));
            return cells;
        }).toList());
    }

    /** One row per line of the hedge's cost and P&L, in the order shown. */
    public static String costs(HedgeFigures figures) {
        return table(COST_HEADER, figures, figures.costs().stream().map(line -> List.of(MetricsCsv.text(line.label()),
                MetricsCsv.number(line.usd()), MetricsCsv.number(line.shareOfPool()),
                MetricsCsv.number(line.shareOfPoolPerYear()))).toList());
    }

    /** The header, then each row after what the figures were computed from. */
    private static String table(List<String> header, HedgeFigures figures, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        MetricsCsv.line(csv, header);
        for (List<String> cells : rows) {
            List<String> row = provenance(figures);
            row.addAll(cells);
            MetricsCsv.line(csv, row);
        }
        return csv.toString();
    }

    private static List<String> provenance(HedgeFigures f) {
        return new ArrayList<>(List.of(MetricsCsv.text(f.structure()), MetricsCsv.text(f.scenario()),
                Integer.toString(f.paths()), Long.toString(f.seed())));
    }
}
