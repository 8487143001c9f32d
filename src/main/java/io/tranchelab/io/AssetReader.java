package io.tranchelab.io;

import io.tranchelab.model.Asset;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.VolatileAsset;

import java.util.Optional;

/** Reads one element of {@code /assets}. */
final class AssetReader {

    private AssetReader() {
    }

    /** The asset, or empty when its kind is unreadable (already reported). */
    static Optional<Asset> read(NodeReader in) {
        return KindReader.shapeOf(in, JsonShape.ASSETS, "asset").map(shape -> shape == JsonShape.VOLATILE_ASSET
                ? readVolatile(in) : readPegged(in));
    }

    private static Asset readVolatile(NodeReader in) {
        Jumps jumps = in.object("jumps", false).map(j -> {
            j.allowOnly(JsonShape.JUMPS);
            return new Jumps(j.number("intensity"), j.number("meanLogJump"), j.number("stdevLogJump"));
        }).orElse(Jumps.NONE);
        return new VolatileAsset(in.text("id"), in.number("price"), in.number("drift"), in.number("volatility"),
                jumps, in.optionalNumber("marketDepth"));
    }

    private static Asset readPegged(NodeReader in) {
        Depeg depeg = in.object("depeg", false).map(d -> {
            d.allowOnly(JsonShape.DEPEG);
            return new Depeg(d.number("intensity"), d.number("meanDepth"), d.number("halfLifeDays"));
        }).orElse(Depeg.NONE);
        return new PeggedAsset(in.text("id"), in.text("reference"), depeg, in.optionalNumber("marketDepth"));
    }
}
