package io.tranchelab.ui.params;

import io.tranchelab.model.Asset;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.ui.edit.StructureEdits;

import java.util.List;
import java.util.function.UnaryOperator;

/** A market factor's dynamics: diffusion and jumps of a volatile asset, depegs of a pegged one. */
final class AssetParameters {

    private AssetParameters() {
    }

    static ParameterGroup group(Structure s, int a) {
        Asset asset = s.assets().get(a);
        if (asset instanceof VolatileAsset) {
            return new ParameterGroup("Asset: " + asset.id(), volatileSpecs(a));
        }
        PeggedAsset p = (PeggedAsset) asset;
        return new ParameterGroup("Asset: " + p.id() + " (pegged to " + p.reference() + ")", peggedSpecs(a));
    }

    /** The id a pegged asset follows, when it is an asset of the structure; null otherwise. */
    static String referenceOf(Structure s, String assetId) {
        return s.asset(assetId).filter(a -> a instanceof PeggedAsset p && !p.peggedToUsd())
                .map(a -> ((PeggedAsset) a).reference()).orElse(null);
    }

    private static List<ParameterSpec> volatileSpecs(int a) {
        return List.of(
                NumberSpec.of("volatility", "Volatility", ValueUnit.PERCENT, 0, 5,
                        "Yearly volatility sigma of the log-price (geometric Brownian motion).",
                        x -> vol(x, a).volatility(), (x, v) -> volEdit(x, a, p -> p.withVolatility(v))).withSlider(0, 2)
                        // the JSON's unit is a decimal (0.6 = 60 %): a 0.6 typed here is 0.60 %
                        .warnBelow(0.02, "a yearly volatility of a crypto asset"),
                NumberSpec.of("drift", "Drift", ValueUnit.PERCENT, -5, 5,
                        "Expected yearly growth mu: E[P(T)] = P0 exp(mu T), jumps compensated.",
                        x -> vol(x, a).drift(), (x, v) -> volEdit(x, a, p -> p.withDrift(v))).withSlider(-1, 1),
                NumberSpec.of("jumpIntensity", "Jumps", ValueUnit.PER_YEAR, 0, 365,
                        "Expected number of price jumps a year (Merton jump diffusion).",
                        x -> vol(x, a).jumps().intensity(),
                        (x, v) -> volEdit(x, a, p -> p.withJumps(new Jumps(v, p.jumps().meanLogJump(),
                                p.jumps().stdevLogJump())))).withSlider(0, 10),
                NumberSpec.of("meanLogJump", "Mean jump", ValueUnit.LOG_RETURN, -3, 3,
                        "Mean log-return of one jump; -0.10 is a fall of about 10 %.",
                        x -> vol(x, a).jumps().meanLogJump(),
                        (x, v) -> volEdit(x, a, p -> p.withJumps(new Jumps(p.jumps().intensity(), v,
                                p.jumps().stdevLogJump())))).withSlider(-0.5, 0.2),
                NumberSpec.of("stdevLogJump", "Jump stdev", ValueUnit.LOG_RETURN, 0, 3,
                        "Standard deviation of one jump's log-return.",
                        x -> vol(x, a).jumps().stdevLogJump(),
                        (x, v) -> volEdit(x, a, p -> p.withJumps(new Jumps(p.jumps().intensity(),
                                p.jumps().meanLogJump(), v)))).withSlider(0, 0.5),
                marketDepth(a));
    }

    private static List<ParameterSpec> peggedSpecs(int a) {
        return List.of(
                NumberSpec.of("depegIntensity", "Depegs", ValueUnit.PER_YEAR, 0, 365,
                        "Expected number of depeg events a year; each cuts the peg ratio.",
                        x -> peg(x, a).depeg().intensity(),
                        (x, v) -> pegEdit(x, a, p -> p.withDepeg(new Depeg(v, p.depeg().meanDepth(),
                                p.depeg().halfLifeDays())))).withSlider(0, 5),
                NumberSpec.of("depegDepth", "Mean depeg depth", ValueUnit.PERCENT, 0, 0.99,
                        "Mean cut of the peg ratio in one event (exponentially distributed).",
                        x -> peg(x, a).depeg().meanDepth(),
                        (x, v) -> pegEdit(x, a, p -> p.withDepeg(new Depeg(p.depeg().intensity(), v,
                                p.depeg().halfLifeDays())))).withSlider(0, 0.2),
                NumberSpec.of("depegHalfLife", "Depeg half-life", ValueUnit.DAYS, 0.01, 3650,
                        "Days for half of the gap to the peg to close again.",
                        x -> peg(x, a).depeg().halfLifeDays(),
                        (x, v) -> pegEdit(x, a, p -> p.withDepeg(new Depeg(p.depeg().intensity(),
                                p.depeg().meanDepth(), v)))).withSlider(1, 180),
                marketDepth(a));
    }

    private static NumberSpec marketDepth(int a) {
        return NumberSpec.of("marketDepth", "Market depth", ValueUnit.USD, 1, Double.POSITIVE_INFINITY,
                "USD sold in one step that would move the price 100 % (linear impact): liquidators' sales"
                        + " push the next step's price down. Type \"unlimited\" for no impact.",
                x -> x.assets().get(a).marketDepth().orElse(Double.POSITIVE_INFINITY),
                (x, v) -> StructureEdits.replaceAsset(x, a, asset -> withDepth(asset, v)))
                .withSlider(1_000_000, 1_000_000_000);
    }

    private static Asset withDepth(Asset asset, double v) {
        if (asset instanceof VolatileAsset va) {
            return va.withMarketDepth(PositionParameters.optional(v));
        }
        return ((PeggedAsset) asset).withMarketDepth(PositionParameters.optional(v));
    }

    private static VolatileAsset vol(Structure s, int a) {
        return (VolatileAsset) s.assets().get(a);
    }

    private static PeggedAsset peg(Structure s, int a) {
        return (PeggedAsset) s.assets().get(a);
    }

    private static Structure volEdit(Structure s, int a, UnaryOperator<VolatileAsset> change) {
        return StructureEdits.replaceAsset(s, a, x -> change.apply((VolatileAsset) x));
    }

    private static Structure pegEdit(Structure s, int a, UnaryOperator<PeggedAsset> change) {
        return StructureEdits.replaceAsset(s, a, x -> change.apply((PeggedAsset) x));
    }
}
