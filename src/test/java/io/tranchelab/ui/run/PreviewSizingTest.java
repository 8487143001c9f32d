package io.tranchelab.ui.run;

import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreviewSizingTest {

    @ParameterizedTest(name = "{0} paths in {1} ms -> previews of {2}")
    @CsvSource({
            "10000, 500, 750",    // 0.05 ms a path: 40 ms fit 800, rounded down to steps of 250
            "10000, 200, 2000",   // 0.02 ms a path (the samples on 2 cores): 2,000
            "10000, 100, 4000",
            "10000, 20, 5000",    // cheap paths: capped
            "10000, 4000, 250",   // expensive paths: floored
            "1000, 40, 1000"})
    void previewsTakeAsManyPathsAsFitTheBudget(int paths, double millis, int expected) {
        PreviewSizing sizing = new PreviewSizing(40);
        sizing.observe(paths, millis);
        assertEquals(expected, sizing.previewPaths());
    }

    @Test
    void aPreviewNeverRunsMorePathsThanTheStructureAndAFullRunRunsItsOwn() {
        PreviewSizing sizing = new PreviewSizing(40);
        sizing.observe(10_000, 1);
        var quick = TestStructures.quick();
        assertEquals(1_500, sizing.settingsFor(quick.withSimulation(quick.simulation().withPaths(1_500)),
                RunKind.PREVIEW).paths());
        assertEquals(quick.simulation().paths(), sizing.settingsFor(quick, RunKind.FULL).paths());
    }
}
