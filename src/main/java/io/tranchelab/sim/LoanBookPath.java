package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;

/**
 * One loan book along each path of a block (docs/model.md §5.2): health against the delayed
 * oracle price, liquidation by keepers with limited capacity, worst health first, close factor
 * and penalty, bad debt when collateral runs out.
 *
 * <p>Most steps of most paths liquidate nothing: every open loan is healthy and worth at least its
 * debt. Such a step changes no loan, so its interest and mark are those of the previous such step,
 * sums in the same order over the same loans: they are kept per path ({@link #quietInterest},
 * {@link #quietValue}) with the prices above which a step is quiet, and recomputed after any step
 * that liquidated. The prices carry a margin of 1e-9, far above the rounding of the products the
 * full check makes, so a step taken as quiet is one the full check would find quiet: the results
 * are the same to the bit ({@code GoldenResultsTest}).
 */
final class LoanBookPath {

    /** Relative margin on the quiet prices: rounding in {@code LT x oracle x collateral} is a few 1e-16. */
    private static final double QUIET_MARGIN = 1 + 1e-9;

    private final LoanBook book;
    private final int collateralAsset;
    private final int oracleDelay;
    private final double capacityPerStep;
    /** Per step, the keeper-outage multiplier of the capacity (1 outside outages). */
    private final double[] outageMultiplier;
    private final int lanes;
    private final int borrowers;
    private final double liquidationThreshold;
    private final double interestRate;
    /** [lane][borrower] */
    private final double[][] debt;
    private final double[][] collateral;
    /** Scratch for one lane's unhealthy loans (lanes are served one after another). */
    private final double[] health;
    private final int[] queue;
    private final int[] sortBuffer;
    private final double[] markedValue;
    /** Per lane: a step is quiet when the oracle price is at least this and the price at least {@link #quietMark}. */
    private final double[] quietOracle;
    private final double[] quietMark;
    private final double[] quietInterest;
    private final double[] quietValue;
    /** Cross-chain pools: per lane, whether the book's chain is halted this step (null: it never halts). */
    private boolean[] halted;
    /** Per lane, the oracle price last reported before the chain halted (docs/model.md §5.5). */
    private double[] lastOracle;
    /** [lane] scratch of a step on a chain that can halt: the oracle price each lane sees. */
    private double[] reported;
    /** [lane] scratch of a step: each lane's income before this book's step, and the lanes not quiet. */
    private final double[] incomeBefore;
    private final int[] fullLanes;

    LoanBookPath(LoanBook book, int collateralAsset, double capacityPerStep, double[] outageMultiplier, double dt,
                 int lanes) {
        this.book = book;
        this.collateralAsset = collateralAsset;
        this.oracleDelay = book.oracleDelaySteps();
        this.capacityPerStep = capacityPerStep;
        this.outageMultiplier = outageMultiplier;
        this.lanes = lanes;
        this.borrowers = book.borrowers();
        this.liquidationThreshold = book.liquidationThreshold();
        this.interestRate = book.rate() * dt;
        debt = new double[lanes][borrowers];
        collateral = new double[lanes][borrowers];
        health = new double[borrowers];
        queue = new int[borrowers];
        sortBuffer = new int[borrowers];
        markedValue = new double[lanes];
        quietOracle = new double[lanes];
        quietMark = new double[lanes];
        quietInterest = new double[lanes];
        quietValue = new double[lanes];
        incomeBefore = new double[lanes];
        fullLanes = new int[lanes];
    }

    /** Puts the book on a chain that can halt: {@code halted} is the chain's per-lane flag, updated each step. */
    void haltWith(boolean[] halted) {
        this.halted = halted;
        this.lastOracle = new double[lanes];
        this.reported = new double[lanes];
    }

    int collateralAsset() {
        return collateralAsset;
    }

