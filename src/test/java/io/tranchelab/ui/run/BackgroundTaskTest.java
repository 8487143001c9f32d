package io.tranchelab.ui.run;

import io.tranchelab.sim.SimulationCancelledException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundTaskTest {

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final BackgroundTask<String> task = new BackgroundTask<>(executor);
    private final List<String> done = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @Test
    void aNewerStartCancelsTheRunUnderWayWhoseOutcomeIsNeverApplied() {
        List<Boolean> firstSawCancel = new ArrayList<>();
        task.start("first", (progress, cancel) -> {
            firstSawCancel.add(cancel.isCancelled());
            return "first";
        }, done::add, failed::add);
        task.start("second", (progress, cancel) -> "second", done::add, failed::add);

        executor.runBackground();

        assertEquals(List.of(), firstSawCancel, "the first never started: its token was cancelled while queued");
        assertEquals(List.of("second"), done);
        assertFalse(task.isRunning());
    }

    @Test
    void anOutcomeThatArrivesAfterANewerStartIsDropped() {
        task.start("first", (progress, cancel) -> {
            task.start("second", (p, c) -> "second", done::add, failed::add); // the user asked again meanwhile
            return "first";
        }, done::add, failed::add);
        executor.runOldestBackgroundJob();
        assertEquals(List.of(), done);
        assertTrue(task.isRunning());
        executor.runBackground();
        assertEquals(List.of("second"), done);
    }

    @Test
    void aFailureIsAOneLineMessageAndACancelledRunReportsNothing() {
        task.start("write", (progress, cancel) -> {
            throw new IOException("/tmp/x/report.pdf (No such file or directory)");
        }, done::add, failed::add);
        executor.runBackground();
        assertEquals(List.of("/tmp/x/report.pdf (No such file or directory)"), failed);

        task.start("stopped", (progress, cancel) -> {
            throw new SimulationCancelledException();
        }, done::add, failed::add);
        executor.runBackground();
        assertEquals(1, failed.size());
        assertEquals(List.of(), done);
        assertFalse(task.isRunning());
    }

    @Test
    void cancelStopsTheRunAndItsProgressEnds() {
        task.start("long", (progress, cancel) -> "never shown", done::add, failed::add);
        assertTrue(task.progress().isRunning());
        task.progress().cancel(); // the status bar's Cancel
        assertFalse(task.progress().isRunning());
        executor.runBackground();
        assertEquals(List.of(), done);
    }

    @Test
    void stepsAreQueuedOneAtATimeSoWorkAskedForInBetweenRunsBeforeTheNextStep() {
        List<String> order = new ArrayList<>();
        BackgroundTask<List<String>> steps = new BackgroundTask<>(executor);
        List<List<String>> outcomes = new ArrayList<>();
        steps.startInSteps("compare", List.<BackgroundWork<String>>of(
                (p, c) -> {
                    order.add("scenario 1");
                    executor.runInBackground(() -> order.add("live run")); // asked for during step 1
                    return "a";
                },
                (p, c) -> {
                    order.add("scenario 2");
                    return "b";
                }), results -> results, outcomes::add, failed::add);

        executor.runBackground();

        assertEquals(List.of("scenario 1", "live run", "scenario 2"), order);
        assertEquals(List.of(List.of("a", "b")), outcomes);
    }

    @Test
    void progressOfStepsAddsUpOverTheWholeTask() {
        List<Double> seen = new ArrayList<>();
        BackgroundTask<List<String>> steps = new BackgroundTask<>(executor);
        steps.progress().fractionProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));
        steps.startInSteps("compare", List.<BackgroundWork<String>>of(
                (p, c) -> {
                    p.progress(0.5);
                    p.progress(1);
                    return "a";
                },
                (p, c) -> {
                    p.progress(0.5);
                    return "b";
                }), results -> results, r -> { }, failed::add);
        executor.runBackground();
        assertEquals(List.of(0.25, 0.5, 0.75, 0.0), seen, "a quarter per half step of two, then reset at the end");
    }
}
