package io.tranchelab.ui.analyze;

import io.tranchelab.model.Structure;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.TaskProgress;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

import java.util.Optional;

/**
 * What every analysis of the Analyze window shares: its background task, what it shows and what
 * that was computed from (stale once the structure or scenario differs), the message line, and
 * whether File &gt; Export report includes it. A run under way when the structure or scenario
 * changes is stopped: its answer would be about a structure no longer edited, and it would hold
 * up the live run that shares the compute budget.
 *
 * @param <P> what the analysis shows (a chart's picture, a solver's answer)
 */
final class AnalysisRun<P> {

    private final BackgroundTask<?> task;
    private final Staleness staleness;
    private final ReadOnlyObjectWrapper<P> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty includeInReport = new SimpleBooleanProperty(this, "includeInReport");

    /** @param again what the message says to do after a run was stopped by an edit ("Run again for the new one.") */
    AnalysisRun(ObservableValue<Structure> structure, ObservableValue<String> scenario, BackgroundTask<?> task,
                String again) {
        this.task = task;
        this.staleness = new Staleness(structure, scenario);
        structure.addListener((o, was, now) -> stopOnChange(again));
        scenario.addListener((o, was, now) -> stopOnChange(again));
    }

    private void stopOnChange(String again) {
        if (task.isRunning()) {
            task.cancel();
            message.set("Stopped: the structure or scenario changed during the run. " + again);
        }
    }

    /** Shows {@code value}, computed for structure {@code s} under scenario {@code scenario}. */
    void show(P value, Structure s, String scenario) {
        shown.set(value);
        staleness.computedFor(s, scenario);
    }

    /** Stops the run under way, if any, saying {@code text}. */
    void cancel(String text) {
        if (task.isRunning()) {
            task.cancel();
            message.set(text);
        }
    }

    void say(String text) {
        message.set(text);
    }

    String message() {
        return message.get();
    }

    P shown() {
        return shown.get();
    }

    boolean isStale() {
        return staleness.isStale();
    }

    /**
     * What the report includes: what is shown, when asked for and still about the structure and
     * scenario being edited (the report runs on those; a stale chart would contradict it).
     */
    Optional<P> reportPicture() {
        return includeInReport.get() && !staleness.isStale() ? Optional.ofNullable(shown.get()) : Optional.empty();
    }

    ReadOnlyObjectProperty<P> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty staleProperty() {
        return staleness.staleProperty();
    }

    BooleanProperty includeInReportProperty() {
        return includeInReport;
    }

    TaskProgress progress() {
        return task.progress();
    }
}
