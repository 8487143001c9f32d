package io.tranchelab.ui.run;

import io.tranchelab.format.Formats;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.LongSupplier;

/**
 * What a background task tells the person waiting for it: what it does, how far it is
 * ("Full run · 37 % · about 40 s left") and a Cancel. The time left is the elapsed time scaled by
 * the fraction still to do, shown only after {@value #SHOW_TIME_LEFT_AFTER_MILLIS} ms, when the
 * rate has settled enough to mean something. Updated on the UI thread.
 */
public final class TaskProgress {

    static final long SHOW_TIME_LEFT_AFTER_MILLIS = 1_000;

    private final LongSupplier clock;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private Runnable cancel = () -> { };
    private long startedAt;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    public TaskProgress(LongSupplier clock) {
        this.clock = clock;
    }

    public TaskProgress() {
        this(System::nanoTime);
    }

    void setCancel(Runnable action) {
        cancel = action;
    }

    void started(String what) {
        startedAt = clock.getAsLong();
        title.set(what);
        fraction.set(0);
        running.set(true);
        text.set(what + "\u2026");
    }

    void progressed(double done) {
        if (!running.get()) {
            return;
        }
        fraction.set(done);
        text.set(describe(title.get(), done, (clock.getAsLong() - startedAt) / 1_000_000));
    }

    void ended() {
        running.set(false);
        fraction.set(0);
        text.set("");
    }

    /** "Full run · 37 % · about 40 s left"; the time left once a second has passed and some work is done. */
    static String describe(String title, double fraction, long elapsedMillis) {
        String out = title + " \u00b7 " + (int) Math.floor(fraction * 100) + " %";
        if (elapsedMillis >= SHOW_TIME_LEFT_AFTER_MILLIS && fraction > 0 && fraction < 1) {
            out += " \u00b7 about " + timeLeft(elapsedMillis / 1000.0 * (1 - fraction) / fraction) + " left";
        }
        return out;
    }

    /** Rounded as a person would say it: "3 s", "40 s", "2 min". */
    static String timeLeft(double seconds) {
        if (seconds < 10) {
            return Formats.count(Math.max(1, Math.round(seconds))) + " s";
        }
        if (seconds < 90) {
            return Formats.count(Math.round(seconds / 5) * 5) + " s";
        }
        return Formats.count(Math.round(seconds / 60)) + " min";
    }

    /** Stops the task. */
    public void cancel() {
        cancel.run();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The line the status bar shows while the task runs; empty otherwise. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
