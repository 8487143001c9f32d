package io.tranchelab.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks what the pool holds: sizes, rates, references to assets, and that the pool has value. */
final class PositionRules {

    static final Range AMOUNT = Range.closed(Limits.MIN_AMOUNT, Limits.MAX_AMOUNT);

    private PositionRules() {
    }

    static void check(Structure structure, Checks checks) {
        List<Position> positions = structure.positions();
        checks.number("/initialCash", structure.initialCash(), Range.closed(0, Limits.MAX_AMOUNT));
        if (positions.isEmpty() && !(structure.initialCash() > 0)) {
            checks.report("/positions", "the pool is empty, so its value is 0; add a position or initial cash");
        }
        if (!checks.count("/positions", positions.size(), Limits.MAX_POSITIONS, "positions")) {
            return;
        }
        if (!positions.isEmpty()) {
            checkPoolValue(structure, checks);
        }
        Set<String> assetIds = AssetRules.idsOf(structure.assets(), Asset.class);
        Set<String> volatileIds = AssetRules.idsOf(structure.assets(), VolatileAsset.class);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < positions.size(); i++) {
            Position position = positions.get(i);
            String pointer = Pointers.child("/positions", i);
            checks.uniqueName(pointer + "/name", position.name(), names, "position name");
            if (position instanceof YieldPosition y) {
                checkYield(y, pointer, assetIds, checks);
                checkYieldValue(y, pointer, structure, checks);
            } else if (position instanceof LoanBook book) {
                checkLoanBook(book, pointer, assetIds, checks);
            } else if (position instanceof CreditLine line) {
                checkCreditLine(line, pointer, volatileIds, checks);
            }
        }
    }

    private static void checkYield(YieldPosition y, String pointer, Set<String> assetIds, Checks checks) {
        assetExists(pointer + "/asset", y.asset(), assetIds, checks);
        checks.number(pointer + "/units", y.units(), Range.above(0));
        checks.number(pointer + "/apr", y.apr(), Range.closed(0, Limits.MAX_RATE));
        checks.number(pointer + "/lossEvents/intensity", y.lossEvents().intensity(),
                Range.closed(0, Limits.MAX_INTENSITY));
        checks.number(pointer + "/lossEvents/lossFraction", y.lossEvents().lossFraction(), Range.closed(0, 1));
    }

    private static void checkLoanBook(LoanBook book, String pointer, Set<String> assetIds, Checks checks) {
        assetExists(pointer + "/collateral", book.collateral(), assetIds, checks);
        checks.number(pointer + "/principal", book.principal(), AMOUNT);
        checks.whole(pointer + "/borrowers", book.borrowers(), 1, Limits.MAX_BORROWERS);
        boolean lowOk = checks.number(pointer + "/ltvLow", book.ltvLow(), Range.open(0, 1));
        boolean highOk = checks.number(pointer + "/ltvHigh", book.ltvHigh(), Range.open(0, 1));
        if (lowOk && highOk && book.ltvLow() > book.ltvHigh()) {
            checks.report(pointer + "/ltvHigh", "is " + Numbers.show(book.ltvHigh()) + ", below ltvLow "
                    + Numbers.show(book.ltvLow()) + "; it must be at least ltvLow");
        }
        checks.number(pointer + "/rate", book.rate(), Range.closed(0, Limits.MAX_RATE));
        checks.number(pointer + "/liquidationThreshold", book.liquidationThreshold(), Range.aboveUpTo(0, 1));
        checks.number(pointer + "/liquidationPenalty", book.liquidationPenalty(), Range.upTo(0, 1));
        checks.number(pointer + "/closeFactor", book.closeFactor(), Range.aboveUpTo(0, 1));
        checks.whole(pointer + "/oracleDelaySteps", book.oracleDelaySteps(), 0, Limits.MAX_ORACLE_DELAY_STEPS);
        book.liquidationCapacity().ifPresent(
                capacity -> checks.number(pointer + "/liquidationCapacity", capacity,
                        Range.aboveUpTo(0, Limits.MAX_DEPTH)));
    }

    private static void checkCreditLine(CreditLine line, String pointer, Set<String> volatileIds, Checks checks) {
        checks.number(pointer + "/principal", line.principal(), AMOUNT);
        checks.whole(pointer + "/lines", line.lines(), 1, Limits.MAX_CREDIT_LINES);
        checks.number(pointer + "/rate", line.rate(), Range.closed(0, Limits.MAX_RATE));
        checks.whole(pointer + "/creditScore", line.creditScore(), 0, Limits.MAX_CREDIT_SCORE);
        line.annualDefaultProbability().ifPresent(
                pd -> checks.number(pointer + "/annualDefaultProbability", pd, Range.upTo(0, 1)));
        checks.number(pointer + "/lossGivenDefault", line.lossGivenDefault(), Range.closed(0, 1));
        checks.number(pointer + "/assetCorrelation", line.assetCorrelation(), Range.upTo(0, 1));
        line.marketTie().ifPresent(tie -> {
            if (!volatileIds.contains(tie.asset())) {
                String found = tie.asset() == null ? "missing" : "\"" + tie.asset() + "\"";
                checks.report(pointer + "/marketTie/asset", found + " is not a volatile asset of this structure; it must be"
                        + (volatileIds.isEmpty() ? " a VOLATILE asset, and the structure has none" : " one of "
                        + AssetRules.listing(volatileIds)));
            }
            checks.number(pointer + "/marketTie/correlation", tie.correlation(), Range.closed(-1, 1));
        });
        ScoringRules.checkHistory(line, pointer, checks);
    }

    /** Units x the asset's initial price is an amount: neither underflowing to nothing nor beyond any pool. */
    private static void checkYieldValue(YieldPosition y, String pointer, Structure structure, Checks checks) {
        double price = initialPrice(structure, y.asset());
        if (!(y.units() > 0) || !Double.isFinite(y.units()) || Double.isNaN(price)) {
            return; // reported already (units, the asset or its price)
        }
        double value = y.units() * price;
        if (!AMOUNT.contains(value)) {
            checks.report(pointer + "/units", "is " + Numbers.show(y.units()) + " at a price of " + Numbers.show(price)
                    + ", a value of " + Numbers.show(value) + " USD; units x price must be " + AMOUNT.describe()
                    + " USD");
        }
    }

    /** The pool's value at the start is an amount losses can be a fraction of, and that a run can represent. */
    private static void checkPoolValue(Structure structure, Checks checks) {
        double total = structure.initialCash();
        for (Position position : structure.positions()) {
            double part = 0;
            if (position instanceof YieldPosition y) {
                part = y.units() * initialPrice(structure, y.asset());
            } else if (position instanceof LoanBook book) {
                part = book.principal();
            } else if (position instanceof CreditLine line) {
                part = line.principal();
            }
            if (!(part > 0)) {
                return; // a position without a value of its own is reported at its field; a sum would only echo it
            }
            total += part;
        }
        if (Double.isFinite(total) && !Range.closed(Limits.MIN_POOL_VALUE, Limits.MAX_POOL_VALUE).contains(total)) {
            checks.report("/positions", "the pool's initial value is " + Numbers.show(total) + " USD (positions and"
                    + " initial cash); it must be " + Range.closed(Limits.MIN_POOL_VALUE, Limits.MAX_POOL_VALUE)
                    .describe() + " USD");
        }
    }

    /** The initial USD price of an asset (a pegged one's: its reference's, or 1); NaN when it has none. */
    private static double initialPrice(Structure structure, String id) {
        Asset asset = assetById(structure, id);
        if (asset instanceof VolatileAsset v) {
            return Range.closed(Limits.MIN_PRICE, Limits.MAX_PRICE).contains(v.price()) ? v.price() : Double.NaN;
        }
        if (asset instanceof PeggedAsset p) {
            return p.peggedToUsd() ? 1.0 : assetById(structure, p.reference()) instanceof VolatileAsset
                    ? initialPrice(structure, p.reference()) : Double.NaN;
        }
        return Double.NaN;
    }

    /** Null-safe: a draft's ids may be missing. */
    private static Asset assetById(Structure structure, String id) {
        for (Asset asset : structure.assets()) {
            if (asset != null && id != null && id.equals(asset.id())) {
                return asset;
            }
        }
        return null;
    }

    private static void assetExists(String pointer, String id, Set<String> assetIds, Checks checks) {
        if (!assetIds.contains(id)) {
            String found = id == null ? "missing" : "\"" + id + "\"";
            checks.report(pointer, found + " is not an asset of this structure; it must be one of "
                    + AssetRules.listing(assetIds));
        }
    }
}
