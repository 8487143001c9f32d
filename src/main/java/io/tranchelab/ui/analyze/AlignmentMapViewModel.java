package io.tranchelab.ui.analyze;

import io.tranchelab.chart.AlignmentMapChart;
import io.tranchelab.chart.DesignPictures;
import io.tranchelab.design.AlignmentGrid;
import io.tranchelab.design.AlignmentMap;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MapAxis;
import io.tranchelab.design.Measure;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.NumericParameter;
import io.tranchelab.design.StructureOverrides;
import io.tranchelab.design.Target;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.ImpliedRating;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.TaskExecutor;
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
import java.util.Optional;

/**
 * The alignment map of the Analyze window: a metric over two parameters (by default the
 * collateral's volatility and the loan book's liquidation capacity, and the design package's
 * default metric: the pool's P(bad debt) when there is a loan book, else the senior's EL), each from
 * a lower to an upper value in a number of points, with a target whose contour is drawn. The map
 * fills progressively: each pass's snapshot is shown as it arrives (coarse first), the cells not
 * run yet drawn as pending. Stale once the structure or scenario changes after the run; a run
 * under way when they change is stopped (see {@link SensitivityViewModel}).
 */
public final class AlignmentMapViewModel {

    static final int DEFAULT_PATHS = 2_000;
    static final String DEFAULT_RATING = "A";

    private final ObservableValue<Structure> structure;
    private final ObservableValue<String> scenario;
    private final BackgroundTask<AlignmentGrid> task;
    private final TaskExecutor executor;
    private final DesignTools tools;
    private final AnalysisRun<AlignmentMapChart.Picture> analysis;
    private final ObservableList<MetricSpec> metrics = FXCollections.observableArrayList();
    private final ObservableList<NumericParameter> parameters = FXCollections.observableArrayList();
    private final ObjectProperty<MetricSpec> metric = new SimpleObjectProperty<>(this, "metric");
    private final ObjectProperty<NumericParameter> xParameter = new SimpleObjectProperty<>(this, "x");
    private final ObjectProperty<NumericParameter> yParameter = new SimpleObjectProperty<>(this, "y");
    private final StringProperty xFrom = new SimpleStringProperty(this, "xFrom", "");
    private final StringProperty xTo = new SimpleStringProperty(this, "xTo", "");
    private final StringProperty yFrom = new SimpleStringProperty(this, "yFrom", "");
    private final StringProperty yTo = new SimpleStringProperty(this, "yTo", "");
    private final StringProperty points = new SimpleStringProperty(this, "points",
            String.valueOf(MapAxis.DEFAULT_COUNT));
    private final StringProperty paths = new SimpleStringProperty(this, "paths", Formats.count(DEFAULT_PATHS));
    private final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(this, "targetKind",
            TargetKind.RATING);
    private final StringProperty rating = new SimpleStringProperty(this, "rating", DEFAULT_RATING);
    private final StringProperty limit = new SimpleStringProperty(this, "limit", "5 %");
    private final ReadOnlyObjectWrapper<AlignmentGrid> grid = new ReadOnlyObjectWrapper<>(this, "grid");

    public AlignmentMapViewModel(ObservableValue<Structure> structure, ObservableValue<String> scenario,
                                 BackgroundTask<AlignmentGrid> task, TaskExecutor executor, DesignTools tools) {
        this.structure = structure;
        this.scenario = scenario;
        this.task = task;
        this.executor = executor;
        this.tools = tools;
        this.analysis = new AnalysisRun<>(structure, scenario, task, "Run again for the new one.");
        // a rating reads a tranche's EL: another metric takes a limit in its own unit
        metric.addListener((o, was, now) -> {
            if (now != null && now.measure() != Measure.EL && targetKind.get() == TargetKind.RATING) {
                targetKind.set(TargetKind.LIMIT);
            } else if (now != null && now.measure() == Measure.EL && targetKind.get() == TargetKind.LIMIT
                    && (was == null || was.measure() != Measure.EL)) {
                targetKind.set(TargetKind.RATING);
            }
        });
        xParameter.addListener((o, was, now) -> fillRange(now, xFrom, xTo));
        yParameter.addListener((o, was, now) -> fillRange(now, yFrom, yTo));
        refresh(structure.getValue());
        structure.addListener((o, was, now) -> refresh(now));
        task.progress().runningProperty().addListener((o, was, now) -> {
            AlignmentGrid shown = grid.get();
            if (!now && shown != null && !shown.complete() && analysis.message().isEmpty()) {
                analysis.say(stoppedText(shown));
            }
        });
    }

