package io.tranchelab.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12345678   | $12.3M",
            "1234567890 | $1.2B",
            "950        | $950",
            "45600      | $45.6K",
            "-2500000   | -$2.5M"})
    void moneyIsCompact(double usd, String shown) {
        assertEquals(shown, Formats.money(usd));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0123  | 1.23 %",
            "0       | 0.00 %",
            "0.00042 | 4.2 bp",
            "1       | 100.00 %"})
    void percentagesSwitchToBasisPointsWhenTiny(double fraction, String shown) {
        assertEquals(shown, Formats.percent(fraction));
    }
}
