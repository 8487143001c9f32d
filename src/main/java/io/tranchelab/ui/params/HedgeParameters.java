package io.tranchelab.ui.params;

import io.tranchelab.model.Hedge;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The hedging overlay's terms (docs/model.md §5.6), one group per hedge: a put
 * programme's ratio, strike, tenor and pricing, or a perpetual short's ratio, band and funding.
 * Ids are prefixed with the hedge's index ("hedge0-strike") so that several hedges' rows differ.
 */
final class HedgeParameters {

    private HedgeParameters() {
    }

    /** Every hedge of the structure, or only those on {@code asset} when it is not null. */
    static List<ParameterGroup> groups(Structure s, String asset) {
        List<ParameterGroup> groups = new ArrayList<>();
        for (int i = 0; i < s.hedges().size(); i++) {
            Hedge hedge = s.hedges().get(i);
            if (asset != null && !asset.equals(hedge.asset())) {
                continue;
            }
            if (hedge instanceof ProtectivePut) {
                groups.add(new ParameterGroup("Hedge: " + hedge.name() + " (puts on " + hedge.asset() + ")", putSpecs(i)));
            } else {
                groups.add(new ParameterGroup("Hedge: " + hedge.name() + " (perp short on " + hedge.asset() + ")",
                        perpSpecs(i)));
            }
        }
        return groups;
    }

    private static List<ParameterSpec> putSpecs(int i) {
        String id = "hedge" + i + "-";
        return List.of(
                NumberSpec.of(id + "hedgeRatio", "Hedge ratio", ValueUnit.PERCENT, 0.0001, 1,
                        "Share of the pool's units of the asset (and of assets pegged to it) the puts cover, sized"
                                + " again at each roll.",
                        x -> put(x, i).hedgeRatio(), (x, v) -> putEdit(x, i, p -> p.withHedgeRatio(v))),
                NumberSpec.of(id + "strike", "Strike", ValueUnit.PERCENT, 0.0001, 2,
                        "Strike as a share of the spot when each put is bought: 100 % is at the money, 75 % pays"
                                + " only below a 25 % fall.",
                        x -> put(x, i).strike(), (x, v) -> putEdit(x, i, p -> p.withStrike(v))).withSlider(0.5, 1.1),
                NumberSpec.of(id + "tenorDays", "Tenor", ValueUnit.DAYS, 1, 3650,
                        "Days from purchase to expiry, rounded to whole steps; the programme buys the next put at"
                                + " each expiry, and the last ends at the horizon.",
                        x -> put(x, i).tenorDays(), (x, v) -> putEdit(x, i, p -> p.withTenorDays(v)))
                        .withSlider(7, 365),
                NumberSpec.of(id + "impliedVolatility", "Implied volatility", ValueUnit.PERCENT, 0.0001, 5,
                        "Yearly implied volatility (the mid) at which Black-Scholes prices the premium.",
                        x -> put(x, i).impliedVolatility(), (x, v) -> putEdit(x, i, p -> p.withImpliedVolatility(v)))
                        .withSlider(0.1, 1.5),
                NumberSpec.of(id + "volatilitySpread", "Volatility spread", ValueUnit.PERCENT, 0, 1,
                        "Volatility points added to the implied volatility to price the premium: the ask over"
                                + " the mid. The premium is paid from income as a waterfall expense, before fees.",
                        x -> put(x, i).volatilitySpread(), (x, v) -> putEdit(x, i, p -> p.withVolatilitySpread(v)))
                        .withSlider(0, 0.2),
                NumberSpec.of(id + "riskFreeRate", "Rate", ValueUnit.PERCENT, 0, 1,
                        "Yearly continuously compounded rate in the Black-Scholes premium.",
                        x -> put(x, i).riskFreeRate(), (x, v) -> putEdit(x, i, p -> p.withRiskFreeRate(v)))
                        .withSlider(0, 0.1));
    }

    private static List<ParameterSpec> perpSpecs(int i) {
        String id = "hedge" + i + "-";
        return List.of(
                NumberSpec.of(id + "hedgeRatio", "Hedge ratio", ValueUnit.PERCENT, 0.0001, 1,
                        "Share of the pool's units of the asset (and of assets pegged to it) the short sells;"
                                + " its P&L goes to a margin account in the NAV, settled at the horizon.",
                        x -> perp(x, i).hedgeRatio(), (x, v) -> perpEdit(x, i, p -> p.withHedgeRatio(v))),
                NumberSpec.of(id + "rebalanceBand", "Rebalance band", ValueUnit.PERCENT, 0, 1,
                        "The short is reset to the hedge ratio when its units over the pool's units drift more"
                                + " than this from it (loss events shrink the pool's units).",
                        x -> perp(x, i).rebalanceBand(), (x, v) -> perpEdit(x, i, p -> p.withRebalanceBand(v)))
                        .withSlider(0, 0.2),
                NumberSpec.of(id + "fundingMean", "Funding mean", ValueUnit.PERCENT, -10, 10,
                        "Yearly mean funding rate shorts receive (negative: they pay). Received funding is"
                                + " income; paid funding is a waterfall expense, before fees.",
                        x -> perp(x, i).fundingMean(), (x, v) -> perpEdit(x, i, p -> p.withFundingMean(v)))
                        .withSlider(-0.3, 0.3),
                NumberSpec.of(id + "fundingVolatility", "Funding volatility", ValueUnit.PERCENT, 0, 10,
                        "Standard deviation of each step's yearly funding rate around the mean, drawn per step.",
                        x -> perp(x, i).fundingVolatility(), (x, v) -> perpEdit(x, i, p -> p.withFundingVolatility(v)))
                        .withSlider(0, 1));
    }

    private static ProtectivePut put(Structure s, int i) {
        return (ProtectivePut) s.hedges().get(i);
    }

    private static PerpetualShort perp(Structure s, int i) {
        return (PerpetualShort) s.hedges().get(i);
    }

    private static Structure putEdit(Structure s, int i, UnaryOperator<ProtectivePut> change) {
        return replace(s, i, change.apply(put(s, i)));
    }

    private static Structure perpEdit(Structure s, int i, UnaryOperator<PerpetualShort> change) {
        return replace(s, i, change.apply(perp(s, i)));
    }

    private static Structure replace(Structure s, int i, Hedge hedge) {
        List<Hedge> hedges = new ArrayList<>(s.hedges());
        hedges.set(i, hedge);
        return s.withHedges(hedges);
    }
}
