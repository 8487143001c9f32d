package io.tranchelab.ui.run;

/** Runs everything at once on the calling thread, timers included: view-model tests without waiting. */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public void runInBackground(Runnable work) {
        work.run();
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public Scheduled schedule(Runnable action, long delayMillis) {
        action.run();
        return () -> { };
    }
}
