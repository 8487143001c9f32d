package io.tranchelab.sim;

/**
 * The annualized internal rate of return of one tranche on one path (docs/model.md §8.5): the
 * rate r at which the tranche's dated cash flows are worth
 * its initial principal P,
 * {@code P = sum_j C_j (1 + r)^(-t_j)}, the flows C_j >= 0 coming at the evenly spaced times
 * {@code t_j = t_1 + (j - 1) h}.
 *
 * <p>With x = ln(1 + r) the present value {@code sum_j C_j e^(-x t_j)} falls strictly in x
 * (every flow is a receipt, every time positive), so the root is unique and a bracket holds it:
 * [0, ln(1 + CAP)] when the flows add up to at least P, [LOWEST_LOG, 0] when they do not. Each
 * side scales the present value so that no term can overflow (the flows are discounted to the
 * first date when x >= 0 and compounded to the last when x < 0; the scaled function has the same
 * sign and root) and is a polynomial in one factor, evaluated by Horner's rule: no exponential per
 * flow. Newton steps inside the bracket, bisection when a step would leave it (safeguarded
 * Newton, Numerical Recipes' rtsafe).
 *
 * <p>A path that receives nothing has r = -1 (-100 %/yr), the limit of the definition; a rate
 * above {@link #CAP} is reported as CAP (a tranche paid many times its principal within days).
 */
final class Irr {

    /** The highest rate reported, 10^6 a year (100,000,000 %/yr): beyond it the figure says nothing more. */
    static final double CAP = 1e6;
    /** ln(1 + r) below which r is -1 in double precision (1 + r = 4e-18). */
    private static final double LOWEST_LOG = -40;
    private static final int MAX_ITERATIONS = 200;

    private Irr() {
    }

    /**
     * The annual IRR of paying {@code principal} at time 0 and receiving {@code amounts[offset ..
     * offset + count - 1]} at times {@code firstTime + j * spacing}, j = 0 .. count - 1.
     */
    static double annual(double principal, double[] amounts, int offset, int count, double firstTime, double spacing) {
        double total = 0;
        for (int j = offset; j < offset + count; j++) {
            total += amounts[j];
        }
        if (!(total > 0)) {
            return -1;
        }
        if (total == principal) {
            return 0;
        }
        boolean gain = total > principal;
        double lo = gain ? 0 : LOWEST_LOG; // the present value is above P at lo, below it at hi
        double hi = gain ? Math.log1p(CAP) : 0;
        double lastTime = firstTime + (count - 1) * spacing;
        double[] fd = new double[2];
        if (gain) {
            scaledValue(true, hi, principal, amounts, offset, count, firstTime, lastTime, spacing, fd);
            if (fd[0] >= 0) {
                return CAP;
            }
        } else {
            scaledValue(false, lo, principal, amounts, offset, count, firstTime, lastTime, spacing, fd);
            if (fd[0] <= 0) {
                return -1;
            }
        }
        // start from the rate of a single payment of the total at the cash-weighted mean time
        double weightedTime = 0;
        for (int j = 0; j < count; j++) {
            weightedTime += amounts[offset + j] * (firstTime + j * spacing);
        }
        double x = Math.log(total / principal) / (weightedTime / total);
        if (!(x > lo && x < hi)) {
            x = 0.5 * (lo + hi);
        }
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            scaledValue(gain, x, principal, amounts, offset, count, firstTime, lastTime, spacing, fd);
            double f = fd[0];
            if (f == 0) {
                break;
            }
            if (f > 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = x - f / fd[1];
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x)) || hi - lo <= 1e-15 * Math.max(1, Math.abs(x))) {
                x = next;
                break;
            }
            x = next;
        }
        return Math.min(CAP, Math.expm1(x));
    }

    /**
     * Writes the scaled present value less the principal and its derivative in x to {@code out}.
     * For x >= 0 ({@code discountToFirst}): {@code sum_j C_j q^j - P e^(x t_1)}, q = e^(-x h) <= 1;
     * for x < 0: {@code sum_j C_j p^(J-1-j) - P e^(x t_J)}, p = e^(x h) <= 1. Both are the present
     * value times a positive factor (e^(x t_1), e^(x t_J)).
     */
    private static void scaledValue(boolean discountToFirst, double x, double principal, double[] amounts, int offset,
            int count, double firstTime, double lastTime, double spacing, double[] out) {
        double value = 0;
        double slope = 0; // d/dz of the polynomial in z (q or p)
        if (discountToFirst) {
            double q = Math.exp(-x * spacing);
            for (int j = offset + count - 1; j >= offset; j--) {
                slope = slope * q + value;
                value = value * q + amounts[j];
            }
            double grown = Math.exp(x * firstTime);
            out[0] = value - principal * grown;
            out[1] = -spacing * q * slope - principal * firstTime * grown; // dq/dx = -h q
        } else {
            double p = Math.exp(x * spacing);
            for (int j = offset; j < offset + count; j++) {
                slope = slope * p + value;
                value = value * p + amounts[j];
            }
            double shrunk = Math.exp(x * lastTime);
            out[0] = value - principal * shrunk;
            out[1] = spacing * p * slope - principal * lastTime * shrunk; // dp/dx = h p
        }
    }
}
