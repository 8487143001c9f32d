package io.tranchelab.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Under-collateralized credit: {@code lines} equal lines sharing {@code principal}, each
 * defaulting through a one-factor Gaussian copula (one systemic factor per path, correlation
 * {@code assetCorrelation}). The annual default probability comes from the credit score
 * through the structure's score table, unless given directly. An optional {@code marketTie}
 * correlates the systemic factor with a volatile asset's horizon shock.
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
        Optional<MarketTie> marketTie) implements Position {

    public CreditLine {
        annualDefaultProbability = Objects.requireNonNullElse(annualDefaultProbability, OptionalDouble.empty());
        marketTie = Objects.requireNonNullElse(marketTie, Optional.empty());
    }

    /** A line whose systemic factor is not tied to the market. */
    public CreditLine(String name, double principal, int lines, double rate, int creditScore,
                      OptionalDouble annualDefaultProbability, double lossGivenDefault, double assetCorrelation) {
        this(name, principal, lines, rate, creditScore, annualDefaultProbability, lossGivenDefault, assetCorrelation,
                Optional.empty());
    }

    public CreditLine withPrincipal(double value) {
        return new CreditLine(name, value, lines, rate, creditScore, annualDefaultProbability, lossGivenDefault,
                assetCorrelation, marketTie);
    }

    public CreditLine withRate(double value) {
        return new CreditLine(name, principal, lines, value, creditScore, annualDefaultProbability,
                lossGivenDefault, assetCorrelation, marketTie);
    }

    public CreditLine withCreditScore(int value) {
        return new CreditLine(name, principal, lines, rate, value, annualDefaultProbability, lossGivenDefault,
                assetCorrelation, marketTie);
    }

    public CreditLine withLossGivenDefault(double value) {
        return new CreditLine(name, principal, lines, rate, creditScore, annualDefaultProbability, value,
                assetCorrelation, marketTie);
    }

    public CreditLine withAssetCorrelation(double value) {
        return new CreditLine(name, principal, lines, rate, creditScore, annualDefaultProbability,
                lossGivenDefault, value, marketTie);
    }
}
