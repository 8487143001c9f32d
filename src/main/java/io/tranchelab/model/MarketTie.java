package io.tranchelab.model;

/**
 * Ties a credit line's systemic factor to a volatile asset: {@code correlation} is the
 * correlation between the factor and the asset's cumulative diffusive shock over the horizon
 * (its standardized Brownian motion at T), so that with a positive value a market crash
 * comes with more defaults (docs/format.md, CREDIT_LINE).
 */
public record MarketTie(String asset, double correlation) {
}
