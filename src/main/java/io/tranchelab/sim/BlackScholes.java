package io.tranchelab.sim;

/**
 * Black-Scholes (1973) prices of European options on an asset paying no income: the premium of
 * the protective put programme (docs/model.md §5.6). Public so that the workbench and
 * the CLI can quote the premium the run charges.
 */
public final class BlackScholes {

    private BlackScholes() {
    }

    /**
     * The put {@code K e^(-r T) Phi(-d2) - S Phi(-d1)}, {@code d1 = (ln(S/K) + (r + sigma^2/2) T) /
     * (sigma sqrt T)}, {@code d2 = d1 - sigma sqrt T}. At {@code T = 0} or {@code sigma = 0} it is the
     * discounted intrinsic value {@code max(0, K e^(-rT) - S)}, the limit of the formula.
     */
    public static double put(double spot, double strike, double years, double rate, double volatility) {
        double discountedStrike = strike * Math.exp(-rate * years);
        double deviation = volatility * Math.sqrt(years);
        if (!(deviation > 0)) {
            return Math.max(0, discountedStrike - spot);
        }
        double d1 = (Math.log(spot / strike) + (rate + 0.5 * volatility * volatility) * years) / deviation;
        double d2 = d1 - deviation;
        return discountedStrike * Normal.cdf(-d2) - spot * Normal.cdf(-d1);
    }

    /** The call, by the same formula: {@code S Phi(d1) - K e^(-r T) Phi(d2)}. */
    public static double call(double spot, double strike, double years, double rate, double volatility) {
        double discountedStrike = strike * Math.exp(-rate * years);
        double deviation = volatility * Math.sqrt(years);
        if (!(deviation > 0)) {
            return Math.max(0, spot - discountedStrike);
        }
        double d1 = (Math.log(spot / strike) + (rate + 0.5 * volatility * volatility) * years) / deviation;
        double d2 = d1 - deviation;
        return spot * Normal.cdf(d1) - discountedStrike * Normal.cdf(d2);
    }
}
