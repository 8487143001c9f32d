package io.tranchelab.ui.analyze;

import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MetricUnit;
import io.tranchelab.design.SolveAnswer;
import io.tranchelab.design.SolveOutcome;
import io.tranchelab.design.SolveQuestion;
import io.tranchelab.design.SolveQuestions;
import io.tranchelab.design.SolvedParameter;
import io.tranchelab.design.StructureOverrides;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.ui.params.ValueUnit;
import io.tranchelab.ui.run.BackgroundTask;
import io.tranchelab.ui.run.TaskProgress;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Solve for...": the question, its target and tranche; solving in the background on several
 * seeds (progress, time left, Cancel); the answer with its Monte Carlo interval and the direct-run
 * check; and Apply, which sets the answer in the structure as one undoable edit named after it.
 * Apply is offered only while the structure and scenario are those the answer was solved for.
 */
public final class SolveViewModel {

    static final int DEFAULT_PATHS = 2_000;
    static final int DEFAULT_SEEDS = 5;

    private final ObservableValue<Structure> structure;
    private final ObservableValue<String> scenario;
    private final BackgroundTask<DesignTools.Solved> task;
    private final DesignTools tools;
    private final NamedEdit editor;
    private final AnalysisRun<DesignTools.Solved> analysis;
    private final ObjectProperty<SolveQuestionKind> question = new SimpleObjectProperty<>(this, "question",
            SolveQuestionKind.SENIOR_SHARE_RATING);
    private final StringProperty target = new SimpleStringProperty(this, "target",
            SolveQuestionKind.SENIOR_SHARE_RATING.defaultTarget());
    private final ObservableList<String> tranches = FXCollections.observableArrayList();
    private final StringProperty tranche = new SimpleStringProperty(this, "tranche");
    private final StringProperty day = new SimpleStringProperty(this, "day", "30");
    private final StringProperty paths = new SimpleStringProperty(this, "paths", Formats.count(DEFAULT_PATHS));
    private final StringProperty seeds = new SimpleStringProperty(this, "seeds", String.valueOf(DEFAULT_SEEDS));
    private final ReadOnlyStringWrapper answerText = new ReadOnlyStringWrapper(this, "answerText", "");
    private final ReadOnlyStringWrapper intervalText = new ReadOnlyStringWrapper(this, "intervalText", "");
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper(this, "checkText", "");
    private final BooleanBinding canApply;
    private Structure solvedFor;

    public SolveViewModel(ObservableValue<Structure> structure, ObservableValue<String> scenario,
                          BackgroundTask<DesignTools.Solved> task, DesignTools tools, NamedEdit editor) {
        this.structure = structure;
        this.scenario = scenario;
        this.task = task;
        this.tools = tools;
        this.editor = editor;
        this.analysis = new AnalysisRun<>(structure, scenario, task, "Solve again for the new one.");
        canApply = Bindings.createBooleanBinding(() -> analysis.shown() != null
                && !analysis.shown().answer().overrides().isEmpty() && !analysis.isStale(), analysis.shownProperty(),
                analysis.staleProperty());
        question.addListener((o, was, now) -> {
            target.set(now.defaultTarget());
            refreshTranches(structure.getValue(), true);
        });
        refreshTranches(structure.getValue(), true);
        structure.addListener((o, was, now) -> refreshTranches(now, false));
    }

    /**
     * The tranches the question may name: any for the crash, all but the equity (no coupon) for
     * the coupon. A new question takes its default: the senior for the crash, the first junior
     * with a coupon for the coupon; an edit keeps the choice while the tranche still exists.
     */
    private void refreshTranches(Structure s, boolean newQuestion) {
        List<String> names = s.tranches().stream().map(Tranche::name).toList();
        boolean coupon = question.get() == SolveQuestionKind.FAIR_COUPON;
        List<String> allowed = coupon ? names.subList(0, Math.max(0, names.size() - 1)) : names;
        if (!allowed.equals(tranches)) {
            tranches.setAll(allowed);
        }
        if (newQuestion || tranche.get() == null || !allowed.contains(tranche.get())) {
            tranche.set(allowed.isEmpty() ? null : allowed.get(coupon && allowed.size() > 1 ? 1 : 0));
        }
    }

