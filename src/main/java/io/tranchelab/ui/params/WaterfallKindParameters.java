package io.tranchelab.ui.params;

import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.WaterfallKind;
import io.tranchelab.model.WaterfallTerms;

import java.util.ArrayList;
import java.util.List;

/**
 * The waterfall's kind (docs/model.md §7.9) and the kind's own parameters, at the head of the
 * Waterfall group: the rows below the choice are those of the structure's kind.
 */
final class WaterfallKindParameters {

    private WaterfallKindParameters() {
    }

    private static List<String> labels(List<WaterfallKind> kinds) {
        return kinds.stream().map(WaterfallKind::label).toList();
    }

    static List<ParameterSpec> specs(Structure s) {
        List<ParameterSpec> specs = new ArrayList<>();
        List<WaterfallKind> kinds = WaterfallKind.defaults();
        specs.add(new ChoiceSpec("waterfallKind", "Waterfall kind",
                "How cash is split between the tranches. Sequential: coupons senior first, principal senior first."
                        + " Pro-rata: principal to every tranche in proportion until a trigger. The protocol kinds"
                        + " (BarnBridge, Idle, Tinlake, Goldfinch, Pendle) have a senior and a junior, no reserve"
                        + " account and no OC trigger; choosing one sets those to 0. Under every kind but"
                        + " sequential, principal cash is held as cash (at the cash rate the structure has).",
                x -> labels(kinds),
                x -> kinds.get(indexOf(kinds, x.waterfall().kind())).label(),
                (x, label) -> withKind(x, kinds.get(labels(kinds).indexOf(label)))));
        WaterfallKind kind = s.waterfall().kind();
        if (kind instanceof WaterfallKind.ProRata) {
            specs.add(NumberSpec.of("switchCoverage", "Sequential switch", ValueUnit.RATIO, 0, 2,
                    "Principal goes pro rata until the NAV falls below this multiple of the principal"
                            + " outstanding; from then on senior first, for good. 0: never switch.",
                    x -> ((WaterfallKind.ProRata) x.waterfall().kind()).switchCoverage(),
                    (x, v) -> kind(x, new WaterfallKind.ProRata(v))).withSlider(0, 1.2));
        } else if (kind instanceof WaterfallKind.SmartYield) {
            specs.add(NumberSpec.of("gainFee", "Fee on senior gain", ValueUnit.PERCENT, 0, 0.5,
                    "Share of the senior bond's gain the protocol keeps at redemption (BarnBridge: 5 %)."
                            + " The senior's fixed rate is its coupon.",
                    x -> ((WaterfallKind.SmartYield) x.waterfall().kind()).gainFee(),
                    (x, v) -> kind(x, new WaterfallKind.SmartYield(v))).withSlider(0, 0.2));
        } else if (kind instanceof WaterfallKind.PerpetualYield) {
            specs.add(NumberSpec.of("aprSplitRatio", "APR split to senior", ValueUnit.PERCENT, 0, 1,
                    "Share of each step's gain (after the performance fee) that goes to the senior (AA); the"
                            + " junior (BB) gets the rest. Idle's example: 20 %.",
                    x -> perpetual(x).aprSplitRatio(),
                    (x, v) -> kind(x, new WaterfallKind.PerpetualYield(v, perpetual(x).lossTolerance(),
                            perpetual(x).performanceFee()))).withSlider(0, 1));
            specs.add(NumberSpec.of("lossTolerance", "Loss tolerance", ValueUnit.PERCENT, 0, 1,
                    "A loss of at most this share of the pool is shared pro rata to the tranches' values;"
                            + " a larger one falls on the junior first.",
                    x -> perpetual(x).lossTolerance(),
                    (x, v) -> kind(x, new WaterfallKind.PerpetualYield(perpetual(x).aprSplitRatio(), v,
                            perpetual(x).performanceFee()))).withSlider(0, 0.1));
            specs.add(NumberSpec.of("performanceFee", "Performance fee", ValueUnit.PERCENT, 0, 0.5,
                    "Share of each gain the protocol keeps before the split (Idle: 10 %).",
                    x -> perpetual(x).performanceFee(),
                    (x, v) -> kind(x, new WaterfallKind.PerpetualYield(perpetual(x).aprSplitRatio(),
                            perpetual(x).lossTolerance(), v))).withSlider(0, 0.3));
        } else if (kind instanceof WaterfallKind.Tinlake) {
            specs.add(NumberSpec.of("minSeniorRatio", "Min senior ratio", ValueUnit.PERCENT, 0, 0.999999,
                    "Lowest senior (DROP) asset / (NAV + reserve); below it the reserve redeems junior (TIN)."
                            + " The DROP rate is the senior's coupon.",
                    x -> tinlake(x).minSeniorRatio(),
                    (x, v) -> kind(x, new WaterfallKind.Tinlake(v, tinlake(x).maxSeniorRatio()))).withSlider(0, 1));
            specs.add(NumberSpec.of("maxSeniorRatio", "Max senior ratio", ValueUnit.PERCENT, 0.000001, 1,
                    "Highest senior (DROP) asset / (NAV + reserve); above it the reserve redeems DROP.",
                    x -> tinlake(x).maxSeniorRatio(),
                    (x, v) -> kind(x, new WaterfallKind.Tinlake(tinlake(x).minSeniorRatio(), v))).withSlider(0, 1));
        } else if (kind instanceof WaterfallKind.Goldfinch) {
            specs.add(NumberSpec.of("protocolFee", "Protocol fee", ValueUnit.PERCENT, 0, 0.5,
                    "Share of all interest the protocol keeps (Goldfinch: 10 %).",
                    x -> goldfinch(x).protocolFee(),
                    (x, v) -> kind(x, new WaterfallKind.Goldfinch(v, goldfinch(x).juniorFee()))).withSlider(0, 0.3));
            specs.add(NumberSpec.of("juniorFee", "Junior fee", ValueUnit.PERCENT, 0, 0.5,
                    "Share of the senior's interest reallocated to the junior (Goldfinch: 20 %). Leverage is"
                            + " the tranches' shares: 4x is senior 80 %, junior 20 %.",
                    x -> goldfinch(x).juniorFee(),
                    (x, v) -> kind(x, new WaterfallKind.Goldfinch(goldfinch(x).protocolFee(), v))).withSlider(0, 0.3));
        }
        return specs;
    }

