package io.tranchelab.chart;

import io.tranchelab.format.Formats;
import org.jfree.chart.axis.NumberAxis;

import java.util.Locale;

/**
 * A quantity a design chart plots on an axis (a metric, a parameter): its name and its unit,
 * so the axis title says what is measured in what ("senior EL (% of principal)") and its ticks
 * and labels are written by the one formatter. Percentages are stored as fractions, money in USD.
 *
 * @param name what is measured ("senior: EL", "ETH volatility")
 * @param unit how its values are written
 */
public record ChartQuantity(String name, Unit unit) {

    /** The units the design charts know, each with the axis and the text the app uses for it. */
    public enum Unit {
        /** A fraction written as a percentage ("1.25 %"). */
        PERCENT("%"),
        /** US dollars ("$12.3M"). */
        USD("USD"),
        YEARS("years"),
        DAYS("days"),
        PER_YEAR("per year"),
        /** A plain number (a ratio, a score, a count). */
        NUMBER("");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** "senior: EL (%)", "liquidation capacity (USD)", "ratio" with no unit in brackets. */
    public String axisLabel() {
        return unit.symbol.isEmpty() ? name : name + " (" + unit.symbol + ")";
    }

    /** An axis titled {@link #axisLabel()} with ticks in the quantity's unit. */
    public NumberAxis axis() {
        NumberAxis axis = switch (unit) {
            case PERCENT -> ChartStyle.percentAxis(axisLabel());
            case USD -> ChartStyle.moneyAxis(axisLabel());
            default -> new NumberAxis(axisLabel());
        };
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** One value as a label writes it: "1.25 %", "$12.3M", "0.75". */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return switch (unit) {
            case PERCENT -> Formats.percent(value);
            case USD -> Formats.money(value);
            case YEARS -> Formats.years(value);
            default -> Double.isInfinite(value) ? "unlimited"
                    : plain(value) + (unit.symbol.isEmpty() ? "" : " " + unit.symbol);
        };
    }

    /** Three significant digits, thousands grouped above 1,000: "0.750", "365", "12,500". */
    private static String plain(double value) {
        return String.format(Locale.US, Math.abs(value) >= 1000 ? "%,.0f" : "%.3g", value);
    }
}