    void reset(double initialPrice) {
        double each = book.principal() / borrowers;
        for (int l = 0; l < lanes; l++) {
            for (int i = 0; i < borrowers; i++) {
                debt[l][i] = each;
                collateral[l][i] = each / (book.initialLtv(i) * initialPrice);
            }
            markedValue[l] = book.principal();
            findQuietPrices(l);
        }
        if (lastOracle != null) {
            java.util.Arrays.fill(lastOracle, initialPrice);
        }
    }

    /**
     * One step of every lane: interest from healthy loans, then liquidations, worst health first.
     *
     * <p>Shaped as three passes because about 95 % of lane-steps are quiet: first every lane takes
     * the quiet step (a loop with no branch, which the JIT vectorizes), keeping each lane's income
     * from before; then the lanes that are not quiet are listed (a compare per lane, no branch);
     * then each of those gets its income back and takes the full step, which adds its own
     * interest and sets its own mark. So each lane ends with exactly the additions the one-pass
     * loop made: {@code before + quietInterest} or {@code before + interest}.
     */
    void step(int step, MarketBlock market, BlockFlows flows) {
        double[] price = market.prices(step)[collateralAsset];
        double[] oracle = market.prices(Math.max(0, step - oracleDelay))[collateralAsset];
        if (halted != null) { // chain halt (§5.5): the oracle keeps its last price
            for (int l = 0; l < lanes; l++) {
                if (halted[l]) {
                    reported[l] = lastOracle[l];
                } else {
                    lastOracle[l] = oracle[l];
                    reported[l] = oracle[l];
                }
            }
            oracle = reported;
        }
        double[] income = flows.income;
        for (int l = 0; l < lanes; l++) {
            double before = income[l];
            incomeBefore[l] = before;
            income[l] = before + quietInterest[l];
            markedValue[l] = quietValue[l];
        }
        int full = 0;
        for (int l = 0; l < lanes; l++) {
            boolean quiet = oracle[l] >= quietOracle[l] & price[l] >= quietMark[l];
            fullLanes[full] = l;
            full += quiet ? 0 : 1;
        }
        for (int k = 0; k < full; k++) {
            int l = fullLanes[k];
            income[l] = incomeBefore[l];
            if (stepLane(step, l, price[l], oracle[l], market, flows)) {
                findQuietPrices(l);
            }
        }
    }

    /** The full step of lane {@code l}; returns whether it liquidated a loan (changed the book). */
    private boolean stepLane(int step, int l, double price, double oracle, MarketBlock market, BlockFlows flows) {
        double[] debt = this.debt[l];
        double[] collateral = this.collateral[l];
        double thresholdValue = liquidationThreshold * oracle;
        double interest = 0;
        double value = 0;
        int waiting = 0;
        for (int i = 0; i < borrowers; i++) {
            double owed = debt[i];
            if (owed <= 0) {
                continue;
            }
            double covered = thresholdValue * collateral[i];
            if (covered < owed) {
                health[i] = covered / owed;
                queue[waiting++] = i;
            } else {
                interest += interestRate * owed;
                value += Math.min(owed, collateral[i] * price);
            }
        }
        flows.income[l] += interest;
        sortByHealth(queue, waiting, health, sortBuffer);
        double multiplier = outageMultiplier[step - 1];
        // 0 x unlimited is no capacity at all, not NaN
        double capacity = multiplier == 0 ? 0 : capacityPerStep * multiplier;
        if (halted != null && halted[l]) {
            capacity = 0; // nothing is liquidated on a halted chain (§5.5)
        }
        boolean liquidated = false;
        for (int k = 0; k < waiting; k++) {
            int loan = queue[k];
            if (capacity > 0) {
                capacity -= liquidate(l, loan, price, capacity, market, flows);
                liquidated = true;
            }
            value += Math.min(debt[loan], collateral[loan] * price);
        }
        markedValue[l] = value;
        return liquidated;
    }

