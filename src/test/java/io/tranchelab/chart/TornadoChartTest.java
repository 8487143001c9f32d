package io.tranchelab.chart;

import io.tranchelab.design.MetricUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tornado draws exactly the bumps it is given, from the base, named by parameter and input. */
class TornadoChartTest {

    private static final ChartQuantity SENIOR_EL = new ChartQuantity("Senior EL", MetricUnit.FRACTION);

    /** Three parameters, ranked by |high - low|: 0.012, 0.004, 0.001 around a base of 0.010. */
    private static TornadoChart.Picture picture() {
        return new TornadoChart.Picture("Senior EL: sensitivity to \u00b110 % bumps",
                "ETH lending book \u00b7 scenario base \u00b7 2,000 paths \u00b7 seed 7", SENIOR_EL, 0.010, "\u00b110 %",
                List.of(new TornadoChart.Bar("ETH volatility", "54 %", "66 %", 0.005, 0.017),
                        new TornadoChart.Bar("Liquidation capacity", "$9.0M", "$11.0M", 0.013, 0.009),
                        new TornadoChart.Bar("Senior share", "67.5 %", "82.5 %", 0.0095, 0.0105)));
    }

    @Test
    void eachBarRunsFromTheBaseToTheMetricWithTheInputLoweredOrRaised() {
        TornadoChart chart = new TornadoChart();
        chart.show(picture());
        IntervalCategoryDataset data = (IntervalCategoryDataset) chart.plot().getDataset();
        double[][] expected = {{0.005, 0.017}, {0.013, 0.009}, {0.0095, 0.0105}};
        for (int row = 0; row < 3; row++) {
            for (int series = 0; series < 2; series++) {
                assertEquals(0.010, data.getStartValue(series, row).doubleValue(), 0, "bars start at the base");
                assertEquals(expected[row][series], data.getEndValue(series, row).doubleValue(), 0,
                        "row " + row + " series " + series);
            }
        }
    }

    @Test
    void rowsKeepTheGivenRankLargestEffectOnTopAndNameTheBumpedInputs() {
        TornadoChart chart = new TornadoChart();
        chart.show(picture());
        IntervalCategoryDataset data = (IntervalCategoryDataset) chart.plot().getDataset();
        // a horizontal category plot draws its first category at the top
        assertEquals("ETH volatility: 54 % | 66 %", data.getColumnKey(0));
        assertEquals("Liquidation capacity: $9.0M | $11.0M", data.getColumnKey(1));
        assertEquals("Senior share: 67.5 % | 82.5 %", data.getColumnKey(2));
        assertEquals("input lowered (\u00b110 %)", data.getRowKey(TornadoChart.LOWERED_SERIES));
        assertEquals("input raised (\u00b110 %)", data.getRowKey(TornadoChart.RAISED_SERIES));
    }

    @Test
    void theValueAxisNamesTheMetricAndItsUnitAndTheTitleAndCaptionAreTheGivenOnes() {
        TornadoChart chart = new TornadoChart();
        chart.show(picture());
        assertEquals("Senior EL (%)", chart.plot().getRangeAxis().getLabel());
        assertEquals("Senior EL: sensitivity to \u00b110 % bumps", chart.chart().getTitle().getText());
        assertEquals("ETH lending book \u00b7 scenario base \u00b7 2,000 paths \u00b7 seed 7",
                ChartCaption.of(chart.chart()), "the caption names the structure, scenario, paths and seed");
    }

    @Test
    void aLineMarksTheBaseValueWithItsFormattedValue() {
        TornadoChart chart = new TornadoChart();
        chart.show(picture());
        ValueMarker base = (ValueMarker) chart.plot().getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.010, base.getValue(), 0);
        assertEquals("base 1.00 %", base.getLabel());
    }

    @Test
    void loweredAndRaisedKeepTheirOwnColoursAfterTheTheme() {
        TornadoChart chart = new TornadoChart();
        chart.show(picture());
        assertEquals(TornadoChart.LOWERED, chart.plot().getRenderer().getSeriesPaint(TornadoChart.LOWERED_SERIES));
        assertEquals(TornadoChart.RAISED, chart.plot().getRenderer().getSeriesPaint(TornadoChart.RAISED_SERIES));
    }

    @Test
    void theAxisShowsTheBaseAndEveryBarEnd() {
        Range range = TornadoChart.range(picture());
        assertTrue(range.getLowerBound() < 0.005 && range.getUpperBound() > 0.017, range.toString());
    }

    @Test
    void aBumpWhoseRunFailedDrawsNoBarInsteadOfAMadeUpValue() {
        TornadoChart chart = new TornadoChart();
        chart.show(new TornadoChart.Picture("t", "", SENIOR_EL, 0.01, "",
                List.of(new TornadoChart.Bar("ETH volatility", "54 %", "66 %", Double.NaN, 0.02))));
        IntervalCategoryDataset data = (IntervalCategoryDataset) chart.plot().getDataset();
        assertNull(data.getEndValue(TornadoChart.LOWERED_SERIES, 0));
        assertEquals(0.02, data.getEndValue(TornadoChart.RAISED_SERIES, 0).doubleValue(), 0);
        assertEquals("input lowered", data.getRowKey(0), "no bump text: no empty brackets");
    }

    @Test
    void aTornadoInWhichNoBumpMovesTheMetricSaysSoInsteadOfDrawingNothingUnderAnAxis() {
        TornadoChart chart = new TornadoChart();
        chart.show(new TornadoChart.Picture("t", "", SENIOR_EL, 0.0, "",
                List.of(new TornadoChart.Bar("rate", "5 %", "6 %", 0.0, 0.0),
                        new TornadoChart.Bar("share", "5 %", "6 %", 0.0, 0.0))));
        assertNull(chart.plot().getDataset());
        assertEquals("No bump moves Senior EL from 0.00 %", chart.plot().getNoDataMessage());
        chart.show(picture());
        assertEquals(3, chart.plot().getDataset().getColumnCount(), "a tornado with effects draws its bars again");
    }

    @Test
    void twoParametersOfTheSameNameAndInputsStayTwoRows() {
        TornadoChart chart = new TornadoChart();
        chart.show(new TornadoChart.Picture("t", "", SENIOR_EL, 0.01, "",
                List.of(new TornadoChart.Bar("rate", "5 %", "6 %", 0.01, 0.02),
                        new TornadoChart.Bar("rate", "5 %", "6 %", 0.011, 0.012))));
        assertEquals(2, chart.plot().getDataset().getColumnCount());
    }
}
