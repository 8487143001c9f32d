package io.tranchelab.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Collateralized lending (CDP style): {@code principal} USD lent to {@code borrowers} equal
 * loans whose initial loan-to-value ratios are spread evenly over [ltvLow, ltvHigh]. Along a
 * path: docs/model.md §5.2.
 *
 * @param liquidationThreshold a loan is unhealthy when LT x collateral x oracle price < debt
 * @param liquidationPenalty   the liquidator's bonus b: seizing r (1 + b) of collateral value for r of debt
 * @param closeFactor          the share of a loan's debt that may be repaid in one step
 * @param oracleDelaySteps     the oracle reports the price this many steps ago
 * @param liquidationCapacity  USD of debt keepers can repay per step across the book; empty is unlimited
 */
public record LoanBook(
        String name,
        String collateral,
        double principal,
        int borrowers,
        double ltvLow,
        double ltvHigh,
        double rate,
        double liquidationThreshold,
        double liquidationPenalty,
        double closeFactor,
        int oracleDelaySteps,
        OptionalDouble liquidationCapacity) implements Position {

    public static final int DEFAULT_BORROWERS = 20;

    public LoanBook {
        liquidationCapacity = Objects.requireNonNullElse(liquidationCapacity, OptionalDouble.empty());
    }

    /** Initial loan-to-value of borrower i (0-based), spread evenly over [ltvLow, ltvHigh]. */
    public double initialLtv(int borrower) {
        if (borrowers == 1) {
            return 0.5 * (ltvLow + ltvHigh);
        }
        return ltvLow + (ltvHigh - ltvLow) * borrower / (borrowers - 1);
    }

    public LoanBook withPrincipal(double value) {
        return new LoanBook(name, collateral, value, borrowers, ltvLow, ltvHigh, rate, liquidationThreshold,
                liquidationPenalty, closeFactor, oracleDelaySteps, liquidationCapacity);
    }

    public LoanBook withLtvRange(double low, double high) {
        return new LoanBook(name, collateral, principal, borrowers, low, high, rate, liquidationThreshold,
                liquidationPenalty, closeFactor, oracleDelaySteps, liquidationCapacity);
    }

    public LoanBook withRate(double value) {
        return new LoanBook(name, collateral, principal, borrowers, ltvLow, ltvHigh, value, liquidationThreshold,
                liquidationPenalty, closeFactor, oracleDelaySteps, liquidationCapacity);
    }

    public LoanBook withLiquidationThreshold(double value) {
        return new LoanBook(name, collateral, principal, borrowers, ltvLow, ltvHigh, rate, value,
                liquidationPenalty, closeFactor, oracleDelaySteps, liquidationCapacity);
    }

    public LoanBook withLiquidationPenalty(double value) {
        return new LoanBook(name, collateral, principal, borrowers, ltvLow, ltvHigh, rate, liquidationThreshold,
                value, closeFactor, oracleDelaySteps, liquidationCapacity);
    }

    public LoanBook withCloseFactor(double value) {
        return new LoanBook(name, collateral, principal, borrowers, ltvLow, ltvHigh, rate, liquidationThreshold,
                liquidationPenalty, value, oracleDelaySteps, liquidationCapacity);
    }

    public LoanBook withOracleDelaySteps(int value) {
        return new LoanBook(name, collateral, principal, borrowers, ltvLow, ltvHigh, rate, liquidationThreshold,
                liquidationPenalty, closeFactor, value, liquidationCapacity);
    }

    public LoanBook withLiquidationCapacity(OptionalDouble value) {
        return new LoanBook(name, collateral, principal, borrowers, ltvLow, ltvHigh, rate, liquidationThreshold,
                liquidationPenalty, closeFactor, oracleDelaySteps, value);
    }
}
