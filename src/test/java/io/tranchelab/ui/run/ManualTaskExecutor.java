package io.tranchelab.ui.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A task executor the test drives by hand: UI actions run at once on the test thread, timers
 * and background work wait until the test fires or runs them.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final List<Timer> timers = new ArrayList<>();
    private final Deque<Runnable> background = new ArrayDeque<>();

    private static final class Timer implements Scheduled {
        final Runnable action;
        boolean cancelled;

        Timer(Runnable action) {
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public void runInBackground(Runnable work) {
        background.add(work);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public Scheduled schedule(Runnable action, long delayMillis) {
        Timer timer = new Timer(action);
        timers.add(timer);
        return timer;
    }

    int liveTimers() {
        return (int) timers.stream().filter(t -> !t.cancelled).count();
    }

    void fireTimers() {
        List<Timer> due = new ArrayList<>(timers);
        timers.clear();
        due.stream().filter(t -> !t.cancelled).forEach(t -> t.action.run());
    }

    /** Fires every timer, cancelled ones too: a timer whose cancel came after it had already fired. */
    void fireTimersEvenCancelled() {
        List<Timer> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(t -> t.action.run());
    }

    void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    /** Runs the oldest background job only. */
    void runOldestBackgroundJob() {
        background.poll().run();
    }

    int pendingBackground() {
        return background.size();
    }
}
