package io.tranchelab.ui.params;

import io.tranchelab.model.Structure;
import io.tranchelab.ui.edit.StructureEdits;
import io.tranchelab.ui.edit.TrancheEdits;

import java.util.ArrayList;
import java.util.List;

/** A tranche's share and coupon; the equity (last) tranche has no coupon. */
final class TrancheParameters {

    private TrancheParameters() {
    }

    static ParameterGroup group(Structure s, int index) {
        boolean equity = index == s.tranches().size() - 1;
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(NumberSpec.of("share", "Share", ValueUnit.PERCENT, TrancheEdits.MIN_SHARE, 1 - TrancheEdits.MIN_SHARE,
                "Share of the pool's initial value this tranche's principal takes. The tranche "
                        + (equity ? "above" : "below") + " it gives or takes the difference, so shares sum to 100 %.",
                x -> x.tranches().get(index).share(),
                (x, v) -> x.withTranches(TrancheEdits.resize(x.tranches(), index, v))));
        if (!equity) {
            specs.add(NumberSpec.of("coupon", "Coupon", ValueUnit.PERCENT, 0, 1,
                    "Yearly coupon on principal outstanding, paid in order of seniority from each step's cash;"
                            + " a shortfall draws on the reserve, then is carried as owed.",
                    x -> x.tranches().get(index).coupon(),
                    (x, v) -> StructureEdits.replaceTranche(x, index, t -> t.withCoupon(v))).withSlider(0, 0.3));
        }
        String title = equity ? "Tranche (equity: takes the residual)" : "Tranche";
        return new ParameterGroup(title, specs);
    }
}
