package io.tranchelab.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Under-collateralized credit: {@code lines} equal lines sharing {@code principal}, each
 * defaulting through a one-factor Gaussian copula (one systemic factor per path, correlation
 * {@code assetCorrelation}). The annual default probability comes from the credit score
 * through the structure's score table, unless given directly. An optional {@code marketTie}
 * correlates the systemic factor with a volatile asset's horizon shock. An optional {@code history}
 * (the borrowers' on-chain record) gives the score through the structure's scorecard instead of
 * {@code creditScore}, and lets it migrate over the horizon (docs/model.md §2.9, §5.4).
 */
public record CreditLine(
        String name,
        double principal,
        int lines,
        double rate,
        int creditScore,
        OptionalDouble annualDefaultProbability,
        double lossGivenDefault,
        double assetCorrelation,
        Optional<MarketTie> marketTie,
        Optional<BorrowerHistory> history) implements Position {

    public CreditLine {
        annualDefaultProbability = Objects.requireNonNullElse(annualDefaultProbability, OptionalDouble.empty());
        marketTie = Objects.requireNonNullElse(marketTie, Optional.empty());
        history = Objects.requireNonNullElse(history, Optional.empty());
    }

    /** A line whose score is stated, not computed from a history. */
    public CreditLine(String name, double principal, int lines, double rate, int creditScore,
                      OptionalDouble annualDefaultProbability, double lossGivenDefault, double assetCorrelation,
                      Optional<MarketTie> marketTie) {
        this(name, principal, lines, rate, creditScore, annualDefaultProbability, lossGivenDefault, assetCorrelation,
                marketTie, Optional.empty());
    }

    /** A line whose systemic factor is not tied to the market. */
    public CreditLine(String name, double principal, int lines, double rate, int creditScore,
                      OptionalDouble annualDefaultProbability, double lossGivenDefault, double assetCorrelation) {
        this(name, principal, lines, rate, creditScore, annualDefaultProbability, lossGivenDefault, assetCorrelation,
                Optional.empty());
    }

    public CreditLine withPrincipal(double value) {
        return new CreditLine(name, value, lines, rate, creditScore, annualDefaultProbability, lossGivenDefault,
                assetCorrelation, marketTie, history);
    }

    public CreditLine withRate(double value) {
        return new CreditLine(name, principal, lines, value, creditScore, annualDefaultProbability,
                lossGivenDefault, assetCorrelation, marketTie, history);
    }

    public CreditLine withCreditScore(int value) {
        return new CreditLine(name, principal, lines, rate, value, annualDefaultProbability, lossGivenDefault,
                assetCorrelation, marketTie, history);
    }

    public CreditLine withLossGivenDefault(double value) {
        return new CreditLine(name, principal, lines, rate, creditScore, annualDefaultProbability, value,
                assetCorrelation, marketTie, history);
    }

    public CreditLine withAssetCorrelation(double value) {
        return new CreditLine(name, principal, lines, rate, creditScore, annualDefaultProbability,
                lossGivenDefault, value, marketTie, history);
    }

    public CreditLine withHistory(Optional<BorrowerHistory> value) {
        return new CreditLine(name, principal, lines, rate, creditScore, annualDefaultProbability, lossGivenDefault,
                assetCorrelation, marketTie, value);
    }
}