    /** Solves the chosen question for the current structure under the workbench's scenario. */
    public void solve() {
        Structure s = structure.getValue();
        String sc = scenario.getValue();
        SolveQuestion q;
        DesignRun run;
        try {
            q = question(s, sc);
            int count = FieldText.parseWhole("Seeds", seeds.get(), 1, 50);
            List<Long> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                list.add(s.simulation().seed() + i);
            }
            run = new DesignRun(sc, list, FieldText.parseWhole("Paths", paths.get(), 100, 1_000_000));
        } catch (IllegalArgumentException e) {
            analysis.say(e.getMessage());
            return;
        }
        analysis.say("");
        task.start("Solving: " + q.question(), (progress, cancel) -> tools.solve(s, q, run, progress, cancel),
                result -> show(result, s, sc, run), problem -> analysis.say("The solver failed: " + problem));
    }

    private SolveQuestion question(Structure s, String sc) {
        SolveQuestionKind kind = question.get();
        if (kind.isRating()) {
            return SolveQuestions.seniorShareForRating(s, sc, target.get().trim().toUpperCase(java.util.Locale.ROOT));
        }
        double value = FieldText.parse("Target", target.get(), ValueUnit.PERCENT);
        return switch (kind) {
            case SENIOR_SHARE_EL -> SolveQuestions.seniorShare(s, sc, value);
            case BREAK_EVEN_CRASH -> SolveQuestions.breakEvenCrash(s, scenarioOf(s, sc),
                    SolveQuestions.mainVolatileAsset(s), FieldText.parse("Day", day.get(), ValueUnit.DAYS),
                    requireTranche(), value);
            case LIQUIDATION_CAPACITY -> SolveQuestions.liquidationCapacity(s, sc,
                    SolveQuestions.loanBookIndex(s, null), value);
            case LIQUIDATION_THRESHOLD -> SolveQuestions.liquidationThreshold(s, sc,
                    SolveQuestions.loanBookIndex(s, null), value);
            case FAIR_COUPON -> SolveQuestions.fairCoupon(s, sc, requireTranche(), value);
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private String requireTranche() {
        if (tranche.get() == null) {
            throw new IllegalArgumentException("Tranche: choose one");
        }
        return tranche.get();
    }

    private static Scenario scenarioOf(Structure s, String name) {
        return Scenario.BASE_NAME.equals(name) ? Scenario.BASE : s.scenario(name).orElseThrow(
                () -> new IllegalArgumentException("Scenario: the structure has no scenario '" + name + "'"));
    }

    private void show(DesignTools.Solved result, Structure s, String sc, DesignRun run) {
        solvedFor = s;
        analysis.show(result, s, sc);
        SolveAnswer a = result.answer();
        SolvedParameter p = a.question().parameter();
        MetricUnit unit = p.unit();
        String question = a.question().question() + " (" + io.tranchelab.chart.DesignPictures.caption(s.name(), run) + ")";
        if (a.outcome() != SolveOutcome.FOUND) {
            answerText.set("No answer: " + a.outcome().text() + " of " + p.label() + ", " + unit.format(p.low())
                    + " to " + unit.format(p.high()) + ". " + a.question().metricLabel() + " is "
                    + a.question().metricUnit().format(a.metricAtLow()) + " at the low end and "
                    + a.question().metricUnit().format(a.metricAtHigh()) + " at the high end.");
            intervalText.set(question);
            checkText.set("");
            return;
        }
        answerText.set(p.label() + ": " + unit.format(a.answer())
                + (Double.isNaN(p.current()) ? "" : " (now " + unit.format(p.current()) + ")"));
        intervalText.set(interval(a) + "\n" + question);
        checkText.set(check(a, result.check()));
    }

    /** "95 % Monte Carlo interval over 5 seeds: 79.90 % to 82.30 % (mean 81.05 %)". */
    static String interval(SolveAnswer a) {
        var mc = a.interval();
        MetricUnit unit = a.question().parameter().unit();
        if (mc.answers().isEmpty()) {
            return "No Monte Carlo interval: no seed found a crossing.";
        }
        String without = mc.seedsWithoutCrossing() == 0 ? ""
                : "; " + mc.seedsWithoutCrossing() + " seed(s) found no crossing and are left out";
        return "95 % Monte Carlo interval over " + mc.answers().size() + " seed(s): " + unit.format(mc.low()) + " to "
                + unit.format(mc.high()) + " (mean " + unit.format(mc.mean()) + ")" + without;
    }

    /**
     * "Checked by direct runs on seed 42: Senior EL 0.0198 % at 81.204 % (holds ≤ 0.0200 %); 0.0203 %
     * at 81.213 % (fails)." Each pair is written with as many digits as it takes to tell them apart:
     * the answer and the value beyond are a tolerance apart, and a metric next to its target would
     * otherwise read as equal to it.
     */
    static String check(SolveAnswer a, DirectCheck check) {
        if (check == null) {
            return "";
        }
        SolveQuestion q = a.question();
        MetricUnit m = q.metricUnit();
        MetricUnit unit = q.parameter().unit();
        String[] inputs = apart(unit, check.answer(), check.beyond());
        String[] atAnswer = apart(m, check.atAnswer(), q.target());
        String[] atBeyond = apart(m, check.atBeyond(), q.target());
        return "Checked by direct runs on seed " + a.seeds().get(0) + ": " + q.metricLabel() + " " + atAnswer[0]
                + " at " + inputs[0] + " (" + (check.holds() ? "holds" : "DOES NOT HOLD") + " "
                + q.comparison().symbol() + " " + atAnswer[1] + "); " + atBeyond[0] + " at " + inputs[1] + " ("
                + (check.failsBeyond() ? "fails" : "STILL HOLDS") + ")"
                + (check.confirms() ? "." : ": the check disagrees with the search; do not rely on this answer.");
    }

    /**
     * Two values in their unit; fractions with the decimals of percent their difference needs (2
     * to 6), so neither rounding nor a short format makes them read alike.
     */
    static String[] apart(MetricUnit unit, double a, double b) {
        if (unit != MetricUnit.FRACTION) {
            return unit == MetricUnit.USD ? new String[] {Formats.moneyExact(a), Formats.moneyExact(b)}
                    : new String[] {unit.format(a), unit.format(b)};
        }
        double points = Math.abs(a - b) * 100;
        int decimals = points > 0 && Double.isFinite(points)
                ? Math.max(2, Math.min(6, (int) Math.ceil(-Math.log10(points) - 1e-9))) : 2;
        return new String[] {Formats.percentNumber(a, decimals) + " %", Formats.percentNumber(b, decimals) + " %"};
    }

    /** Sets the answer in the structure it was solved for, as one undoable edit named after it. */
    public void apply() {
        if (!canApply.get()) {
            analysis.say(analysis.isStale() ? "The structure changed since this answer; solve again before applying."
                    : "There is nothing to apply.");
            return;
        }
        SolveAnswer a = analysis.shown().answer();
        SolvedParameter p = a.question().parameter();
        String name = applyName(p, a.answer());
        try {
            Structure next = StructureOverrides.apply(solvedFor, a.overrides());
            List<Problem> problems = editor.apply(next, name);
            analysis.say(problems.isEmpty() ? "Applied: " + name.substring("Apply ".length())
                    + ". Undo takes it back." : "Not applied: " + problems.stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        } catch (IllegalArgumentException e) {
            analysis.say("Not applied: " + e.getMessage());
        }
    }

    /** "Apply solved Senior share 81.20 %", the undo menu's name for the edit. */
    static String applyName(SolvedParameter p, double value) {
        return "Apply solved " + p.label() + " " + p.unit().format(value);
    }

    public void cancel() {
        analysis.cancel("Cancelled.");
    }

    public ObjectProperty<SolveQuestionKind> questionProperty() {
        return question;
    }

    /** The target as typed: a rating ("AA") or a percentage. */
    public StringProperty targetProperty() {
        return target;
    }

    public ObservableList<String> tranches() {
        return FXCollections.unmodifiableObservableList(tranches);
    }

    public StringProperty trancheProperty() {
        return tranche;
    }

    /** The day of the break-even crash. */
    public StringProperty dayProperty() {
        return day;
    }

    public StringProperty pathsProperty() {
        return paths;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public ReadOnlyObjectProperty<DesignTools.Solved> solvedProperty() {
        return analysis.shownProperty();
    }

    public ReadOnlyStringProperty answerTextProperty() {
        return answerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty intervalTextProperty() {
        return intervalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkTextProperty() {
        return checkText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return analysis.messageProperty();
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return analysis.staleProperty();
    }

    public TaskProgress progress() {
        return analysis.progress();
    }
}
