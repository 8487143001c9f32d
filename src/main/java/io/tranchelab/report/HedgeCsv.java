package io.tranchelab.report;

import io.tranchelab.report.HedgeFigures.CostLine;
import io.tranchelab.report.HedgeFigures.TrancheRow;

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
        StringBuilder csv = new StringBuilder();
        MetricsCsv.line(csv, TRANCHE_HEADER);
        for (TrancheRow r : figures.tranches()) {
            List<String> row = provenance(figures);
            row.add(MetricsCsv.text(r.name()));
            for (double value : new double[] {r.expectedLossBare(), r.expectedLossHedged(), r.expectedLossChange(),
                r.var99Bare(), r.var99Hedged(), r.var99Change(), r.maxDrawdownBare(), r.maxDrawdownHedged()}) {
                row.add(MetricsCsv.number(value));
            }
            row.add(MetricsCsv.text(r.ratingBare()));
            row.add(MetricsCsv.text(r.ratingHedged()));
            MetricsCsv.line(csv, row);
        }
        return csv.toString();
    }

    /** One row per line of the hedge's cost and P&L, in the order shown. */
    public static String costs(HedgeFigures figures) {
        StringBuilder csv = new StringBuilder();
        MetricsCsv.line(csv, COST_HEADER);
        for (CostLine line : figures.costs()) {
            List<String> row = provenance(figures);
            row.add(MetricsCsv.text(line.label()));
            row.add(MetricsCsv.number(line.usd()));
            row.add(MetricsCsv.number(line.shareOfPool()));
            row.add(MetricsCsv.number(line.shareOfPoolPerYear()));
            MetricsCsv.line(csv, row);
        }
        return csv.toString();
    }

    private static List<String> provenance(HedgeFigures f) {
        return new ArrayList<>(List.of(MetricsCsv.text(f.structure()), MetricsCsv.text(f.scenario()),
                Integer.toString(f.paths()), Long.toString(f.seed())));
    }
}
