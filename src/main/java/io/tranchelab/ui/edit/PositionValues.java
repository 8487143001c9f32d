package io.tranchelab.ui.edit;

import io.tranchelab.model.Asset;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.YieldPosition;

/**
 * Initial values for the canvas and the size sliders: a yield position is worth its units at
 * the asset's starting price (a pegged asset starts on its peg), loans and credit lines their
 * principal (docs/model.md §2.5).
 */
public final class PositionValues {

    private PositionValues() {
    }

    public static double initialValue(Structure s, Position p) {
        if (p instanceof YieldPosition y) {
            return y.units() * startPrice(s, y.asset());
        }
        if (p instanceof LoanBook l) {
            return l.principal();
        }
        return ((CreditLine) p).principal();
    }

    public static double poolValue(Structure s) {
        return s.initialCash() + s.positions().stream().mapToDouble(p -> initialValue(s, p)).sum();
    }

    /** The starting USD price of an asset; NaN for an unknown id (an invalid structure being edited). */
    public static double startPrice(Structure s, String assetId) {
        if (PeggedAsset.USD.equals(assetId)) {
            return 1.0;
        }
        Asset asset = s.asset(assetId).orElse(null);
        if (asset instanceof VolatileAsset v) {
            return v.price();
        }
        if (asset instanceof PeggedAsset p) {
            return p.peggedToUsd() ? 1.0 : startPrice(s, p.reference());
        }
        return Double.NaN;
    }

    /** The kind of a position as the JSON names it. */
    public static String kind(Position p) {
        if (p instanceof YieldPosition) {
            return "YIELD";
        }
        return p instanceof LoanBook ? "LOAN_BOOK" : "CREDIT_LINE";
    }

    /** The position's yield: staking APR, borrower rate or credit-line rate. */
    public static double yield(Position p) {
        if (p instanceof YieldPosition y) {
            return y.apr();
        }
        return p instanceof LoanBook l ? l.rate() : ((CreditLine) p).rate();
    }

    /** The asset a position's value moves with, or null for credit lines. */
    public static String assetOf(Position p) {
        if (p instanceof YieldPosition y) {
            return y.asset();
        }
        return p instanceof LoanBook l ? l.collateral() : null;
    }
}