    /** The choices follow the structure; the chosen metric and parameters stay while the structure still has them. */
    private void refresh(Structure s) {
        List<MetricSpec> nowMetrics = MetricChoices.of(s);
        if (!nowMetrics.equals(metrics)) {
            MetricSpec chosen = metric.get();
            metrics.setAll(nowMetrics);
            metric.set(chosen != null && nowMetrics.contains(chosen) ? chosen : MetricSpec.defaultFor(s));
        }
        List<NumericParameter> nowParameters = StructureOverrides.numericParameters(s);
        List<String> pointers = nowParameters.stream().map(NumericParameter::pointer).toList();
        if (!pointers.equals(parameters.stream().map(NumericParameter::pointer).toList())) {
            String x = xParameter.get() == null ? null : xParameter.get().pointer();
            String y = yParameter.get() == null ? null : yParameter.get().pointer();
            parameters.setAll(nowParameters);
            if (x == null || !pointers.contains(x) || y == null || !pointers.contains(y)) {
                choose(s, nowParameters);
            } else {
                // same pointers: keep the user's choice and ranges, with the parameters' current values
                xParameter.set(find(nowParameters, x).orElseThrow());
                yParameter.set(find(nowParameters, y).orElseThrow());
            }
        }
    }

    /**
     * The defaults of issue 12: collateral volatility across, liquidation capacity up; a structure
     * without them gets its first two parameters.
     */
    private void choose(Structure s, List<NumericParameter> all) {
        NumericParameter x = defaultAxis(s, all, true).orElse(all.isEmpty() ? null : all.get(0));
        NumericParameter y = defaultAxis(s, all, false)
                .orElse(all.stream().filter(p -> x == null || !p.pointer().equals(x.pointer())).findFirst()
                        .orElse(null));
        xParameter.set(x);
        yParameter.set(y);
    }

    private static Optional<NumericParameter> defaultAxis(Structure s, List<NumericParameter> all, boolean x) {
        try {
            String pointer = (x ? AlignmentMap.defaultX(s) : AlignmentMap.defaultY(s)).pointer();
            return find(all, pointer);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no volatile collateral or no liquidation capacity: another default
        }
    }

    private static Optional<NumericParameter> find(List<NumericParameter> all, String pointer) {
        return all.stream().filter(p -> p.pointer().equals(pointer)).findFirst();
    }

    /** A new parameter's range: half to twice its value, inside its allowed range (the design package's default). */
    private void fillRange(NumericParameter p, StringProperty from, StringProperty to) {
        if (p == null) {
            from.set("");
            to.set("");
            return;
        }
        var unit = FieldText.ofParameter(p.pointer());
        try {
            MapAxis axis = AlignmentMap.around(structure.getValue(), p.pointer(), MapAxis.DEFAULT_COUNT);
            from.set(unit.format(axis.from()));
            to.set(unit.format(axis.to()));
        } catch (IllegalArgumentException e) {
            // a value of 0 has no "half to twice": the user types the range
            from.set(unit.format(p.range().low()));
            to.set(unit.format(Double.isFinite(p.range().high()) ? p.range().high() : 1));
        }
    }

    /** Runs the map of the current structure under the workbench's scenario. */
    public void run() {
        Structure s = structure.getValue();
        String sc = scenario.getValue();
        MetricSpec m = metric.get();
        MapAxis x;
        MapAxis y;
        Target target;
        DesignRun design;
        try {
            int count = FieldText.parseWhole("Points per axis", points.get(), 2, 41);
            x = axis("Across", xParameter.get(), xFrom.get(), xTo.get(), count);
            y = axis("Up", yParameter.get(), yFrom.get(), yTo.get(), count);
            if (x.pointer().equals(y.pointer())) {
                throw new IllegalArgumentException("Up: choose a parameter other than the one across");
            }
            target = target(s, m);
            design = new DesignRun(sc, List.of(s.simulation().seed()),
                    FieldText.parseWhole("Paths", paths.get(), 100, 1_000_000));
        } catch (IllegalArgumentException e) {
            analysis.say(e.getMessage());
            return;
        }
        analysis.say("");
        task.start("Alignment map of " + m.label(), (progress, cancel) -> tools.map(s, x, y, m, target, design,
                progress, cancel, snapshot -> executor.runOnUiThread(() -> {
                    if (!cancel.isCancelled()) {
                        show(snapshot, s, sc, design); // a pass done: the picture so far
                    }
                })), done -> show(done, s, sc, design), problem -> analysis.say("The map failed: " + problem));
    }

