package io.tranchelab.sim;

import io.tranchelab.model.LoanBook;

/**
 * One loan book along a path (docs/model.md §5.2): health against the delayed oracle price,
 * liquidation by keepers with limited capacity, worst health first, close factor and
 * penalty, bad debt when collateral runs out.
 */
final class LoanBookPath {

    private final LoanBook book;
    private final int collateralAsset;
    private final double capacityPerStep;
    /** Per step, the keeper-outage multiplier of the capacity (1 outside outages). */
    private final double[] outageMultiplier;
    private final double[] debt;
    private final double[] collateral;
    private final double[] health;
    private final int[] queue;
    private final int[] sortBuffer;
    private double markedValue;

    LoanBookPath(LoanBook book, int collateralAsset, double capacityPerStep, double[] outageMultiplier) {
        this.book = book;
        this.collateralAsset = collateralAsset;
        this.capacityPerStep = capacityPerStep;
        this.outageMultiplier = outageMultiplier;
        int m = book.borrowers();
        debt = new double[m];
        collateral = new double[m];
        health = new double[m];
        queue = new int[m];
        sortBuffer = new int[m];
    }

    void reset(double initialPrice) {
        double each = book.principal() / debt.length;
        for (int i = 0; i < debt.length; i++) {
            debt[i] = each;
            collateral[i] = each / (book.initialLtv(i) * initialPrice);
        }
        markedValue = book.principal();
    }

    /** One step: interest from healthy loans, then liquidations, worst health first. */
    void step(int step, MarketPath market, double dt, StepFlows flows) {
        double price = market.price(step, collateralAsset);
        double oracle = market.price(Math.max(0, step - book.oracleDelaySteps()), collateralAsset);
        double thresholdValue = book.liquidationThreshold() * oracle;
        double interestRate = book.rate() * dt;
        double interest = 0;
        double value = 0;
        int waiting = 0;
        for (int i = 0; i < debt.length; i++) {
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
        flows.income += interest;
        sortByHealth(queue, waiting, health, sortBuffer);
        double multiplier = outageMultiplier[step - 1];
        // 0 x unlimited is no capacity at all, not NaN
        double capacity = multiplier == 0 ? 0 : capacityPerStep * multiplier;
        for (int k = 0; k < waiting; k++) {
            int loan = queue[k];
            if (capacity > 0) {
                capacity -= liquidate(loan, price, capacity, market, flows);
            }
            value += Math.min(debt[loan], collateral[loan] * price);
        }
        markedValue = value;
    }

    /**
     * Sorts {@code loans[0, count)} by health, worst first; a stable bottom-up merge sort
     * (O(n log n), with up to 10,000 borrowers a book), so loans of equal health stay in the
     * order given, which is index order: the same order as the insertion sort it replaced, to
     * the bit (the book's mark is summed in this order).
     */
    static void sortByHealth(int[] loans, int count, double[] health, int[] buffer) {
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

    /** Liquidates one loan as far as capacity allows; returns the debt repaid. */
    private double liquidate(int i, double price, double capacity, MarketPath market, StepFlows flows) {
        double bonus = 1 + book.liquidationPenalty();
        double repaid = Math.min(book.closeFactor() * debt[i], capacity);
        double seized = repaid * bonus / price;
        if (seized >= collateral[i]) {
            seized = collateral[i];
            repaid = seized * price / bonus;
            double bad = debt[i] - repaid;
            debt[i] = 0;
            collateral[i] = 0;
            flows.badDebt += bad;
            flows.losses += bad;
        } else {
            debt[i] -= repaid;
            collateral[i] -= seized;
        }
        market.sales[collateralAsset] += seized * price;
        flows.principalCash += repaid;
        flows.liquidationVolume += repaid;
        return repaid;
    }

    /** Mark after the last step: each loan at the lesser of its debt and its collateral's value. */
    double value() {
        return markedValue;
    }

    void addHealth(double price, double[] collateralValueAndDebt) {
        for (int i = 0; i < debt.length; i++) {
            if (debt[i] > 0) {
                collateralValueAndDebt[0] += book.liquidationThreshold() * collateral[i] * price;
                collateralValueAndDebt[1] += debt[i];
            }
        }
    }

    /**
     * At the horizon: solvent loans repay at par (returned), underwater ones hand over their
     * collateral, added to {@code collateralForSale} in units, their shortfall is bad debt.
     */
    double settle(double price, double[] collateralForSale, StepFlows flows) {
        double repaidAtPar = 0;
        for (int i = 0; i < debt.length; i++) {
            if (debt[i] <= 0) {
                continue;
            }
            double value = collateral[i] * price;
            if (value >= debt[i]) {
                repaidAtPar += debt[i];
            } else {
                collateralForSale[collateralAsset] += collateral[i];
                flows.badDebt += debt[i] - value;
                flows.losses += debt[i] - value;
            }
        }
        return repaidAtPar;
    }
}
