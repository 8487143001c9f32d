package io.tranchelab.ui.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TaskProgressTest {

    @ParameterizedTest(name = "{1} done after {2} ms: {3}")
    @CsvSource(delimiter = '|', value = {
            // 37 % in 23.5 s: 63 % more takes 23.5 x 0.63 / 0.37 = 40 s
            "Full run | 0.37 | 23500 | Full run \u00b7 37 % \u00b7 about 40 s left",
            // before a second has passed the rate means little: no estimate
            "Full run | 0.50 | 900   | Full run \u00b7 50 % ",
            // half done in 4 s: 4 s left
            "Preview  | 0.50 | 4000  | Preview \u00b7 50 % \u00b7 about 4 s left",
            // 10 % in 30 s: 270 s = 4.5 min, said as 5 min
            "Export   | 0.10 | 30000 | Export \u00b7 10 % \u00b7 about 5 min left",
            // nothing done yet: no estimate
            "Export   | 0.00 | 5000  | Export \u00b7 0 % "})
    void theTimeLeftIsTheElapsedTimeScaledByWhatIsStillToDo(String title, double fraction, long elapsed,
                                                          String expected) {
        assertEquals(expected.strip(), TaskProgress.describe(title, fraction, elapsed));
    }

    @Test
    void theTextFollowsTheClockFromTheStart() {
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        TaskProgress progress = new TaskProgress(nanos::get);
        progress.started("Full run");
        assertEquals("Full run\u2026", progress.textProperty().get());
        nanos.addAndGet(20_000_000_000L);
        progress.progressed(0.8);
        assertEquals("Full run \u00b7 80 % \u00b7 about 5 s left", progress.textProperty().get());
        progress.ended();
        assertEquals("", progress.textProperty().get());
    }
}
