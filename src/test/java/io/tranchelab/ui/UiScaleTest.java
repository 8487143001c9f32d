package io.tranchelab.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UiScaleTest {

    @ParameterizedTest(name = "{0}x{1} -> {2}")
    @CsvSource({
            "1366, 768, 1",     // laptop: the theme as it is
            "1920, 1080, 1",    // full HD, or 4K at 200 % (the desktop already scales)
            "2560, 1440, 1.3333333333333333",
            "3840, 2160, 2",    // 4K at 100 %
            "3840, 1080, 1",    // wide but not tall: the short side decides
            "7680, 4320, 2.5"}) // capped
    void textGrowsWithTheScreenBeyondFullHd(double width, double height, double factor) {
        assertEquals(factor, UiScale.factorFor(width, height), 1e-12);
    }
}
