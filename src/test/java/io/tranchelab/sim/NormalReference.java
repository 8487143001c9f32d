package io.tranchelab.sim;

/**
 * The standard normal distribution, written here so that the reference checks do not lean
 * on the engine's own numerics. Accurate to about 1e-15 relative (see
 * NormalReferenceTest); NormalTest checks the engine's own {@link Normal} against published values.
 */
final class NormalReference {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double SERIES_LIMIT = 0.8;

    private NormalReference() {
    }

    static double density(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    static double cdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /**
     * Complementary error function: below 0.8 (where erfc > 0.25, so 1 - erf loses nothing)
     * as 1 - erf with erf's series of positive terms
     * {@code erf(x) = 2/sqrt(pi) e^{-x^2} sum 2^n x^{2n+1} / (1 3 5 ... (2n+1))} (no
     * cancellation inside the sum); above, the continued fraction
     * {@code erfc(x) = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))},
     * evaluated from the tail with 300 terms (converged to 2e-16 from 0.8 up), which keeps the
     * tail's relative accuracy.
     */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < SERIES_LIMIT) {
            return 1 - erfSeries(x);
        }
        double fraction = x;
        for (int n = 300; n >= 1; n--) {
            fraction = x + (n / 2.0) / fraction;
        }
        return Math.exp(-x * x) / SQRT_PI / fraction;
    }

    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        for (int n = 1; n < 200 && term > 1e-18 * sum; n++) {
            term *= 2 * x * x / (2 * n + 1);
            sum += term;
        }
        return 2 / SQRT_PI * Math.exp(-x * x) * sum;
    }

    /**
     * Inverse of {@link #cdf} by bisection on [-40, 0] (upper half by symmetry): slow, but it
     * shares nothing with the engine's rational approximation, so it can check it. Runs until
     * the bracket stops shrinking, which is full double precision.
     */
    static double inverseCdf(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), was " + p);
        }
        if (p > 0.5) {
            return -inverseCdf(1 - p);
        }
        double low = -40;
        double high = 0;
        while (true) {
            double mid = 0.5 * (low + high);
            if (mid <= low || mid >= high) {
                return cdf(high) - p < p - cdf(low) ? high : low;
            }
            if (cdf(mid) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
    }
}
