package io.tranchelab.ui.edit;

import io.tranchelab.model.Tranche;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits of the tranche stack that keep it a valid stack: shares still sum to 1, every tranche
 * keeps at least {@link #MIN_SHARE}, and the equity tranche (coupon 0, the residual) stays last.
 */
public final class TrancheEdits {

    /** Smallest share a drag can leave a tranche: a tranche of zero width could not be grabbed again. */
    public static final double MIN_SHARE = 0.01;
    /** Boundaries snap to 0.1 % so shares read as round numbers. */
    private static final double SNAP = 0.001;

    private TrancheEdits() {
    }

    /**
     * Moves the boundary below tranche {@code boundary} (between it and the next) to the
     * cumulative share {@code cumulativeShare} from the top of the stack. Only the two tranches
     * next to the boundary change, and their sum is kept, so the stack still sums to 1.
     */
    public static List<Tranche> moveBoundary(List<Tranche> tranches, int boundary, double cumulativeShare) {
        double wanted = Math.round((cumulativeShare - shareAbove(tranches, boundary)) / SNAP) * SNAP;
        return rebalance(tranches, boundary, wanted);
    }

    /**
     * Sets one tranche's share exactly; its neighbour below (the one above, for the equity)
     * gives or takes the difference, so the stack still sums to 1.
     */
    public static List<Tranche> resize(List<Tranche> tranches, int index, double share) {
        int last = tranches.size() - 1;
        if (index < last) {
            return rebalance(tranches, index, share);
        }
        double pair = tranches.get(last - 1).share() + tranches.get(last).share();
        return rebalance(tranches, last - 1, pair - share);
    }

    private static List<Tranche> rebalance(List<Tranche> tranches, int boundary, double upperWanted) {
        Tranche upper = tranches.get(boundary);
        Tranche lower = tranches.get(boundary + 1);
        double pair = upper.share() + lower.share();
        double upperShare = Math.max(MIN_SHARE, Math.min(pair - MIN_SHARE, upperWanted));
        List<Tranche> out = new ArrayList<>(tranches);
        out.set(boundary, upper.withShare(upperShare));
        out.set(boundary + 1, lower.withShare(pair - upperShare));
        return List.copyOf(out);
    }

    /** Sum of the shares of the tranches senior to {@code index}. */
    public static double shareAbove(List<Tranche> tranches, int index) {
        double above = 0;
        for (int i = 0; i < index; i++) {
            above += tranches.get(i).share();
        }
        return above;
    }

    /**
     * Splits tranche {@code index} in two equal halves. The new tranche goes below it, or
     * above it when it is the equity, so the equity stays last; it takes the coupon of the
     * tranche it came from, or 2 points above the next senior one when split from the equity.
     */
    public static List<Tranche> split(List<Tranche> tranches, int index) {
        if (!canSplit(tranches, index)) {
            throw new IllegalArgumentException("tranche " + index + " is too thin to split");
        }
        Tranche source = tranches.get(index);
        double half = source.share() / 2;
        List<Tranche> out = new ArrayList<>(tranches);
        out.set(index, source.withShare(half));
        boolean fromEquity = index == tranches.size() - 1;
        double coupon = fromEquity ? (index > 0 ? tranches.get(index - 1).coupon() + 0.02 : 0.08) : source.coupon();
        Tranche added = new Tranche(freshName(tranches), source.share() - half, coupon);
        out.add(fromEquity ? index : index + 1, added);
        return List.copyOf(out);
    }

    /** Both halves must keep at least the minimum share. */
    public static boolean canSplit(List<Tranche> tranches, int index) {
        return tranches.get(index).share() >= 2 * MIN_SHARE;
    }

    public static boolean canRemove(List<Tranche> tranches, int index) {
        return tranches.size() > 2 && index < tranches.size() - 1;
    }

    /** Removes a non-equity tranche; the tranche below it absorbs its share. */
    public static List<Tranche> remove(List<Tranche> tranches, int index) {
        if (!canRemove(tranches, index)) {
            throw new IllegalArgumentException("tranche " + index + " cannot be removed");
        }
        List<Tranche> out = new ArrayList<>(tranches);
        Tranche removed = out.remove(index);
        Tranche below = out.get(index);
        out.set(index, below.withShare(below.share() + removed.share()));
        return List.copyOf(out);
    }

    /** Whether tranche {@code index} can trade places with {@code index + offset}: the equity never moves. */
    public static boolean canMove(List<Tranche> tranches, int index, int offset) {
        int target = index + offset;
        int equity = tranches.size() - 1;
        return index >= 0 && index < equity && target >= 0 && target < equity;
    }

    public static List<Tranche> move(List<Tranche> tranches, int index, int offset) {
        if (!canMove(tranches, index, offset)) {
            throw new IllegalArgumentException("tranche " + index + " cannot move by " + offset);
        }
        return StructureEdits.moved(tranches, index, index + offset);
    }

    private static String freshName(List<Tranche> tranches) {
        for (int n = tranches.size(); ; n++) {
            String name = "Tranche " + n;
            if (tranches.stream().noneMatch(t -> t.name().equals(name))) {
                return name;
            }
        }
    }
}
