package io.tranchelab.sim;

/**
 * The standard normal distribution, written here so that the reference checks do not lean
 * on the engine's own numerics. Accurate to about 1e-15 relative (see NormalTest).
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
     * Inverse of {@link #cdf}: Acklam's rational approximation (relative error 1.2e-9), then
     * one Halley step on {@link #cdf}, which brings it to full double precision.
     */
    static double inverseCdf(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), was " + p);
        }
        double x = acklam(p);
        double error = cdf(x) - p;
        double u = error * SQRT_2PI * Math.exp(0.5 * x * x);
        return x - u / (1 + 0.5 * x * u);
    }

    private static double acklam(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double low = 0.02425;
        if (p < low || p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
            double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            return p < low ? x : -x;
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
