package io.tranchelab.ui.params;

import io.tranchelab.model.Hedge;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

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
            if (asset == null || asset.equals(hedge.asset())) {
                boolean put = hedge instanceof ProtectivePut;
                groups.add(new ParameterGroup("Hedge: " + hedge.name() + " (" + (put ? "puts" : "perp short") + " on "
                        + hedge.asset() + ")", put ? putSpecs(i) : perpSpecs(i)));
            }
        }
        return groups;
    }

    private static List<ParameterSpec> putSpecs(int i) {
        Terms<ProtectivePut> put = new Terms<>(ProtectivePut.class, i);
        return List.of(
                put.hedgeRatio("the puts cover, sized again at each roll.", ProtectivePut::withHedgeRatio),
                put.of("strike", "Strike", ValueUnit.PERCENT, 0.0001, 2,
                        "Strike as a share of the spot when each put is bought: 100 % is at the money, 75 % pays"
                                + " only below a 25 % fall.",
                        ProtectivePut::strike, ProtectivePut::withStrike).withSlider(0.5, 1.1),
                put.of("tenorDays", "Tenor", ValueUnit.DAYS, 1, 3650,
                        "Days from purchase to expiry, rounded to whole steps; the programme buys the next put at"
                                + " each expiry, and the last ends at the horizon.",
                        ProtectivePut::tenorDays, ProtectivePut::withTenorDays).withSlider(7, 365),
                put.of("impliedVolatility", "Implied volatility", ValueUnit.PERCENT, 0.0001, 5,
                        "Yearly implied volatility (the mid) at which Black-Scholes prices the premium.",
                        ProtectivePut::impliedVolatility, ProtectivePut::withImpliedVolatility).withSlider(0.1, 1.5),
                put.of("volatilitySpread", "Volatility spread", ValueUnit.PERCENT, 0, 1,
                        "Volatility points added to the implied volatility to price the premium: the ask over"
                                + " the mid. The premium is paid from income as a waterfall expense, before fees.",
                        ProtectivePut::volatilitySpread, ProtectivePut::withVolatilitySpread).withSlider(0, 0.2),
                put.of("riskFreeRate", "Rate", ValueUnit.PERCENT, 0, 1,
                        "Yearly continuously compounded rate in the Black-Scholes premium.",
                        ProtectivePut::riskFreeRate, ProtectivePut::withRiskFreeRate).withSlider(0, 0.1));
    }

    private static List<ParameterSpec> perpSpecs(int i) {
        Terms<PerpetualShort> perp = new Terms<>(PerpetualShort.class, i);
        return List.of(
                perp.hedgeRatio("the short sells; its P&L goes to a margin account in the NAV, settled at the"
                        + " horizon.", PerpetualShort::withHedgeRatio),
                perp.of("rebalanceBand", "Rebalance band", ValueUnit.PERCENT, 0, 1,
                        "The short is reset to the hedge ratio when its units over the pool's units drift more"
                                + " than this from it (loss events shrink the pool's units).",
                        PerpetualShort::rebalanceBand, PerpetualShort::withRebalanceBand).withSlider(0, 0.2),
                perp.of("fundingMean", "Funding mean", ValueUnit.PERCENT, -10, 10,
                        "Yearly mean funding rate shorts receive (negative: they pay). Received funding is"
                                + " income; paid funding is a waterfall expense, before fees.",
                        PerpetualShort::fundingMean, PerpetualShort::withFundingMean).withSlider(-0.3, 0.3),
                perp.of("fundingVolatility", "Funding volatility", ValueUnit.PERCENT, 0, 10,
                        "Standard deviation of each step's yearly funding rate around the mean, drawn per step.",
                        PerpetualShort::fundingVolatility, PerpetualShort::withFundingVolatility).withSlider(0, 1));
    }

    /** The rows of hedge {@code index}, of kind {@code H}: each reads a term and edits it through the hedge's withX. */
    private record Terms<H extends Hedge>(Class<H> kind, int index) {

        NumberSpec of(String key, String label, ValueUnit unit, double min, double max, String tooltip,
                      ToDoubleFunction<H> get, BiFunction<H, Double, H> with) {
            return NumberSpec.of("hedge" + index + "-" + key, label, unit, min, max, tooltip,
                    s -> get.applyAsDouble(hedge(s)), (s, v) -> replace(s, with.apply(hedge(s), v)));
        }

        /** Every hedge's first row: the share of the pool's units it covers, {@code what} it does with them. */
        NumberSpec hedgeRatio(String what, BiFunction<H, Double, H> with) {
            return of("hedgeRatio", "Hedge ratio", ValueUnit.PERCENT, 0.0001, 1, "Share of the pool's units of the"
                    + " asset (and of assets pegged to it) " + what, Hedge::hedgeRatio, with);
        }

        private H hedge(Structure s) {
            return kind.cast(s.hedges().get(index));
        }

        private Structure replace(Structure s, H hedge) {
            List<Hedge> hedges = new ArrayList<>(s.hedges());
            hedges.set(index, hedge);
            return s.withHedges(hedges);
        }
    }
}
