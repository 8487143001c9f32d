package io.tranchelab.sim;

import io.tranchelab.model.Jumps;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.VolatileAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.yieldPosition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What callers of the core rely on: cancellation, progress, replayable paths, errors. */
class SimulatorApiTest {

    private static final String WORKER_PREFIX = Simulator.THREAD_PREFIX;

    /** ETH with jumps, 20 loans against it and a yield position. */
    private static Structure dailyLoanBook() {
        return TestStructures.loanBook(2, 365);
    }

    @Test
    void cancelledRunStopsWithSimulationCancelledAndLeavesNoWorkerAlive() throws Exception {
        Structure structure = dailyLoanBook();
        CancellationToken cancel = new CancellationToken();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            // Two million paths of 730 steps would run for minutes.
            Future<SimulationResult> run = caller.submit(() -> Simulator.run(structure,
                    runSettings(structure, Scenario.BASE_NAME, 2_000_000, 2), ProgressListener.NONE, cancel));
            Thread.sleep(300);
            cancel.cancel();
            // A generous guard against a run that ignores the token, not a speed test.
            ExecutionException thrown = assertThrows(ExecutionException.class, () -> run.get(20, TimeUnit.SECONDS));
            assertInstanceOf(SimulationCancelledException.class, thrown.getCause());
            assertEquals(List.of(), aliveWorkers(), "worker threads alive after the run was cancelled");
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void runCancelledBeforeItStartsThrowsAtOnce() throws InterruptedException {
        Structure structure = dailyLoanBook();
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThrows(SimulationCancelledException.class, () -> Simulator.run(structure,
                runSettings(structure, Scenario.BASE_NAME, 100_000, 2), ProgressListener.NONE, cancel));
        assertEquals(List.of(), aliveWorkers());
    }

    @Test
    void completedRunLeavesNoWorkerAlive() throws InterruptedException {
        Structure structure = RandomStructures.generate(11);
        Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, 500, 2));
        assertEquals(List.of(), aliveWorkers());
    }

    /**
     * Progress as the listener is told it, recorded on entry: it must never go back and must
     * end at 1. Two cases: a slow run of few blocks, and a fast run of many short blocks,
     * where workers finish blocks at nearly the same moment and any gap between counting a
     * block done and reporting it shows up as reports out of order.
     */
    @ParameterizedTest(name = "{0} paths of {1} steps on {2} threads")
    @CsvSource({"20000, 26, 2", "400000, 1, 4"})
    void progressRisesMonotonicallyToOne(int paths, int steps, int threads) {
        Structure structure = TestStructures.workedExample(0.10).horizon(1, steps).build();
        List<Double> reports = Collections.synchronizedList(new ArrayList<>());
        Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, paths, threads), reports::add,
                CancellationToken.none());

        assertFalse(reports.isEmpty(), "no progress reported");
        double previous = 0;
        for (double fraction : reports) {
            assertTrue(fraction >= previous && fraction <= 1, "progress went from " + previous + " to " + fraction);
            previous = fraction;
        }
        assertEquals(1.0, previous, 1e-12, "last progress report");
    }

    @ParameterizedTest(name = "scenario {0}")
    @ValueSource(strings = {Scenario.BASE_NAME, RandomStructures.STRESS})
    void tracedPathIsThePathOfTheRun(String scenario) {
        Structure structure = RandomStructures.generate(13);
        SimulationResult result = Simulator.run(structure, runSettings(structure, scenario, 64, 2));

        for (int path : new int[] {0, 1, 17, 63}) {
            PathTrace trace = Simulator.tracePath(structure, scenario, structure.simulation().seed(), path);
            for (int k = 0; k < structure.tranches().size(); k++) {
                double principal = result.tranches().get(k).initialPrincipal();
                assertEquals(result.trancheLosses().get(k)[path], trace.loss()[k] / principal, 1e-12,
                        "path " + path + " tranche " + k);
            }
        }
    }

    @Test
    void unknownScenarioIsRejected() {
        Structure structure = RandomStructures.generate(14);
        assertThrows(IllegalArgumentException.class,
                () -> Simulator.run(structure, runSettings(structure, "no such scenario", 10, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> Simulator.tracePath(structure, "no such scenario", 1, 0));
    }

    /**
     * Worker threads still alive a moment after the run returned. The moment is needed: an
     * executor reports itself terminated from inside its last worker, whose thread then still
     * has to return from run(); a worker that is left behind (parked, or still computing) is
     * alive after the join.
     */
    private static List<String> aliveWorkers() throws InterruptedException {
        List<String> names = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(WORKER_PREFIX)) {
                thread.join(2_000);
                if (thread.isAlive()) {
                    names.add(thread.getName());
                }
            }
        }
        return names;
    }
}
