package io.tranchelab.ui.edit;

import io.tranchelab.model.Asset;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Position;
import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.YieldPosition;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Adding, removing, renaming and reordering the pool's positions. */
public final class PositionEdits {

    /** The kinds a new position can be, with the defaults a new one starts from. */
    public enum Kind { YIELD, LOAN_BOOK, CREDIT_LINE }

    private static final double NEW_SIZE = 10_000_000;

    private PositionEdits() {
    }

    /** Appends a position of the given kind, sized at $10M, on the structure's first volatile asset. */
    public static Structure add(Structure s, Kind kind) {
        String asset = firstVolatileAsset(s);
        Structure withAsset = asset == null ? withDefaultEth(s) : s;
        String id = asset == null ? "ETH" : asset;
        double price = ((VolatileAsset) withAsset.asset(id).orElseThrow()).price();
        Position added = switch (kind) {
            case YIELD -> new YieldPosition(freshName(s, "Staking"), id, NEW_SIZE / price, 0.03, LossEvents.NONE);
            case LOAN_BOOK -> new LoanBook(freshName(s, "Loans"), id, NEW_SIZE, LoanBook.DEFAULT_BORROWERS, 0.5, 0.75,
                    0.06, 0.83, 0.05, 0.5, 0, OptionalDouble.empty());
            case CREDIT_LINE -> new CreditLine(freshName(s, "Credit lines"), NEW_SIZE, 10, 0.10, 700,
                    OptionalDouble.empty(), 0.6, 0.2);
        };
        List<Position> positions = new ArrayList<>(withAsset.positions());
        positions.add(added);
        return withAsset.withPositions(positions);
    }

    public static boolean canRemove(Structure s, int index) {
        return s.positions().size() > 1 && index >= 0 && index < s.positions().size();
    }

    public static Structure remove(Structure s, int index) {
        if (!canRemove(s, index)) {
            throw new IllegalArgumentException("position " + index + " cannot be removed");
        }
        List<Position> positions = new ArrayList<>(s.positions());
        Position removed = positions.remove(index);
        Structure without = s.withPositions(positions);
        // reinvestment (§7.6): principal cash that bought the removed position is held as cash instead
        Reinvestment r = s.waterfall().reinvestment();
        return r.rule() == Reinvestment.Rule.POSITION && r.position().equals(removed.name())
                ? without.withWaterfall(s.waterfall().withReinvestment(
                        new Reinvestment(Reinvestment.Rule.CASH, "", r.cashRate())))
                : without;
    }

    public static boolean canMove(Structure s, int index, int offset) {
        int target = index + offset;
        return index >= 0 && index < s.positions().size() && target >= 0 && target < s.positions().size();
    }

    public static Structure move(Structure s, int index, int offset) {
        return s.withPositions(StructureEdits.moved(s.positions(), index, index + offset));
    }

    public static Structure rename(Structure s, int index, String name) {
        String old = s.positions().get(index).name();
        // the position keeps its chain (model.md §2.10): placements are by name
        Structure renamed = StructureEdits.replacePosition(s, index, p -> renamed(p, name))
                .withCrossChain(s.crossChain().withPositionRenamed(old, name));
        // reinvestment (§7.6): the rule follows its position to the new name
        Reinvestment r = s.waterfall().reinvestment();
        return r.rule() == Reinvestment.Rule.POSITION && r.position().equals(old)
                ? renamed.withWaterfall(renamed.waterfall().withReinvestment(r.withPosition(name)))
                : renamed;
    }

    static Position renamed(Position p, String name) {
        if (p instanceof YieldPosition y) {
            return new YieldPosition(name, y.asset(), y.units(), y.apr(), y.lossEvents());
        }
        if (p instanceof LoanBook l) {
            return new LoanBook(name, l.collateral(), l.principal(), l.borrowers(), l.ltvLow(), l.ltvHigh(),
                    l.rate(), l.liquidationThreshold(), l.liquidationPenalty(), l.closeFactor(),
                    l.oracleDelaySteps(), l.liquidationCapacity());
        }
        CreditLine c = (CreditLine) p;
        return new CreditLine(name, c.principal(), c.lines(), c.rate(), c.creditScore(),
                c.annualDefaultProbability(), c.lossGivenDefault(), c.assetCorrelation(), c.marketTie())
                .withHistory(c.history());
    }

    private static String firstVolatileAsset(Structure s) {
        return s.assets().stream().filter(a -> a instanceof VolatileAsset).map(Asset::id).findFirst().orElse(null);
    }

    private static Structure withDefaultEth(Structure s) {
        List<Asset> assets = new ArrayList<>(s.assets());
        assets.add(new VolatileAsset("ETH", 3000, 0, 0.75, null, null));
        double[][] old = s.correlations().toArray();
        double[][] grown = new double[assets.size()][assets.size()];
        for (int i = 0; i < assets.size(); i++) {
            for (int j = 0; j < assets.size(); j++) {
                grown[i][j] = i < old.length && j < old.length ? old[i][j] : (i == j ? 1 : 0);
            }
        }
        return s.withAssets(assets).withCorrelations(new CorrelationMatrix(grown));
    }

    private static String freshName(Structure s, String base) {
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + " " + n;
            if (s.positions().stream().noneMatch(p -> p.name().equals(name))) {
                return name;
            }
        }
    }
}
