package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RunMemoryTest {

    private static Structure structure() {
        return new Structure("memory", "", new SimulationSettings(1, 365, 1000, 1),
                List.of(new VolatileAsset("X", 1, 0, 0.5, Jumps.NONE, OptionalDouble.empty())),
                CorrelationMatrix.identity(1), 0, List.of(new YieldPosition("Y", "X", 100, 0.05, LossEvents.NONE)),
                List.of(new Tranche("Senior", 0.8, 0.04), new Tranche("Equity", 0.2, 0)), WaterfallTerms.NONE,
                List.of(), List.of());
    }

    @Test
    void perPathMemoryGrowsLinearlyOnceTheChartSampleIsFull() {
        SimulationPlan plan = new SimulationPlan(structure(), Scenario.BASE);
        RunSettings base = RunSettings.of(structure()).withThreads(2);
        long at100k = RunMemory.estimateBytes(plan, base.withPaths(100_000), 2);
        long at200k = RunMemory.estimateBytes(plan, base.withPaths(200_000), 2);
        long at300k = RunMemory.estimateBytes(plan, base.withPaths(300_000), 2);
        assertEquals(at200k - at100k, at300k - at200k);
        // two tranches: 4 figures each plus 4 pool figures and 3 sort buffers, 8 bytes apiece
        assertEquals(100_000L * 8 * (4 * 2 + 4 + 3), at200k - at100k);
    }

    @Test
    void aRunTooBigForTheHeapIsRefusedWithTheFigures() {
        long paths = (long) (Runtime.getRuntime().maxMemory() / 40.0); // 40 bytes cannot hold a path's figures
        int tooMany = (int) Math.min(Integer.MAX_VALUE, Math.max(paths, 1_000_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulator.run(structure(), RunSettings.of(structure()).withPaths(tooMany)));
        assertTrue(e.getMessage().contains("need about"), e.getMessage());
        assertTrue(e.getMessage().contains("use at most about"), e.getMessage());
    }
}
