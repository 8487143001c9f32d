package io.tranchelab.chart;

import io.tranchelab.sim.WaterfallSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-step mean waterfall summed into readable periods (months for horizons up to two
 * years, at most {@value #MAX_PERIODS} periods): where the cash went, and losses as negative
 * amounts so they are drawn below the axis.
 */
public record WaterfallPeriods(List<String> labels, List<Bucket> buckets) {

    public static final int MAX_PERIODS = 24;

    /** One stacked series: a use of cash (or the losses), summed per period. */
    public record Bucket(String name, String colorHex, double[] values) {
    }

    public static WaterfallPeriods of(WaterfallSeries w, List<String> trancheNames) {
        int steps = w.times().length;
        double horizon = steps == 0 ? 0 : w.times()[steps - 1];
        // Every period spans the same number of steps (the last may be shorter): weekly steps
        // grouped into calendar months would alternate 4 and 5 weeks and draw a false zigzag.
        int target = Math.max(1, Math.min(MAX_PERIODS, (int) Math.round(horizon * 12)));
        int stepsPerPeriod = Math.max(1, (steps + target - 1) / target);
        int periods = Math.max(1, (steps + stepsPerPeriod - 1) / stepsPerPeriod);
        int[] periodOfStep = new int[steps];
        for (int s = 0; s < steps; s++) {
            periodOfStep[s] = s / stepsPerPeriod;
        }
        List<Bucket> buckets = new ArrayList<>();
        if (w.hedgeExpense() != null) { // paid first (§5.6): without it a premium month would look like lost income
            buckets.add(new Bucket("Hedge expense", ChartColors.HEDGE, sum(w.hedgeExpense(), periodOfStep, periods, 1)));
        }
        buckets.add(new Bucket("Fees", ChartColors.FEES, sum(w.fees(), periodOfStep, periods, 1)));
        int count = trancheNames.size();
        for (int t = 0; t < w.coupons().length && t < count - 1; t++) {
            buckets.add(new Bucket(trancheNames.get(t) + " coupon", ChartColors.trancheHex(t, count),
                    sum(w.coupons()[t], periodOfStep, periods, 1)));
        }
        buckets.add(new Bucket("Reserve", ChartColors.RESERVE, sum(w.reserveTopUp(), periodOfStep, periods, 1)));
        buckets.add(new Bucket("Turbo paydown", ChartColors.TURBO, sum(w.turbo(), periodOfStep, periods, 1)));
        buckets.add(new Bucket(count > 0 ? trancheNames.get(count - 1) : "Equity", ChartColors.trancheHex(count - 1, count),
                sum(w.equity(), periodOfStep, periods, 1)));
        buckets.add(new Bucket("Losses", ChartColors.LOSS, sum(w.losses(), periodOfStep, periods, -1)));
        return new WaterfallPeriods(labels(w.times(), periodOfStep, periods, horizon), buckets);
    }

    private static double[] sum(double[] perStep, int[] periodOfStep, int periods, double sign) {
        double[] out = new double[periods];
        for (int s = 0; s < perStep.length && s < periodOfStep.length; s++) {
            out[periodOfStep[s]] += sign * perStep[s];
        }
        return out;
    }

    private static List<String> labels(double[] times, int[] periodOfStep, int periods, double horizon) {
        double[] end = new double[periods];
        for (int s = 0; s < times.length; s++) {
            end[periodOfStep[s]] = times[s];
        }
        List<String> out = new ArrayList<>();
        for (double t : end) {
            out.add(horizon <= 2.0001 ? String.format(Locale.US, "%.0fm", t * 12) : String.format(Locale.US, "%.1fy", t));
        }
        return out;
    }
}
