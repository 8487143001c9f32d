package io.tranchelab.model;

/**
 * A protective put programme (docs/model.md §5.6): European puts on {@code hedgeRatio}
 * of the pool's units of {@code asset}, struck at {@code strike} times the spot when bought,
 * for {@code tenorDays}, rolled at each expiry. The premium is Black-Scholes at the implied
 * volatility plus {@code volatilitySpread} (the ask over the mid, in volatility points) with the
 * rate {@code riskFreeRate}; it is paid as a waterfall expense.
 *
 * @param strike           strike as a share of the spot at purchase (1 = at the money)
 * @param tenorDays        days from purchase to expiry (365 days a year)
 * @param impliedVolatility annual implied volatility, the mid
 * @param volatilitySpread annual volatility points added to the mid to price the premium
 * @param riskFreeRate     annual continuously compounded rate in the Black-Scholes price
 */
public record ProtectivePut(String name, String asset, double hedgeRatio, double strike, double tenorDays,
                            double impliedVolatility, double volatilitySpread, double riskFreeRate) implements Hedge {

    public ProtectivePut withHedgeRatio(double value) {
        return new ProtectivePut(name, asset, value, strike, tenorDays, impliedVolatility, volatilitySpread, riskFreeRate);
    }

    public ProtectivePut withStrike(double value) {
        return new ProtectivePut(name, asset, hedgeRatio, value, tenorDays, impliedVolatility, volatilitySpread, riskFreeRate);
    }

    public ProtectivePut withTenorDays(double value) {
        return new ProtectivePut(name, asset, hedgeRatio, strike, value, impliedVolatility, volatilitySpread, riskFreeRate);
    }

    public ProtectivePut withImpliedVolatility(double value) {
        return new ProtectivePut(name, asset, hedgeRatio, strike, tenorDays, value, volatilitySpread, riskFreeRate);
    }

    public ProtectivePut withVolatilitySpread(double value) {
        return new ProtectivePut(name, asset, hedgeRatio, strike, tenorDays, impliedVolatility, value, riskFreeRate);
    }

    public ProtectivePut withRiskFreeRate(double value) {
        return new ProtectivePut(name, asset, hedgeRatio, strike, tenorDays, impliedVolatility, volatilitySpread, value);
    }
}