    /**
     * The prices above which lane {@code l}'s next step is quiet, and that step's interest and
     * mark: the sums the full step would make, in its order, when every open loan is healthy and
     * marked at its debt.
     */
    private void findQuietPrices(int l) {
        double[] debt = this.debt[l];
        double[] collateral = this.collateral[l];
        // the highest debt per unit of collateral, in two maxima (even and odd loans) so that each
        // Math.max does not wait on the one before: a maximum is the same in any order and grouping
        double markEven = Double.NEGATIVE_INFINITY;
        double markOdd = Double.NEGATIVE_INFINITY;
        double interest = 0;
        double value = 0;
        int i = 0;
        for (; i + 1 < borrowers; i += 2) {
            double owed = debt[i];
            if (!(owed <= 0)) { // as the full step: a NaN debt counts
                markEven = Math.max(markEven, owed / collateral[i]);
                interest += interestRate * owed;
                value += owed;
            }
            owed = debt[i + 1];
            if (!(owed <= 0)) { // as the full step: a NaN debt counts
                markOdd = Math.max(markOdd, owed / collateral[i + 1]);
                interest += interestRate * owed;
                value += owed;
            }
        }
        if (i < borrowers && !(debt[i] <= 0)) {
            double owed = debt[i];
            markEven = Math.max(markEven, owed / collateral[i]);
            interest += interestRate * owed;
            value += owed;
        }
        // marked at its debt while collateral x price >= debt; healthy while LT x oracle x
        // collateral >= debt: the highest debt per unit of collateral decides both
        double mark = Math.max(markEven, markOdd);
        quietMark[l] = mark * QUIET_MARGIN;
        // (debt / collateral) / LT is within a few roundings of debt / (LT x collateral), far inside the margin
        quietOracle[l] = mark / liquidationThreshold * QUIET_MARGIN;
        quietInterest[l] = interest;
        quietValue[l] = value;
    }

    /**
     * Below this many waiting loans an insertion sort is cheaper than the merge sort: on the
     * lending sample a full step queues 1 loan in 31 % of cases, 2 in 19 %, fewer than 16 in 98 %.
     */
    static final int INSERTION_SORT_LIMIT = 16;

    /**
     * Sorts {@code loans[0, count)} by health, worst first, stably: loans of equal health stay in
     * the order given, which is index order (the book's mark is summed in this order). Both
     * branches are stable sorts comparing with the same strict {@code <}, so they give the same
     * order to the bit; the merge sort is O(n log n) for books of up to 10,000 borrowers, the
     * insertion sort is cheaper for the few loans a step usually queues.
     */
    static void sortByHealth(int[] loans, int count, double[] health, int[] buffer) {
        if (count < INSERTION_SORT_LIMIT) {
            insertionSortByHealth(loans, count, health);
        } else {
            mergeSortByHealth(loans, count, health, buffer);
        }
    }

    /** Stable: a loan moves left only past loans strictly healthier than it. */
    private static void insertionSortByHealth(int[] loans, int count, double[] health) {
        for (int k = 1; k < count; k++) {
            int loan = loans[k];
            double h = health[loan];
            int j = k;
            while (j > 0 && h < health[loans[j - 1]]) {
                loans[j] = loans[j - 1];
                j--;
            }
            loans[j] = loan;
        }
    }

