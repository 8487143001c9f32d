package io.tranchelab.report;

import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.Tornado;
import io.tranchelab.design.TornadoBar;

import java.util.ArrayList;
import java.util.List;

/**
 * The design tools' answers as CSV, written like {@link MetricsCsv}: RFC 4180, numbers as plain
 * decimals in the parameter's or metric's own unit (fractions, not percentages), names guarded
 * against spreadsheet formulas.
 */
public final class DesignCsv {

    static final List<String> TORNADO_HEADER = List.of("rank", "pointer", "parameter", "baseInput", "lowInput",
            "highInput", "metric", "base", "lowValue", "highValue", "swing", "lowClipped", "highClipped");
    static final List<String> MAP_HEADER = List.of("xPointer", "x", "yPointer", "y", "metric", "value",
            "targetHolds");

    private DesignCsv() {
    }

    /** One row per bar, largest swing first. */
    public static String of(Tornado tornado) {
        StringBuilder csv = new StringBuilder();
        MetricsCsv.line(csv, TORNADO_HEADER);
        int rank = 1;
        for (TornadoBar bar : tornado.bars()) {
            MetricsCsv.line(csv, List.of(Integer.toString(rank++), MetricsCsv.text(bar.pointer()), MetricsCsv.text(bar.label()),
                    MetricsCsv.number(bar.baseInput()), MetricsCsv.number(bar.lowInput()),
                    MetricsCsv.number(bar.highInput()), MetricsCsv.text(tornado.metric().toString()),
                    MetricsCsv.number(tornado.base()), MetricsCsv.number(bar.lowValue()),
                    MetricsCsv.number(bar.highValue()), MetricsCsv.number(bar.swing()),
                    Boolean.toString(bar.lowClipped()), Boolean.toString(bar.highClipped())));
        }
        return csv.toString();
    }

    /** One row per grid point, y by y and x by x within; a point not computed has an empty value. */
    public static String of(AlignmentGrid grid) {
        StringBuilder csv = new StringBuilder();
        MetricsCsv.line(csv, MAP_HEADER);
        for (int j = 0; j < grid.y().count(); j++) {
            for (int i = 0; i < grid.x().count(); i++) {
                double v = grid.value(i, j);
                List<String> row = new ArrayList<>(List.of(MetricsCsv.text(grid.x().pointer()),
                        MetricsCsv.number(grid.x().value(i)), MetricsCsv.text(grid.y().pointer()),
                        MetricsCsv.number(grid.y().value(j)), MetricsCsv.text(grid.metric().toString()),
                        Double.isNaN(v) ? "" : MetricsCsv.number(v)));
                row.add(grid.target() == null || Double.isNaN(v) ? "" : Boolean.toString(grid.target().holds(v)));
                MetricsCsv.line(csv, row);
            }
        }
        return csv.toString();
    }
}
