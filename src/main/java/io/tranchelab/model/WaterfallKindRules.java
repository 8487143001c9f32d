package io.tranchelab.model;

import java.util.List;

/** Checks a waterfall kind's parameters and what the kind asks of the tranches (docs/model.md §7.9). */
final class WaterfallKindRules {

    static final String AT = "/waterfall/distribution";

    private WaterfallKindRules() {
    }

    static void check(Structure structure, Checks checks) {
        WaterfallKind kind = structure.waterfall().kind();
        if (kind instanceof WaterfallKind.ProRata p) {
            checks.number(AT + "/switchCoverage", p.switchCoverage(), Range.closed(0, 2));
        } else if (kind instanceof WaterfallKind.SmartYield y) {
            checks.number(AT + "/gainFee", y.gainFee(), Range.closed(0, 0.5));
        } else if (kind instanceof WaterfallKind.PerpetualYield p) {
            checks.number(AT + "/aprSplitRatio", p.aprSplitRatio(), Range.closed(0, 1));
            checks.number(AT + "/lossTolerance", p.lossTolerance(), Range.closed(0, 1));
            checks.number(AT + "/performanceFee", p.performanceFee(), Range.closed(0, 0.5));
        } else if (kind instanceof WaterfallKind.Tinlake t) {
            boolean min = checks.number(AT + "/minSeniorRatio", t.minSeniorRatio(), Range.upTo(0, 1));
            boolean max = checks.number(AT + "/maxSeniorRatio", t.maxSeniorRatio(), Range.aboveUpTo(0, 1));
            if (min && max && t.minSeniorRatio() > t.maxSeniorRatio()) {
                checks.report(AT + "/maxSeniorRatio", "is " + Numbers.show(t.maxSeniorRatio())
                        + ", below minSeniorRatio " + Numbers.show(t.minSeniorRatio())
                        + "; the senior ratio's band must not be empty");
            }
        } else if (kind instanceof WaterfallKind.Goldfinch g) {
            boolean protocol = checks.number(AT + "/protocolFee", g.protocolFee(), Range.closed(0, 0.5));
            boolean junior = checks.number(AT + "/juniorFee", g.juniorFee(), Range.closed(0, 0.5));
            if (protocol && junior && g.protocolFee() + g.juniorFee() >= 1) {
                checks.report(AT + "/juniorFee", "with protocolFee leaves the senior no interest;"
                        + " the two must sum to less than 1");
            }
        }
        if (kind instanceof WaterfallKind.Sequential || kind instanceof WaterfallKind.ProRata) {
            return;
        }
        checkTwoTrancheKind(structure, kind, checks);
    }

    /** The protocol kinds split a pool between a senior and a junior, with no reserve account or OC trigger of ours. */
    private static void checkTwoTrancheKind(Structure structure, WaterfallKind kind, Checks checks) {
        List<Tranche> tranches = structure.tranches();
        if (tranches.size() != 2) {
            checks.report("/tranches", tranches.size() + " tranches; the " + kind.label()
                    + " waterfall has exactly two, a senior and a junior");
        }
        WaterfallTerms w = structure.waterfall();
        if (w.reserveTarget() != 0) {
            checks.report("/waterfall/reserveTarget", "is " + Numbers.show(w.reserveTarget()) + "; the "
                    + kind.label() + " waterfall has no reserve account of this kind, so it must be 0");
        }
        if (w.ocThreshold() != 0) {
            checks.report("/waterfall/ocThreshold", "is " + Numbers.show(w.ocThreshold()) + "; the "
                    + kind.label() + " waterfall has no OC trigger, so it must be 0");
        }
        boolean seniorHasARate = kind instanceof WaterfallKind.SmartYield || kind instanceof WaterfallKind.Tinlake;
        if (!seniorHasARate && !tranches.isEmpty() && tranches.get(0).coupon() != 0) {
            checks.report("/tranches/0/coupon", "is " + Numbers.show(tranches.get(0).coupon()) + "; under the "
                    + kind.label() + " waterfall the senior's return comes from the split of the income,"
                    + " so its coupon must be 0");
        }
    }
}