    private static MapAxis axis(String field, NumericParameter p, String from, String to, int count) {
        if (p == null) {
            throw new IllegalArgumentException(field + ": choose a parameter");
        }
        var unit = FieldText.ofParameter(p.pointer());
        double low = FieldText.parse(field + " from", from, unit);
        double high = FieldText.parse(field + " to", to, unit);
        if (!(high > low)) {
            throw new IllegalArgumentException(field + ": the upper value must exceed the lower one");
        }
        return new MapAxis(p.pointer(), p.label(), low, high, count);
    }

    /** The target the contour marks; a rating reads a tranche's EL over the structure's horizon. */
    private Target target(Structure s, MetricSpec m) {
        return switch (targetKind.get()) {
            case NONE -> null;
            case RATING -> {
                if (m.measure() != Measure.EL) {
                    throw new IllegalArgumentException("Target: a rating reads a tranche's EL; choose an EL metric or"
                            + " a limit of the metric");
                }
                yield Target.rating(rating.get(), s.simulation().horizonYears());
            }
            case LIMIT -> {
                double value = FieldText.parse("Target", limit.get(), FieldText.ofMetric(m.unit()));
                yield m.lowerIsBetter() ? Target.atMost(value, m.unit()) : Target.atLeast(value, m.unit());
            }
        };
    }

    private void show(AlignmentGrid snapshot, Structure s, String sc, DesignRun design) {
        grid.set(snapshot);
        analysis.show(DesignPictures.map(snapshot, s.name(), design), s, sc);
    }

    static String stoppedText(AlignmentGrid shown) {
        return "Stopped with " + shown.computed() + " of " + shown.total()
                + " points computed; the hatched cells were not run.";
    }

    public void cancel() {
        AlignmentGrid shown = grid.get();
        analysis.cancel(shown == null || shown.complete() ? "Cancelled." : stoppedText(shown));
    }

    /** The ratings a target may name, best first. */
    public static List<String> ratings() {
        return ImpliedRating.DEFAULT_RATE_EQUIVALENT.ratings();
    }

    public ObservableList<MetricSpec> metrics() {
        return FXCollections.unmodifiableObservableList(metrics);
    }

    public ObservableList<NumericParameter> parameters() {
        return FXCollections.unmodifiableObservableList(parameters);
    }

    public ObjectProperty<MetricSpec> metricProperty() {
        return metric;
    }

    public ObjectProperty<NumericParameter> xParameterProperty() {
        return xParameter;
    }

    public ObjectProperty<NumericParameter> yParameterProperty() {
        return yParameter;
    }

    public StringProperty xFromProperty() {
        return xFrom;
    }

    public StringProperty xToProperty() {
        return xTo;
    }

    public StringProperty yFromProperty() {
        return yFrom;
    }

    public StringProperty yToProperty() {
        return yTo;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty pathsProperty() {
        return paths;
    }

    public ObjectProperty<TargetKind> targetKindProperty() {
        return targetKind;
    }

    public StringProperty ratingProperty() {
        return rating;
    }

    /** The target as a value of the metric, typed in its unit ("1 %"). */
    public StringProperty limitProperty() {
        return limit;
    }

    public ReadOnlyObjectProperty<AlignmentGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlignmentMapChart.Picture> pictureProperty() {
        return analysis.shownProperty();
    }

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
    public java.util.Optional<AlignmentMapChart.Picture> reportPicture() {
        return analysis.reportPicture();
    }

    public TaskProgress progress() {
        return analysis.progress();
    }
}
