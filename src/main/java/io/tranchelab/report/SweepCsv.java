package io.tranchelab.report;

import io.tranchelab.batch.SweepResults;
import io.tranchelab.design.ParameterOverride;
import io.tranchelab.design.SweepRow;
import io.tranchelab.design.SweepTable;
import io.tranchelab.io.SweepSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's results as CSV (RFC 4180, as {@link MetricsCsv}): one row per run in the fixed order
 * (structure, variant, scenario, seed), the varied parameters' values, then the metrics as plain
 * decimals that read back to the same doubles, so two equal sweeps give equal files byte for byte.
 */
public final class SweepCsv {

    private SweepCsv() {
    }

    public static String of(SweepResults results) {
        SweepSpec spec = results.plan().spec();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("structure", "variant"));
        spec.axes().forEach(axis -> header.add(axis.pointer()));
        header.addAll(List.of("scenario", "seed"));
        results.plan().metrics().forEach(metric -> header.add(metric.toString()));
        MetricsCsv.line(csv, header.stream().map(MetricsCsv::text).toList());
        for (int s = 0; s < results.tables().size(); s++) {
            String structure = MetricsCsv.text(spec.structures().get(s).file());
            SweepTable table = results.tables().get(s);
            for (SweepRow row : table.rows()) {
                int variant = row.cell().variantIndex();
                List<String> cells = new ArrayList<>(List.of(structure, Integer.toString(variant)));
                for (ParameterOverride override : table.variants().get(variant).overrides()) {
                    cells.add(MetricsCsv.number(override.value()));
                }
                cells.add(MetricsCsv.text(row.cell().scenario()));
                cells.add(Long.toString(row.cell().seed()));
                for (double value : row.values()) {
                    cells.add(MetricsCsv.number(value));
                }
                MetricsCsv.line(csv, cells);
            }
        }
        return csv.toString();
    }
}
