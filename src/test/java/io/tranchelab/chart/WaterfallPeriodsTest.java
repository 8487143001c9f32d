package io.tranchelab.chart;

import io.tranchelab.sim.WaterfallSeries;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WaterfallPeriodsTest {

    /** 365 daily steps over a year where every flow is 1 a day and losses 0.5 a day. */
    private static WaterfallSeries daily() {
        int steps = 365;
        double[] times = new double[steps];
        double[] ones = new double[steps];
        double[] halves = new double[steps];
        for (int s = 0; s < steps; s++) {
            times[s] = (s + 1) / 365.0;
            ones[s] = 1;
            halves[s] = 0.5;
        }
        return new WaterfallSeries(times, ones, ones, new double[][] {ones, ones, new double[steps]}, ones,
                new double[steps], ones, ones, halves, ones, halves, new double[3], new double[3]);
    }

    @Test
    void aYearOfDailyStepsBecomesTwelveMonthsAndKeepsEveryDollar() {
        WaterfallPeriods periods = WaterfallPeriods.of(daily(), List.of("Senior", "Mezzanine", "Equity"));
        assertEquals(12, periods.labels().size());
        assertEquals("1m", periods.labels().get(0));
        assertEquals("12m", periods.labels().get(11));
        for (WaterfallPeriods.Bucket bucket : periods.buckets()) {
            double total = Arrays.stream(bucket.values()).sum();
            assertEquals(bucket.name().equals("Losses") ? -182.5 : 365, total, 1e-9, bucket.name());
        }
    }

    @Test
    void bucketsAreFeesEachPaidCouponReserveTurboEquityAndLossesBelowTheAxis() {
        WaterfallPeriods periods = WaterfallPeriods.of(daily(), List.of("Senior", "Mezzanine", "Equity"));
        assertEquals(List.of("Fees", "Senior coupon", "Mezzanine coupon", "Reserve", "Turbo paydown", "Equity",
                "Losses"), periods.buckets().stream().map(WaterfallPeriods.Bucket::name).toList());
        assertArrayEquals(new double[12], Arrays.stream(periods.buckets().get(6).values()).map(v -> Math.min(0, v) - v)
                .toArray(), "losses are never above the axis");
    }
}
