package io.tranchelab.ui.params;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueUnitTest {

    @ParameterizedTest(name = "{0} \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            "PERCENT | 5 %         | 0.05",
            "PERCENT | 83          | 0.83",
            "USD     | $12,500,000 | 12500000",
            "USD     | 12.5M       | 12500000",
            "USD     | 250k        | 250000",
            "USD     | 1e6         | 1000000",
            "PATHS   | 10,000      | 10000",
            "DAYS    | 30 days     | 30",
            "RATIO   | 1.10 x      | 1.1"})
    void parsesWhatAnAnalystTypes(ValueUnit unit, String typed, double model) {
        assertEquals(model, unit.parse(typed), 1e-9);
    }

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "PERCENT | 0.0525   | 5.25 %",
            "USD     | 50000000 | $50,000,000",
            "PATHS   | 10000    | 10,000",
            "YEARS   | 1.5      | 1.50"})
    void formatsForTheField(ValueUnit unit, double model, String shown) {
        assertEquals(shown, unit.format(model));
        assertEquals(model, unit.parse(shown), 1e-9);
    }

    @Test
    void unlimitedIsInfinityBothWays() {
        assertEquals(Double.POSITIVE_INFINITY, ValueUnit.USD.parse("unlimited"));
        assertEquals("unlimited", ValueUnit.USD.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void garbageIsRefusedWithTheTextInTheMessage() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> ValueUnit.PERCENT.parse("abc"));
        assertEquals("not a number: \"abc\"", e.getMessage());
        assertThrows(NumberFormatException.class, () -> ValueUnit.USD.parse("NaN"));
    }
}
