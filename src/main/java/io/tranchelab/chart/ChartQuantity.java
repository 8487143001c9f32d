package io.tranchelab.chart;

import io.tranchelab.design.MetricUnit;
import io.tranchelab.design.NumericParameter;
import org.jfree.chart.axis.NumberAxis;

/**
 * A quantity a design chart plots on an axis (a metric, a parameter): its name and its unit (the
 * design package's, so the workbench, the CLI and the report write a value alike), so the axis
 * title says what is measured in what ("Senior EL (%)") and its ticks and labels are written by
 * the one formatter. Fractions are written as percentages, money in USD.
 *
 * @param name what is measured ("Senior EL", "ETH volatility")
 * @param unit how its values are written
 */
public record ChartQuantity(String name, MetricUnit unit) {

    /**
     * A structure's number as a quantity, in the unit the design package gives its JSON pointer
     * (a parameter answers its unit from the pointer alone; the value and range do not matter).
     */
    public static ChartQuantity parameter(String pointer, String label) {
        return new ChartQuantity(label, new NumericParameter(pointer, label, 0, null, false).unit());
    }

    /** "Senior EL (%)", "liquidation capacity (USD)", "ratio" with no unit in brackets. */
    public String axisLabel() {
        return unit.symbol().isEmpty() ? name : name + " (" + unit.symbol() + ")";
    }

    /** An axis titled {@link #axisLabel()} with ticks in the quantity's unit. */
    public NumberAxis axis() {
        NumberAxis axis = switch (unit) {
            case FRACTION, RATE_PER_YEAR -> ChartStyle.percentAxis(axisLabel());
            case USD -> ChartStyle.moneyAxis(axisLabel());
            default -> new NumberAxis(axisLabel());
        };
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** One value as a label writes it: "1.25 %", "$12.3M", "0.75". */
    public String format(double value) {
        return unit.format(value);
    }
}