    private static int indexOf(List<WaterfallKind> kinds, WaterfallKind kind) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).getClass() == kind.getClass()) {
                return i;
            }
        }
        return 0;
    }

    private static Structure kind(Structure s, WaterfallKind kind) {
        return s.withWaterfall(s.waterfall().withKind(kind));
    }

    /**
     * The structure under another kind, with the kind's defaults; every kind but sequential holds
     * principal cash as cash at the structure's cash rate (the other rules are sequential's), and
     * a protocol kind also has no reserve or OC trigger, and a senior without a coupon where the
     * kind splits the income.
     * A structure of more than two tranches is refused by the validator, which says why.
     */
    static Structure withKind(Structure s, WaterfallKind kind) {
        WaterfallTerms w = s.waterfall();
        if (kind instanceof WaterfallKind.Sequential) {
            return s.withWaterfall(w.withKind(kind));
        }
        // every other kind pays principal by its own rules, so only the CASH rule is allowed under
        // it (§7.6); the cash account's rate is the analyst's and is kept
        Reinvestment cash = Reinvestment.NONE.withCashRate(w.reinvestment().cashRate());
        if (kind instanceof WaterfallKind.ProRata) {
            return s.withWaterfall(w.withKind(kind).withReinvestment(cash));
        }
        Structure next = s.withWaterfall(new WaterfallTerms(w.managementFee(), 0, 0, kind, cash));
        boolean seniorHasARate = kind instanceof WaterfallKind.SmartYield || kind instanceof WaterfallKind.Tinlake;
        if (!seniorHasARate && !s.tranches().isEmpty() && s.tranches().get(0).coupon() != 0) {
            List<Tranche> tranches = new ArrayList<>(s.tranches());
            tranches.set(0, tranches.get(0).withCoupon(0));
            next = next.withTranches(tranches);
        }
        return next;
    }

    private static WaterfallKind.PerpetualYield perpetual(Structure s) {
        return (WaterfallKind.PerpetualYield) s.waterfall().kind();
    }

    private static WaterfallKind.Tinlake tinlake(Structure s) {
        return (WaterfallKind.Tinlake) s.waterfall().kind();
    }

    private static WaterfallKind.Goldfinch goldfinch(Structure s) {
        return (WaterfallKind.Goldfinch) s.waterfall().kind();
    }
}
