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

    /** A core that takes {@code fixed} ms a run plus {@code perPath} ms a path, as the real one does. */
    private static int settle(PreviewSizing sizing, double fixed, double perPath, int previews) {
        for (int i = 0; i < previews; i++) {
            int paths = sizing.previewPaths();
            sizing.observe(paths, fixed + perPath * paths);
        }
        return sizing.previewPaths();
    }

    @ParameterizedTest(name = "{0} ms a run + {1} ms a path -> previews of {2}")
    @CsvSource({
            "10, 0.015, 2000",   // 2,000 paths in 40 ms: the target core
            "15, 0.0125, 2000",  // a larger fixed cost, the same 40 ms at 2,000
            "5, 0.007, 5000",    // 2,000 in 19 ms: as many as the cap allows
            "15, 0.033, 750"})   // the core before issue 13 (750 paths in 40 ms)
    void previewsSettleWhereAPreviewTakesTheBudget(double fixed, double perPath, int expected) {
        assertEquals(expected, settle(new PreviewSizing(40), fixed, perPath, 30));
    }

    @Test
    void oneSlowPreviewDoesNotHalveTheNext() {
        PreviewSizing sizing = new PreviewSizing(40);
        assertEquals(2_000, settle(sizing, 10, 0.015, 30));

        sizing.observe(2_000, 120); // a collection, or another program took the cores

        assertEquals(2_000, sizing.previewPaths());
        sizing.observe(2_000, 40);
        assertEquals(2_000, sizing.previewPaths());
    }

    @Test
    void aCostlierStructureIsFollowedWithinAFewPreviews() {
        PreviewSizing sizing = new PreviewSizing(40);
        settle(sizing, 10, 0.015, 30);

        assertEquals(500, settle(sizing, 10, 0.06, 3), "four times the cost a path: a quarter of the paths, less the fixed cost");
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
