package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The test suite's own normal distribution against published values (Abramowitz and Stegun, 26.2). */
class NormalReferenceTest {

    @ParameterizedTest(name = "Phi({0}) = {1}")
    @CsvSource({
        "0, 0.5",
        "0.5, 0.6914624612740131",
        "1, 0.8413447460685429",
        "1.96, 0.9750021048517795",
        "2.5, 0.9937903346742238",
        "-1, 0.15865525393145707",
        "-3, 0.0013498980316300933",
        "-5, 2.866515718791933e-07",
        "-8, 6.22096057427174e-16",
        "-10, 7.61985302416047e-24",
    })
    void cdfMatchesPublishedValuesToRelativePrecision(double x, double expected) {
        assertEquals(expected, NormalReference.cdf(x), 2e-14 * expected);
    }

    @ParameterizedTest(name = "erfc({0}) = {1}")
    @CsvSource({
        "0.1, 0.8875370839817152",
        "0.7999, 0.2579585386309071",
        "1, 0.15729920705028516",
        "2, 0.004677734981047266",
        "2.4999, 0.0004071699003334512",
        "3, 2.2090496998585445e-05",
        "5, 1.5374597944280347e-12",
    })
    void erfcMatchesPublishedValues(double x, double expected) {
        assertEquals(expected, NormalReference.erfc(x), 1e-12 * expected);
    }

    @Test
    void erfcIsContinuousWhereTheMethodChanges() {
        assertEquals(NormalReference.erfc(Math.nextDown(0.8)), NormalReference.erfc(0.8), 1e-15);
    }

    @ParameterizedTest(name = "inverse Phi({0}) = {1}")
    @CsvSource({
        "0.5, 0",
        "0.975, 1.959963984540054",
        "0.02, -2.053748910631823",
        "1e-6, -4.753424308822899",
    })
    void inverseCdfMatchesPublishedQuantiles(double p, double expected) {
        assertEquals(expected, NormalReference.inverseCdf(p), 1e-13);
    }

    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"1e-12", "0.001", "0.3", "0.7", "0.999"})
    void inverseCdfUndoesCdf(double p) {
        assertEquals(p, NormalReference.cdf(NormalReference.inverseCdf(p)), 1e-14 * p);
    }

    @Test
    void inverseCdfRejectsProbabilitiesOutsideTheOpenInterval() {
        assertThrows(IllegalArgumentException.class, () -> NormalReference.inverseCdf(0));
        assertThrows(IllegalArgumentException.class, () -> NormalReference.inverseCdf(1));
    }
}
