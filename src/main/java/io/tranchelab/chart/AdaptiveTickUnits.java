package io.tranchelab.chart;

import io.tranchelab.format.Formats;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

import java.io.Serializable;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.BiFunction;

/**
 * Tick sizes 1, 2, 5 x 10^k as JFreeChart picks them, each written by the app's formatter with
 * as many decimals as that size needs: a fixed axis format shows "0% 0% 0%" or "$1 $1 $1" when
 * the range is narrow.
 */
final class AdaptiveTickUnits implements TickUnitSource, Serializable {

    private static final long serialVersionUID = 1L;

    /** Ticks of percent axes (values are fractions): "2.5%". */
    static final AdaptiveTickUnits PERCENT = new AdaptiveTickUnits(Formats::percentTick);
    /** Ticks of money axes: "$12.35M". */
    static final AdaptiveTickUnits MONEY = new AdaptiveTickUnits(Formats::moneyTick);

    private final NumberTickUnitSource sizes = new NumberTickUnitSource(false);
    private final transient BiFunction<Double, Double, String> format;

    private AdaptiveTickUnits(BiFunction<Double, Double, String> format) {
        this.format = format;
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        return unit(sizes.getLargerTickUnit(unit).getSize());
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return unit(sizes.getCeilingTickUnit(unit).getSize());
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return unit(sizes.getCeilingTickUnit(size).getSize());
    }

    NumberTickUnit unit(double size) {
        return new NumberTickUnit(size, new StepFormat(size, format));
    }

    /** A NumberFormat that writes every tick of one size the same way. */
    private static final class StepFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final double step;
        private final transient BiFunction<Double, Double, String> format;

        StepFormat(double step, BiFunction<Double, Double, String> format) {
            this.step = step;
            this.format = format;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            // a tick at -0.0000001 is the zero tick
            double value = Math.abs(number) < step * 1e-9 ? 0 : number;
            return toAppendTo.append(format.apply(value, step));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
