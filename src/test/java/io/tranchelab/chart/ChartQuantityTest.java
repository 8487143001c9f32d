package io.tranchelab.chart;

import io.tranchelab.chart.ChartQuantity.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Design charts write parameters and metrics in their own units, through the one formatter. */
class ChartQuantityTest {

    @ParameterizedTest
    @CsvSource({
        "/assets/0/volatility, PERCENT",
        "/positions/0/liquidationCapacity, USD",
        "/tranches/0/share, PERCENT",
        "/assets/0/jumps/intensity, PER_YEAR",
        "/assets/1/depeg/halfLifeDays, DAYS",
        "/correlations/0/1, NUMBER",
        "/waterfall/ocThreshold, NUMBER"})
    void aParametersUnitComesFromItsFieldName(String pointer, Unit unit) {
        assertEquals(unit, ParameterUnits.of(pointer));
    }

    @Test
    void valuesAreWrittenInTheirUnit() {
        assertEquals("54.00 %", new ChartQuantity("v", Unit.PERCENT).format(0.54));
        assertEquals("$9.0M", new ChartQuantity("c", Unit.USD).format(9e6));
        assertEquals("4.00 per year", new ChartQuantity("j", Unit.PER_YEAR).format(4));
        assertEquals("12,500", new ChartQuantity("u", Unit.NUMBER).format(12_500));
        assertEquals("n/a", new ChartQuantity("u", Unit.NUMBER).format(Double.NaN));
    }

    @Test
    void axisLabelsStateTheUnitOnceInBrackets() {
        assertEquals("Senior EL (%)", new ChartQuantity("Senior EL", Unit.PERCENT).axisLabel());
        assertEquals("liquidation capacity (USD)", new ChartQuantity("liquidation capacity", Unit.USD).axisLabel());
        assertEquals("OC threshold", new ChartQuantity("OC threshold", Unit.NUMBER).axisLabel());
    }
}