    /** A bottom-up merge sort, stable: ties keep their order. */
    private static void mergeSortByHealth(int[] loans, int count, double[] health, int[] buffer) {
        int[] from = loans;
        int[] to = buffer;
        for (int width = 1; width < count; width *= 2) {
            for (int left = 0; left < count; left += 2 * width) {
                int middle = Math.min(left + width, count);
                int right = Math.min(left + 2 * width, count);
                int i = left;
                int j = middle;
                for (int k = left; k < right; k++) {
                    // take from the right run only when its loan is strictly worse: ties keep their order
                    if (j < right && (i >= middle || health[from[j]] < health[from[i]])) {
                        to[k] = from[j++];
                    } else {
                        to[k] = from[i++];
                    }
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != loans) {
            System.arraycopy(from, 0, loans, 0, count);
        }
    }

    /** Liquidates one loan of lane {@code l} as far as capacity allows; returns the debt repaid. */
    private double liquidate(int l, int i, double price, double capacity, MarketBlock market, BlockFlows flows) {
        double[] debt = this.debt[l];
        double[] collateral = this.collateral[l];
        double bonus = 1 + book.liquidationPenalty();
        double repaid = Math.min(book.closeFactor() * debt[i], capacity);
        double seized = repaid * bonus / price;
        if (seized >= collateral[i]) {
            seized = collateral[i];
            repaid = seized * price / bonus;
            double bad = debt[i] - repaid;
            debt[i] = 0;
            collateral[i] = 0;
            flows.badDebt[l] += bad;
            flows.losses[l] += bad;
        } else {
            debt[i] -= repaid;
            collateral[i] -= seized;
        }
        market.sales[collateralAsset][l] += seized * price;
        flows.principalCash[l] += repaid;
        flows.liquidationVolume[l] += repaid;
        return repaid;
    }

    /**
     * A bridge exploit (docs/model.md §5.5): the book's loans are in the bridged token, so each open
     * loan's debt keeps {@code kept[l]} of its value; what is written off is a realized loss.
     * Borrowers keep their collateral.
     */
    void writeDown(double[] kept, double[] bridgeLoss, BlockFlows flows) {
        for (int l = 0; l < lanes; l++) {
            if (kept[l] >= 1) {
                continue;
            }
            double[] debt = this.debt[l];
            double lost = 0;
            for (int i = 0; i < borrowers; i++) {
                if (debt[i] > 0) {
                    double left = debt[i] * kept[l];
                    lost += debt[i] - left;
                    debt[i] = left;
                }
            }
            flows.losses[l] += lost;
            flows.bridgeLosses[l] += lost;
            bridgeLoss[l] += lost;
            findQuietPrices(l);
        }
    }

    /** The oracle price at and above which lane {@code l}'s next step is quiet (with {@link #quietMark}); tests read it. */
    double quietOracle(int l) {
        return quietOracle[l];
    }

    /** The price at and above which lane {@code l}'s open loans are marked at their debt; tests read it. */
    double quietMark(int l) {
        return quietMark[l];
    }

    /** Lane {@code l}'s mark after its last step: each loan at the lesser of its debt and its collateral's value. */
    double value(int l) {
        return markedValue[l];
    }

    /**
     * Adds lane {@code l}'s {@code LT x collateral value} and debt to the two sums (the chart's loan
     * health). The sums run in locals, in the same order as into the array, so that each addition
     * does not wait on a store and a load of the one before.
     */
    void addHealth(int l, double price, double[] collateralValueAndDebt) {
        double[] debt = this.debt[l];
        double[] collateral = this.collateral[l];
        double collateralValue = collateralValueAndDebt[0];
        double owed = collateralValueAndDebt[1];
        for (int i = 0; i < borrowers; i++) {
            if (debt[i] > 0) {
                collateralValue += liquidationThreshold * collateral[i] * price;
                owed += debt[i];
            }
        }
        collateralValueAndDebt[0] = collateralValue;
        collateralValueAndDebt[1] = owed;
    }

    /**
     * At the horizon, lane {@code l}: solvent loans repay at par (returned), underwater ones hand
     * over their collateral, added to {@code collateralForSale} in units, their shortfall is bad debt.
     */
    double settle(int l, double price, double[] collateralForSale, BlockFlows flows) {
        double[] debt = this.debt[l];
        double[] collateral = this.collateral[l];
        double repaidAtPar = 0;
        for (int i = 0; i < borrowers; i++) {
            if (debt[i] <= 0) {
                continue;
            }
            double value = collateral[i] * price;
            if (value >= debt[i]) {
                repaidAtPar += debt[i];
            } else {
                collateralForSale[collateralAsset] += collateral[i];
                flows.badDebt[l] += debt[i] - value;
                flows.losses[l] += debt[i] - value;
            }
        }
        return repaidAtPar;
    }
}
