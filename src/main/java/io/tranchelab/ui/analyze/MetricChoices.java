package io.tranchelab.ui.analyze;

import io.tranchelab.design.Measure;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;

import java.util.ArrayList;
import java.util.List;

/**
 * The metrics the Analyze window offers: each tranche's loss and return figures (most senior
 * first), then the pool's bad debt and credit loss. The design package reads more; these are the
 * ones an analyst designs a structure against.
 */
final class MetricChoices {

    static final List<Measure> TRANCHE = List.of(Measure.EL, Measure.P_LOSS, Measure.VAR_99, Measure.ES_99,
            Measure.RETURN_5, Measure.RETURN_50, Measure.MAX_DRAWDOWN);
    static final List<Measure> POOL = List.of(Measure.P_BAD_DEBT, Measure.EXPECTED_BAD_DEBT,
            Measure.EXPECTED_CREDIT_LOSS);

    private MetricChoices() {
    }

    static List<MetricSpec> of(Structure structure) {
        List<MetricSpec> out = new ArrayList<>();
        for (Tranche t : structure.tranches()) {
            for (Measure m : TRANCHE) {
                out.add(MetricSpec.tranche(t.name(), m));
            }
        }
        for (Measure m : POOL) {
            out.add(MetricSpec.pool(m));
        }
        return List.copyOf(out);
    }

    /** What the picker shows: "Senior EL (%)". */
    static String label(MetricSpec metric) {
        return metric == null ? "" : metric.label() + " (" + metric.unit().symbol() + ")";
    }
}
