package io.tranchelab.ui.run;

/**
 * Where background work, timers and UI updates run. The workbench uses
 * {@link FxTaskExecutor}; view-model tests use one that runs everything on the calling thread
 * (as JabRef's TaskExecutor does), so they need neither a toolkit nor waiting.
 */
public interface TaskExecutor {

    /** Runs work off the UI thread, one task at a time in submission order. */
    void runInBackground(Runnable work);

    /** Runs an action on the UI thread (later, when called from elsewhere). */
    void runOnUiThread(Runnable action);

    /** Runs an action after a delay, on a timer thread, unless cancelled first. */
    Scheduled schedule(Runnable action, long delayMillis);

    /** A pending timer. */
    interface Scheduled {
        void cancel();
    }
}
