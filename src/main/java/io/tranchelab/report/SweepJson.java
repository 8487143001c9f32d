package io.tranchelab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.batch.SweepResults;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.ParameterOverride;
import io.tranchelab.design.SweepRow;
import io.tranchelab.design.SweepTable;
import io.tranchelab.io.SweepSpec;

/**
 * A sweep's results as a JSON tree: the metrics (text, label, unit), the varied pointers, and one
 * row per run in the fixed order of {@link SweepCsv}, its values aligned with the metrics. Jackson
 * writes each double as its shortest exact text, so equal sweeps give equal documents.
 */
public final class SweepJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SweepJson() {
    }

    public static ObjectNode of(SweepResults results) {
        SweepSpec spec = results.plan().spec();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", spec.name());
        root.put("paths", results.plan().paths());
        ArrayNode metrics = root.putArray("metrics");
        for (MetricSpec metric : results.plan().metrics()) {
            metrics.addObject().put("metric", metric.toString()).put("label", metric.label())
                    .put("unit", metric.unit().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode pointers = root.putArray("varied");
        spec.axes().forEach(axis -> pointers.add(axis.pointer()));
        ArrayNode rows = root.putArray("rows");
        for (int s = 0; s < results.tables().size(); s++) {
            SweepTable table = results.tables().get(s);
            for (SweepRow row : table.rows()) {
                ObjectNode out = rows.addObject();
                out.put("structure", spec.structures().get(s).file());
                out.put("variant", row.cell().variantIndex());
                ObjectNode set = out.putObject("overrides");
                for (ParameterOverride override : table.variants().get(row.cell().variantIndex()).overrides()) {
                    set.put(override.pointer(), override.value());
                }
                out.put("scenario", row.cell().scenario());
                out.put("seed", row.cell().seed());
                ArrayNode values = out.putArray("values");
                row.values().forEach(values::add);
            }
        }
        return root;
    }
}
