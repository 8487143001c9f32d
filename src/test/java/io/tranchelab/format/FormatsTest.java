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
            "1.25     | 1.25",
            "0.08333  | 0.08333",
            "36500    | 36,500",
            "4        | 4",
            "-0.1     | -0.1",
            "1.23456  | 1.235",
            "0        | 0",
            "0.00001  | 1.000e-05",
            "2e13     | 2.000e+13"})
    void plainNumbersKeepFourSignificantDigits(double value, String shown) {
        assertEquals(shown, Formats.number(value));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0123  | 1.23 %",
            "0       | 0.00 %",
            "0.00042 | 0.042 %",
            "0.000032 | 0.0032 %",
            "1e-12   | <0.0001 %",
            "1       | 100.00 %"})
    void percentagesStayPercentagesWhenTiny(double fraction, String shown) {
        assertEquals(shown, Formats.percent(fraction));
    }

    /** 3.2 bp reads "0.032 %" in the workbench, the slides and the PDF alike: never "3.2 bp" here and "0.03 %" there. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0.00032 | 0.032",
            "0.0825  | 8.3",
            "1       | 100.0",
            "0       | 0.0"})
    void tableNumbersKeepTheirUnitInTheHeader(double fraction, String shown) {
        assertEquals(shown, Formats.percentNumber(fraction, 1));
    }

    @ParameterizedTest(name = "{0} step {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "0      | 0.0025 | 0.00%",
            "0.0025 | 0.0025 | 0.25%",
            "0.005  | 0.0025 | 0.50%",
            "0.2    | 0.2    | 20%",
            "0.05   | 0.025  | 5.0%",
            "-1e-18 | 0.01   | 0%",
            "-0.01  | 0.01   | -1%"})
    void percentTicksTakeTheDecimalsTheirSpacingNeeds(double value, double step, String shown) {
        assertEquals(shown, Formats.percentTick(value, step));
    }

    @ParameterizedTest(name = "{0} step {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "1.25       | 0.25    | $1.25",
            "1.5        | 0.25    | $1.50",
            "12350000   | 50000   | $12.35M",
            "12000000   | 1000000 | $12M",
            "250000     | 50000   | $250K",
            "-100000    | 50000   | -$100K"})
    void moneyTicksTakeTheDecimalsTheirSpacingNeeds(double value, double step, String shown) {
        assertEquals(shown, Formats.moneyTick(value, step));
    }

    /** Returns a year: one format with its unit; the IRR's extremes stay readable. */
    @org.junit.jupiter.api.Test
    void ratesPerYearCarryTheirUnit() {
        assertEquals("5.13 %/yr", Formats.ratePerYear(0.0512675));
        assertEquals("-100.00 %/yr", Formats.ratePerYear(-1));
        assertEquals("0.16 %/yr", Formats.ratePerYear(0.0016438));
        assertEquals("100,000,000 %/yr", Formats.ratePerYear(1e6));
        assertEquals("9999.00 %/yr", Formats.ratePerYear(99.99));
        assertEquals("n/a", Formats.ratePerYear(Double.NaN));
        assertEquals("5.1", Formats.ratePerYearNumber(0.0512675, 1));
    }
}
