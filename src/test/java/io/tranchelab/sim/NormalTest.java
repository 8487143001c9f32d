package io.tranchelab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's normal distribution ({@link Normal}) and error function ({@link Erf}) against
 * published values: Abramowitz and Stegun (1964) tables 7.1 and 26.1, and Wichura's AS 241
 * (1988) quantiles, here to 16-17 digits as evaluated with mpmath at 30-40 digits.
 */
class NormalTest {

    @ParameterizedTest(name = "erf({0}) = {1}")
    @CsvSource({
        "0.1, 0.1124629160182848922",
        "0.5, 0.52049987781304653768",
        "1, 0.84270079294971486934",
        "2, 0.99532226501895273416",
        "3, 0.99997790950300141456",
        "-1, -0.84270079294971486934",
    })
    void erfMatchesAbramowitzAndStegun(double x, double erf) {
        assertEquals(erf, 1 - Erf.erfc(x), 2e-16 + 1e-15 * Math.abs(erf));
    }

    @ParameterizedTest(name = "erfc({0}) = {1}")
    @CsvSource({
        "0, 1",
        "0.5, 0.47950012218695346232",
        "1, 0.15729920705028513066",
        "2, 0.0046777349810472658379",
        "3, 0.000022090496998585441373",
        "5, 1.5374597944280348502e-12",
        "10, 2.088487583762544757e-45",
        "26, 5.6631924088561428465e-296",
        "-1, 1.8427007929497148693",
    })
    void erfcKeepsItsRelativeAccuracyInTheTail(double x, double erfc) {
        assertEquals(erfc, Erf.erfc(x), 1e-14 * erfc);
    }

    @ParameterizedTest(name = "Phi({0}) = {1}")
    @CsvSource({
        "0, 0.5",
        "0.5, 0.69146246127401310364",
        "1, 0.84134474606854294859",
        "1.96, 0.97500210485177956586",
        "-1, 0.15865525393145705141",
        "-3, 0.0013498980316300945267",
        "-5, 2.8665157187919391167e-7",
        "-8, 6.2209605742717841235e-16",
        "-10, 7.619853024160526066e-24",
        "-37, 5.7255712225245768227e-300",
    })
    void cdfMatchesPublishedValues(double x, double phi) {
        // in the tail Phi's condition number is about x^2: x itself carries a relative error of
        // 1e-16, so Phi(x) can be no more accurate than x^2 1e-16 relative
        assertEquals(phi, Normal.cdf(x), 1e-14 * Math.max(1, x * x / 10) * phi);
    }

    @ParameterizedTest(name = "inverse Phi({0}) = {1}")
    @CsvSource({
        "0.5, 0",
        "0.975, 1.9599639845400542355",
        "0.25, -0.6744897501960817432",
        "0.9, 1.281551565544600467",
        "0.02, -2.0537489106318230529",
        "0.001, -3.0902323061678135415",
        "0.999, 3.0902323061678135415",
        "1e-6, -4.7534243088228989482",
        "1e-10, -6.3613409024040562047",
        "1e-20, -9.2623400897984075796",
    })
    void inverseCdfMatchesWichurasQuantiles(double p, double quantile) {
        // 0.999 is not exactly representable: 1 - p carries a 1e-17 error, 3e-14 in the quantile
        assertEquals(quantile, Normal.inverseCdf(p), 1e-15 + 1e-14 * Math.abs(quantile));
    }

    @Test
    void inverseCdfIsInfiniteAtTheEnds() {
        assertEquals(Double.NEGATIVE_INFINITY, Normal.inverseCdf(0));
        assertEquals(Double.POSITIVE_INFINITY, Normal.inverseCdf(1));
        assertEquals(Double.NEGATIVE_INFINITY, Normal.inverseCdf(-0.5));
        assertEquals(Double.POSITIVE_INFINITY, Normal.inverseCdf(2));
    }

    /** Across all three branches of the approximation (p < 0.02425, middle, p > 0.97575). */
    @Test
    void inverseCdfIsIncreasingAndUndoesTheIndependentCdf() {
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < 2000; i++) {
            double p = i / 2000.0;
            double x = Normal.inverseCdf(p);
            assertTrue(x > previous, "increasing at " + p);
            previous = x;
            assertEquals(p, NormalReference.cdf(x), 2e-15, "Phi(inverse(p)) at " + p);
        }
    }
}
