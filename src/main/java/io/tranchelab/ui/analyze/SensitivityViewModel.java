package io.tranchelab.ui.analyze;

import io.tranchelab.chart.DesignPictures;
import io.tranchelab.chart.TornadoChart;
import io.tranchelab.design.Bump;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.Tornado;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.params.ValueUnit;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.TaskProgress;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tornado of the Analyze window: which metric, how far each parameter is bumped and on how
 * many paths; running it in the background (progress, time left, Cancel); the picture and what
 * it was computed from; stale once the structure or scenario changes after the run. A run under
 * way when the structure changes is stopped: its answer would be about a structure no longer
 * edited, and it would hold up the live run that shares the compute budget.
 */
public final class SensitivityViewModel {

    /** Paths per run by default: a tornado runs two variants per parameter. */
    static final int DEFAULT_PATHS = 2_000;
    /** The most bars the chart shows; the caption says how many there were. */
    static final int MAX_BARS = 15;

    /** How the bump reads its size. */
    public enum BumpKind {
        RELATIVE("% of each value"), ABSOLUTE("absolute step");

        private final String text;

        BumpKind(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final ObservableValue<Structure> structure;
    private final ObservableValue<String> scenario;
    private final BackgroundTask<Tornado> task;
    private final DesignTools tools;
    private final AnalysisRun<TornadoChart.Picture> analysis;
    private final ObservableList<MetricSpec> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<MetricSpec> metric = new SimpleObjectProperty<>(this, "metric");
    private final ObjectProperty<BumpKind> bumpKind = new SimpleObjectProperty<>(this, "bumpKind", BumpKind.RELATIVE);
    private final StringProperty bump = new SimpleStringProperty(this, "bump", "10");
    private final StringProperty paths = new SimpleStringProperty(this, "paths", Formats.count(DEFAULT_PATHS));
    private final ReadOnlyObjectWrapper<Tornado> tornado = new ReadOnlyObjectWrapper<>(this, "tornado");

    public SensitivityViewModel(ObservableValue<Structure> structure, ObservableValue<String> scenario,
                                BackgroundTask<Tornado> task, DesignTools tools) {
        this.structure = structure;
        this.scenario = scenario;
        this.task = task;
        this.tools = tools;
        this.analysis = new AnalysisRun<>(structure, scenario, task, "Run again for the new one.");
        refreshMetrics(structure.getValue());
        structure.addListener((o, was, now) -> refreshMetrics(now));
    }

    private void refreshMetrics(Structure s) {
        List<MetricSpec> now = MetricChoices.of(s);
        if (!now.equals(metrics)) {
            MetricSpec chosen = metric.get();
            metrics.setAll(now);
            // the map's default (P(bad debt) where there is a loan book): a senior with 25 % beneath it is often
            // 0.00 % under every bump, and a tornado of nothing tells the analyst nothing
            metric.set(chosen != null && now.contains(chosen) ? chosen : MetricSpec.defaultFor(s));
        }
    }

    /** Runs the tornado of the current structure under the workbench's scenario. */
    public void run() {
        Structure s = structure.getValue();
        String sc = scenario.getValue();
        MetricSpec m = metric.get();
        Bump b;
        DesignRun design;
        try {
            b = bump();
            design = new DesignRun(sc, List.of(s.simulation().seed()),
                    FieldText.parseWhole("Paths", paths.get(), 100, 1_000_000));
        } catch (IllegalArgumentException e) {
            analysis.say(e.getMessage());
            return;
        }
        analysis.say("");
        task.start("Sensitivity of " + m.label(), (progress, cancel) -> tools.tornado(s, m, b, design, progress,
                cancel), t -> show(t, s, sc), problem -> analysis.say("The sensitivity run failed: " + problem));
    }

    private Bump bump() {
        if (bumpKind.get() == BumpKind.RELATIVE) {
            double fraction = FieldText.parse("Bump", bump.get(), ValueUnit.PERCENT);
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("Bump: a percentage above 0 and below 100, was " + bump.get().trim());
            }
            return Bump.relative(fraction);
        }
        double step = FieldText.parse("Bump", bump.get(), ValueUnit.RATIO);
        if (!(step > 0)) {
            throw new IllegalArgumentException("Bump: a step above 0, was " + bump.get().trim());
        }
        return Bump.absolute(step);
    }

    private void show(Tornado result, Structure s, String sc) {
        tornado.set(result);
        analysis.show(DesignPictures.tornado(result, s.name(), MAX_BARS), s, sc);
        boolean flat = !result.bars().isEmpty() && result.bars().stream().allMatch(b -> b.swing() == 0
                && b.lowValue() == result.base());
        analysis.say((flat ? "No bump moves " + result.metric().label() + " on these paths: choose a more junior"
                + " tranche or a pool metric, or more paths. " : "") + skipped(result.skipped()));
    }

    /** "Not bumped: /assets/0/drift is 0, which a relative bump leaves unchanged; ..." */
    static String skipped(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        return "Not bumped (" + problems.size() + "): " + problems.stream().map(p -> p.pointer() + " " + p.message())
                .collect(Collectors.joining("; "));
    }

    public void cancel() {
        analysis.cancel("Cancelled; the chart shows the previous run, if any.");
    }

    public ObservableList<MetricSpec> metrics() {
        return FXCollections.unmodifiableObservableList(metrics);
    }

    public ObjectProperty<MetricSpec> metricProperty() {
        return metric;
    }

    public ObjectProperty<BumpKind> bumpKindProperty() {
        return bumpKind;
    }

    /** The bump as typed: a percentage ("10") or a step in each parameter's own unit. */
    public StringProperty bumpProperty() {
        return bump;
    }

    public StringProperty pathsProperty() {
        return paths;
    }

    public ReadOnlyObjectProperty<Tornado> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TornadoChart.Picture> pictureProperty() {
        return analysis.shownProperty();
    }

    /** What went wrong, what was not bumped, or why a run stopped; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return analysis.messageProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return analysis.staleProperty();
    }

    /** Whether File > Export report adds this chart at its end. */
    public javafx.beans.property.BooleanProperty includeInReportProperty() {
        return analysis.includeInReportProperty();
    }

    /** The picture the report includes: the one shown, when asked for and not stale. */
    public java.util.Optional<TornadoChart.Picture> reportPicture() {
        return analysis.reportPicture();
    }

    public TaskProgress progress() {
        return analysis.progress();
    }
}
