package io.tranchelab.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Under-collateralized credit: {@code lines} equal lines sharing {@code principal}, each
 * defaulting through a one-factor Gaussian copula (systemic factor per step, correlation
 * {@code assetCorrelation}). The annual default probability comes from the credit score
 * through the structure's score table, unless given directly.
 */
public record CreditLine(
        String name,
        double principal,
        int lines,
        double rate,
        int creditScore,
        OptionalDouble annualDefaultProbability,
        double lossGivenDefault,
        double assetCorrelation) implements Position {

    public CreditLine {
        annualDefaultProbability = Objects.requireNonNullElse(annualDefaultProbability, OptionalDouble.empty());
    }

    public CreditLine withPrincipal(double value) {
        return new CreditLine(name, value, lines, rate, creditScore, annualDefaultProbability, lossGivenDefault,
                assetCorrelation);
    }

    public CreditLine withRate(double value) {
        return new CreditLine(name, principal, lines, value, creditScore, annualDefaultProbability,
                lossGivenDefault, assetCorrelation);
    }

    public CreditLine withCreditScore(int value) {
        return new CreditLine(name, principal, lines, rate, value, annualDefaultProbability, lossGivenDefault,
                assetCorrelation);
    }

    public CreditLine withLossGivenDefault(double value) {
        return new CreditLine(name, principal, lines, rate, creditScore, annualDefaultProbability, value,
                assetCorrelation);
    }

    public CreditLine withAssetCorrelation(double value) {
        return new CreditLine(name, principal, lines, rate, creditScore, annualDefaultProbability,
                lossGivenDefault, value);
    }
}
