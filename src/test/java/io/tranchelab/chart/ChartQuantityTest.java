package io.tranchelab.chart;

import io.tranchelab.design.MetricUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Design charts write parameters and metrics in the design package's units, through the one formatter. */
class ChartQuantityTest {

    @ParameterizedTest
    @CsvSource({
        "/assets/0/volatility, FRACTION",
        "/positions/0/liquidationCapacity, USD",
        "/tranches/0/share, FRACTION",
        "/positions/0/borrowers, COUNT",
        "/assets/0/jumps/intensity, NUMBER"})
    void aParametersUnitIsTheDesignPackagesForItsPointer(String pointer, MetricUnit unit) {
        assertEquals(unit, ChartQuantity.parameter(pointer, "p").unit());
    }

    @Test
    void valuesAreWrittenInTheirUnit() {
        assertEquals("54.00 %", new ChartQuantity("v", MetricUnit.FRACTION).format(0.54));
        assertEquals("$9.0M", new ChartQuantity("c", MetricUnit.USD).format(9e6));
        assertEquals("n/a", new ChartQuantity("u", MetricUnit.NUMBER).format(Double.NaN));
    }

    @Test
    void axisLabelsStateTheUnitOnceInBrackets() {
        assertEquals("Senior EL (%)", new ChartQuantity("Senior EL", MetricUnit.FRACTION).axisLabel());
        assertEquals("liquidation capacity (USD)",
                new ChartQuantity("liquidation capacity", MetricUnit.USD).axisLabel());
        assertEquals("OC threshold", new ChartQuantity("OC threshold", MetricUnit.NUMBER).axisLabel());
        assertEquals("Senior WAL (years)", new ChartQuantity("Senior WAL", MetricUnit.YEARS).axisLabel());
    }
}
