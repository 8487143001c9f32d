package io.tranchelab.ui.run;

import io.tranchelab.model.Limits;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.sim.SimulationCancelledException;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.ui.ResultFixtures;
import io.tranchelab.ui.TestStructures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SimulationServiceTest {

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final List<Structure> ran = new ArrayList<>();
    private final List<Integer> pathsRun = new ArrayList<>();
    private final Structure base = TestStructures.quick();

    /** A fake core that records what it was asked to run and answers with the structure's cash as senior EL. */
    private final SimulationEngine recording = (structure, settings, progress, cancel) -> {
        if (cancel.isCancelled()) {
            throw new SimulationCancelledException();
        }
        ran.add(structure);
        pathsRun.add(settings.paths());
        return ResultFixtures.withLosses(structure, settings.paths(), structure.initialCash());
    };

    private SimulationService service(SimulationEngine engine) {
        return new SimulationService(engine, executor, 40, 150, new PreviewSizing(40));
    }

    @Test
    void aBurstOfRequestsRunsOnlyTheLastOne() {
        SimulationService service = service(recording);
        for (int i = 1; i <= 5; i++) {
            service.request(base.withInitialCash(i), RunKind.PREVIEW);
        }
        assertEquals(1, executor.liveTimers());

        executor.fireTimers();
        executor.runBackground();

        assertEquals(List.of(base.withInitialCash(5)), ran);
        assertEquals(5.0, service.result().tranches().get(0).expectedLoss());
        assertFalse(service.isBusy());
    }

    @Test
    void aPreviewUsesFewerPathsAndAFullRunTheStructuresOwn() {
        SimulationService service = service(recording);
        service.request(base, RunKind.PREVIEW);
        executor.fireTimers();
        executor.runBackground();
        service.request(base, RunKind.FULL);
        executor.fireTimers();
        executor.runBackground();
        assertEquals(List.of(PreviewSizing.INITIAL_PATHS, base.simulation().paths()), pathsRun);
        assertEquals(RunKind.FULL, service.lastRunProperty().get().kind());
        assertTrue(service.statusProperty().get().startsWith("Full run: 2,000 paths in"));
    }

    @Test
    void aNewerStartedRunCancelsTheStaleOneWhoseResultIsNeverApplied() {
        List<io.tranchelab.sim.CancellationToken> tokens = new ArrayList<>();
        SimulationEngine ignoresCancel = (structure, settings, progress, cancel) -> {
            tokens.add(cancel);
            return ResultFixtures.withLosses(structure, settings.paths(), structure.initialCash());
        };
        SimulationService service = service(ignoresCancel);
        service.request(base.withInitialCash(1), RunKind.FULL);
        executor.fireTimers();
        service.request(base.withInitialCash(2), RunKind.FULL);
        executor.fireTimers();

        executor.runOldestBackgroundJob();
        assertNull(service.result(), "the first job was cancelled before it ran");
        executor.runOldestBackgroundJob();

        assertEquals(2.0, service.result().tranches().get(0).expectedLoss());
        assertFalse(service.isBusy());
    }

    @Test
    void aResultThatArrivesAfterANewerRunStartedIsDropped() {
        SimulationService[] service = new SimulationService[1];
        SimulationEngine editArrivesMidRun = (structure, settings, progress, cancel) -> {
            if (structure.initialCash() == 1) {
                service[0].request(base.withInitialCash(2), RunKind.FULL);
                executor.fireTimers();
            }
            return ResultFixtures.withLosses(structure, settings.paths(), structure.initialCash());
        };
        service[0] = service(editArrivesMidRun);
        service[0].request(base.withInitialCash(1), RunKind.FULL);
        executor.fireTimers();

        executor.runOldestBackgroundJob();
        assertNull(service[0].result(), "the first run finished after the second started");
        assertTrue(service[0].isBusy());
        executor.runBackground();

        assertEquals(2.0, service[0].result().tranches().get(0).expectedLoss());
        assertFalse(service[0].isBusy());
    }

    @Test
    void aFailedRunReportsItsErrorAndKeepsTheLastGoodResult() {
        SimulationService failing = new SimulationService((s, settings, p, c) -> {
            if (s.initialCash() == 3) {
                throw new IllegalArgumentException("run would need 40 GB");
            }
            return recording.run(s, settings, p, c);
        }, executor, 40, 150, new PreviewSizing(40));
        failing.request(base.withInitialCash(1), RunKind.FULL);
        executor.fireTimers();
        executor.runBackground();
        SimulationResult good = failing.result();
        failing.request(base.withInitialCash(3), RunKind.FULL);
        executor.fireTimers();
        executor.runBackground();

        assertSame(good, failing.result());
        assertEquals("run would need 40 GB", failing.errorProperty().get());
        assertEquals("Run failed: run would need 40 GB", failing.statusProperty().get());
        assertFalse(failing.isBusy());
    }

    @Test
    void aRunTooBigForTheMachineIsRefusedByTheCoreWithItsFiguresAndTheChartsStay() {
        // 20 tranches on 10 million paths (the most the validator allows) need about 7 GiB for the
        // per-path figures alone; the tests run with -Xmx2g.
        assumeTrue(Runtime.getRuntime().maxMemory() < 6L << 30, "a heap this big could hold the run");
        List<Tranche> twenty = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            twenty.add(new Tranche("T" + i, 0.05, 0.05));
        }
        twenty.add(new Tranche("Equity", 0.05, 0));
        Structure huge = base.withTranches(twenty)
                .withSimulation(base.simulation().withPaths(Limits.MAX_PATHS));
        SimulationService core = service(SimulationEngine.CORE);
        core.request(base, RunKind.FULL);
        executor.fireTimers();
        executor.runBackground();
        SimulationResult good = core.result();

        core.request(huge, RunKind.FULL);
        executor.fireTimers();
        executor.runBackground();

        assertSame(good, core.result(), "the charts keep the last good run");
        String status = core.statusProperty().get();
        assertTrue(status.startsWith("Run failed: 10,000,000 paths x 52 steps need about "), status);
        assertTrue(status.contains("use at most about"), status);
        assertFalse(core.isBusy());
    }

    @Test
    void requestsKeepComingAndARunStillStartsAfterTheLongestWait() {
        List<Long> delays = new ArrayList<>();
        TaskExecutor recordingDelays = new TaskExecutor() {
            @Override
            public void runInBackground(Runnable work) {
            }

            @Override
            public void runOnUiThread(Runnable action) {
                action.run();
            }

            @Override
            public Scheduled schedule(Runnable action, long delayMillis) {
                delays.add(delayMillis);
                return () -> { };
            }
        };
        SimulationService service = new SimulationService(recording, recordingDelays, 40, 0, new PreviewSizing(40));
        service.request(base, RunKind.PREVIEW); // idle: starts at once, no timer
        service.request(base, RunKind.PREVIEW); // the first still runs: these wait, on timers
        service.request(base, RunKind.PREVIEW);
        assertEquals(List.of(0L, 0L), delays, "with no allowance left the timer fires at once");
    }

    @Test
    void anEditOnAnIdleServiceStartsItsRunAtOnceWithoutADebounce() {
        SimulationService service = service(recording);

        service.request(base.withInitialCash(1), RunKind.PREVIEW);

        assertEquals(0, executor.liveTimers());
        assertEquals(1, executor.pendingBackground(), "queued on the worker already");
        executor.runBackground();
        assertEquals(List.of(base.withInitialCash(1)), ran);
        assertFalse(service.isBusy());
    }

    @Test
    void anEditThatWaitedForTheRunUnderWayStartsWhenThatRunEndsNotAtItsTimer() {
        SimulationService service = service(recording);
        service.request(base.withInitialCash(1), RunKind.PREVIEW);
        service.request(base.withInitialCash(2), RunKind.PREVIEW);
        service.request(base.withInitialCash(3), RunKind.PREVIEW);
        assertEquals(1, executor.liveTimers(), "the newest waits");

        executor.runOldestBackgroundJob(); // the first ends: its result shows, the newest starts

        assertEquals(1.0, service.result().tranches().get(0).expectedLoss());
        assertTrue(service.isBusy(), "the newest edit is still computing");
        assertEquals(0, executor.liveTimers(), "its timer is no longer needed");
        executor.fireTimers();
        executor.runBackground();
        assertEquals(List.of(base.withInitialCash(1), base.withInitialCash(3)), ran, "never the passing value 2");
        assertEquals(3.0, service.result().tranches().get(0).expectedLoss());
        assertFalse(service.isBusy());
    }

    @Test
    void aTimerThatFiresAfterTheWaitingEditStartedDoesNotStartItAgain() {
        SimulationService service = new SimulationService(recording, executor, 40, 150, new PreviewSizing(40));
        service.request(base.withInitialCash(1), RunKind.PREVIEW);
        service.request(base.withInitialCash(2), RunKind.PREVIEW);
        executor.runOldestBackgroundJob(); // the first ends and starts the second

        executor.fireTimersEvenCancelled(); // the second's timer had fired before it could be cancelled

        assertEquals(1, executor.pendingBackground(), "the second is queued once");
        executor.runOldestBackgroundJob();
        assertEquals(List.of(base.withInitialCash(1), base.withInitialCash(2)), ran);
        assertFalse(service.isBusy());
    }

    @Test
    void previewSizesAreLearnedFromPreviewsNotFromAFullRunTheCacheAnswered() {
        PreviewSizing sizing = new PreviewSizing(40);
        SimulationService service = new SimulationService(recording, executor, 40, 150, sizing);
        service.request(base, RunKind.FULL);
        executor.runBackground();
        service.request(base.withInitialCash(2), RunKind.FULL);
        executor.runBackground();
        service.request(base, RunKind.FULL); // from the cache, in no time
        executor.runBackground();

        assertEquals(PreviewSizing.INITIAL_PATHS, sizing.previewPaths());
    }
}
