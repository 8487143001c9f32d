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

    /** The tranche that gives or takes the difference when tranche {@code index} is resized. */
    static int neighbour(Structure s, int index) {
        return index < s.tranches().size() - 1 ? index + 1 : index - 1;
    }

    /**
     * The real bounds of a typed share: the neighbour keeps at least the minimum share, so this
     * tranche can take at most what the two hold together less that minimum. Refused, not clamped.
     */
    static String shareLimit(Structure s, int index, double share) {
        if (s.tranches().size() < 2) {
            return "cannot change: a single tranche holds the whole pool";
        }
        int other = neighbour(s, index);
        double pair = s.tranches().get(index).share() + s.tranches().get(other).share();
        double max = pair - TrancheEdits.MIN_SHARE;
        if (share >= TrancheEdits.MIN_SHARE - 1e-12 && share <= max + 1e-12) {
            return null;
        }
        return "must be between " + ValueUnit.PERCENT.format(TrancheEdits.MIN_SHARE) + " and "
                + ValueUnit.PERCENT.format(max) + ": " + s.tranches().get(other).name() + " ("
                + ValueUnit.PERCENT.format(s.tranches().get(other).share()) + ") gives or takes the difference and"
                + " keeps at least " + ValueUnit.PERCENT.format(TrancheEdits.MIN_SHARE) + ".";
    }

    /** Says which tranche gave or took the difference, and its new share. */
    static String shareAdvice(Structure before, int index, double share) {
        int other = neighbour(before, index);
        double was = before.tranches().get(index).share();
        if (Math.abs(share - was) < 1e-12) {
            return null;
        }
        double now = before.tranches().get(other).share() + was - share;
        return before.tranches().get(other).name() + " " + (share > was ? "gave" : "took") + " the difference: "
                + ValueUnit.PERCENT.format(before.tranches().get(other).share()) + " -> "
                + ValueUnit.PERCENT.format(now) + ".";
    }

    static ParameterGroup group(Structure s, int index) {
        boolean equity = index == s.tranches().size() - 1;
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(NumberSpec.of("share", "Share", ValueUnit.PERCENT, TrancheEdits.MIN_SHARE, 1 - TrancheEdits.MIN_SHARE,
                "Share of the pool's initial value this tranche's principal takes. The tranche "
                        + (equity ? "above" : "below") + " it gives or takes the difference, so shares sum to 100 %.",
                x -> x.tranches().get(index).share(),
                (x, v) -> x.withTranches(TrancheEdits.resize(x.tranches(), index, v)))
                .withLimit((x, v) -> shareLimit(x, index, v))
                .withAdvice((x, v) -> shareAdvice(x, index, v)));
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
