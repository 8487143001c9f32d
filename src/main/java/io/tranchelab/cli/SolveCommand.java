package io.tranchelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.design.Crossing;
import io.tranchelab.design.DesignRun;
import io.tranchelab.design.MetricUnit;
import io.tranchelab.design.MonteCarloInterval;
import io.tranchelab.design.ParameterOverride;
import io.tranchelab.design.SolveAnswer;
import io.tranchelab.design.SolveOutcome;
import io.tranchelab.design.SolveQuestion;
import io.tranchelab.design.SolveQuestions;
import io.tranchelab.design.SolvedParameter;
import io.tranchelab.design.TargetSolver;
import io.tranchelab.format.Formats;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code solve FILE --for ...}: the parameter value at which a target stops holding, with its Monte Carlo interval. */
@Command(name = "solve", header = "Solve for the parameter value that meets a target (senior share, break-even"
        + " crash, keeper capacity, liquidation threshold, fair coupon).",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds where a target stops holding as one parameter moves, by bracketing and Brent's"
                + " method (Hipparchus) on runs that share one seed (common random numbers), then re-solves on"
                + " --seeds seeds for a 95 %% Monte Carlo interval. The answer is the value nearest the crossing at"
                + " which the target still holds; a tolerance beyond it, it fails. A target that holds over the"
                + " whole range, or never, is reported as such. Each run takes 2,000 paths unless --paths says"
                + " otherwise.",
            "",
            "  senior-share           largest share of the first tranche with its EL <= --target (or --rating)",
            "  break-even-crash       largest instant fall of --asset on --day with --tranche's EL <= --target"
                + " (default 0)",
            "  liquidation-capacity   least keeper capacity (USD a step) of --position with P(bad debt) <= --target",
            "  liquidation-threshold  greatest liquidation threshold of --position with P(bad debt) <= --target",
            "  max-ltv                greatest highest initial LTV of --position with P(bad debt) <= --target",
            "  fair-coupon            least coupon of --tranche with a mean IRR >= --target (the hurdle)"},
        footerHeading = "%nExamples:%n",
        footer = {"  tranchelab solve deal.json --for senior-share --target 0.05%%",
            "  tranchelab solve deal.json --for senior-share --rating A --seeds 3",
            "  tranchelab solve samples/eth-lending-book.json --for break-even-crash --tranche Senior --day 10",
            "  tranchelab solve samples/eth-lending-book.json --for liquidation-capacity --target 5%%",
            "  tranchelab solve deal.json --for fair-coupon --tranche Mezzanine --target 9%% --format json"})
final class SolveCommand implements Callable<Integer> {

    /** The questions, as --for names them. */
    enum Question { SENIOR_SHARE, BREAK_EVEN_CRASH, LIQUIDATION_CAPACITY, LIQUIDATION_THRESHOLD, MAX_LTV, FAIR_COUPON }

    @ParentCommand
    private TrancheLabCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The structure (JSON).")
    private String file;

    @Option(names = "--for", required = true, paramLabel = "QUESTION", converter = QuestionConverter.class,
            description = "senior-share, break-even-crash, liquidation-capacity, liquidation-threshold, max-ltv or"
                    + " fair-coupon.")
    private Question question;

    @Option(names = "--target", paramLabel = "X",
            description = "The target: an EL, a P(bad debt) or a return hurdle, e.g. 0.05%% or 0.0005.")
    private String target;

    @Option(names = "--rating", paramLabel = "GRADE",
            description = "senior-share only, instead of --target: a default-rate-equivalent grade (AAA, AA, A,"
                    + " BBB, BB, B, CCC/C) whose allowance over the horizon is the target EL.")
    private String rating;

    @Option(names = "--tranche", paramLabel = "NAME",
            description = "break-even-crash and fair-coupon: the tranche (default: the first).")
    private String tranche;

    @Option(names = "--asset", paramLabel = "ID",
            description = "break-even-crash: the asset that falls (default: the first volatile asset).")
    private String asset;

    @Option(names = "--day", paramLabel = "D", description = "break-even-crash: the day of the fall (default 0, the"
            + " first step).")
    private String day;

    @Option(names = "--position", paramLabel = "NAME",
            description = "liquidation-capacity, liquidation-threshold and max-ltv: the loan book (default: the"
                    + " first).")
    private String position;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Scenario every run is under: base, one of the file's or a historical one (default: base).")
    private String scenario;

    @Option(names = "--seeds", paramLabel = "K", converter = Converters.Seeds.class,
            description = "Seeds the answer is solved on, 1 to 100, from --seed on (default 5): the first gives the"
                    + " answer, all of them its interval.")
    private int seeds = 5;

    @Mixin
    private RunOptions run;

    @Option(names = "--format", paramLabel = "table|json|csv", converter = DesignOptions.FormatConverter.class,
            description = "table (default), json or csv (one row per seed).")
    private DesignOptions.Format format = DesignOptions.Format.TABLE;

    private Terminal out;

    @Override
    public Integer call() throws UsageException {
        out = parent.terminal;
        Structure structure = Cli.load(file);
        String scenarioName = scenario == null ? Scenario.BASE_NAME : scenario;
        if (scenario != null) {
            try {
                structure = ScenarioLibrary.withScenarios(structure, List.of(scenario));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--scenario " + e.getMessage());
            }
        }
        SolveQuestion q = question(structure, scenarioName);
        long first = run.seed != null ? run.seed : structure.simulation().seed();
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(first + i);
        }
        int paths = run.paths != null ? run.paths : DesignOptions.DEFAULT_PATHS;
        SolveAnswer answer;
        try {
            answer = TargetSolver.solve(q, new DesignRun(scenarioName, seedList, paths), DesignOptions.threads(run),
                    ProgressListener.NONE, CancellationToken.none());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        switch (format) {
            case JSON -> out.json(json(answer, scenarioName, paths));
            case CSV -> printCsv(answer);
            default -> printTable(answer, scenarioName, paths);
        }
        return Cli.OK;
    }

    private SolveQuestion question(Structure structure, String scenarioName) throws UsageException {
        if (rating != null && question != Question.SENIOR_SHARE) {
            throw new UsageException("--rating applies to --for senior-share only");
        }
        if (rating != null && target != null) {
            throw new UsageException("give --target or --rating, not both");
        }
        try {
            return switch (question) {
                case SENIOR_SHARE -> rating != null
                        ? SolveQuestions.seniorShareForRating(structure, scenarioName, rating)
                        : SolveQuestions.seniorShare(structure, scenarioName, requiredTarget());
                case BREAK_EVEN_CRASH -> SolveQuestions.breakEvenCrash(structure, scenarioOf(structure, scenarioName),
                        asset != null ? asset : SolveQuestions.mainVolatileAsset(structure),
                        day == null ? 0 : DesignOptions.number("--day", day), trancheName(structure),
                        target == null ? 0 : DesignOptions.number("--target", target));
                case LIQUIDATION_CAPACITY -> SolveQuestions.liquidationCapacity(structure, scenarioName,
                        SolveQuestions.loanBookIndex(structure, position), requiredTarget());
                case LIQUIDATION_THRESHOLD -> SolveQuestions.liquidationThreshold(structure, scenarioName,
                        SolveQuestions.loanBookIndex(structure, position), requiredTarget());
                case MAX_LTV -> SolveQuestions.maximumLtv(structure, scenarioName,
                        SolveQuestions.loanBookIndex(structure, position), requiredTarget());
                case FAIR_COUPON -> SolveQuestions.fairCoupon(structure, scenarioName, trancheName(structure),
                        requiredTarget());
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException(optionOf(e.getMessage()) + e.getMessage());
        }
    }

    /** The option a core message is about, so the one line names the field the user typed. */
    private static String optionOf(String message) {
        if (message.startsWith("metric '") || message.startsWith("tranche '") || message.startsWith("no tranche")) {
            return "--tranche: ";
        }
        if (message.startsWith("asset '") || message.contains("volatile asset")) {
            return "--asset: ";
        }
        if (message.startsWith("day ")) {
            return "--day: ";
        }
        if (message.contains("loan book")) {
            return "--position: ";
        }
        if (message.startsWith("rating '")) {
            return "--rating: ";
        }
        return "";
    }

    private double requiredTarget() throws UsageException {
        if (target == null) {
            throw new UsageException("solve --for " + name(question) + " needs --target X"
                    + (question == Question.SENIOR_SHARE ? " (or --rating GRADE)" : ""));
        }
        return DesignOptions.number("--target", target);
    }

    private String trancheName(Structure structure) {
        return tranche != null ? tranche : structure.tranches().get(0).name();
    }

    private static Scenario scenarioOf(Structure structure, String name) {
        return Scenario.BASE_NAME.equals(name) ? Scenario.BASE : structure.scenario(name).orElseThrow();
    }

    private void printTable(SolveAnswer a, String scenarioName, int paths) {
        SolveQuestion q = a.question();
        SolvedParameter p = q.parameter();
        MetricUnit unit = p.unit();
        out.printf("Solve: %s%n", q.question());
        long last = a.seeds().get(a.seeds().size() - 1);
        out.printf("  scenario %s, %s paths a run, %s, tolerance %s%n%n", scenarioName, Formats.count(paths),
                a.seeds().size() == 1 ? "seed " + last : "seeds " + a.seeds().get(0) + " to " + last,
                unit.format(p.tolerance()));
        if (a.outcome() != SolveOutcome.FOUND) {
            out.printf("No answer: %s (%s to %s): %s is %s at %s and %s at %s.%n", a.outcome().text(),
                    unit.format(p.low()), unit.format(p.high()), q.metricLabel(), q.metricUnit().format(a.metricAtLow()),
                    unit.format(p.low()), q.metricUnit().format(a.metricAtHigh()), unit.format(p.high()));
        } else {
            out.printf("Answer: %s %s (the target holds %s it)%n", p.label(), value(unit, a.answer()),
                    a.holdsBelow() ? "at and below" : "at and above");
            out.printf("  %s %s at the answer (meets %s %s); %s at %s, a tolerance beyond (misses it)%n",
                    q.metricLabel(), q.metricUnit().format(a.metricAtAnswer()), q.comparison().symbol(),
                    q.metricUnit().format(q.target()), q.metricUnit().format(a.metricBeyond()), value(unit, a.beyond()));
            if (!Double.isNaN(p.current())) {
                out.printf("  the structure has %s%n", value(unit, p.current()));
            }
            for (ParameterOverride o : a.overrides()) {
                out.printf("  apply: %s = %s%n", o.pointer(), o.value());
            }
        }
        MonteCarloInterval i = a.interval();
        if (!i.answers().isEmpty()) {
            out.printf("%nMonte Carlo interval (95 %%, %d seed%s): %s to %s (mean %s, sd %s)%s%n", i.answers().size(),
                    i.answers().size() == 1 ? "" : "s", value(unit, i.low()), value(unit, i.high()),
                    value(unit, i.mean()), value(unit, i.standardDeviation()), i.seedsWithoutCrossing() == 0 ? ""
                            : "; " + i.seedsWithoutCrossing() + " seed(s) found no crossing in the range");
        }
        out.printf("%n%-12s %-24s %14s %14s %6s%n", "Seed", "Outcome", "Answer", q.metricLabel(), "Runs");
        for (int k = 0; k < a.seeds().size(); k++) {
            Crossing c = a.crossings().get(k);
            boolean found = c.outcome() == SolveOutcome.FOUND;
            out.printf("%-12d %-24s %14s %14s %6d%n", a.seeds().get(k), outcome(c.outcome()),
                    found ? value(unit, c.holding()) : "-", found ? q.metricUnit().format(c.holdingValue()) : "-",
                    c.evaluations());
        }
    }

    private void printCsv(SolveAnswer a) {
        SolveQuestion q = a.question();
        out.println("seed,outcome,parameter,pointer,answer,metric,metricAtAnswer,beyond,metricBeyond,evaluations,"
                + "intervalLow,intervalHigh,intervalMean,intervalSd");
        MonteCarloInterval i = a.interval();
        for (int k = 0; k < a.seeds().size(); k++) {
            Crossing c = a.crossings().get(k);
            out.println(String.join(",", String.valueOf(a.seeds().get(k)), outcome(c.outcome()),
                    csv(q.parameter().label()), q.parameter().pointer() == null ? "" : q.parameter().pointer(),
                    number(c.holding()), csv(q.metricLabel()), number(c.holdingValue()), number(c.failing()),
                    number(c.failingValue()), String.valueOf(c.evaluations()), number(i.low()), number(i.high()),
                    number(i.mean()), number(i.standardDeviation())));
        }
    }

    private static ObjectNode json(SolveAnswer a, String scenarioName, int paths) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = mapper.createObjectNode();
        SolveQuestion q = a.question();
        SolvedParameter p = q.parameter();
        json.put("question", q.question());
        json.put("scenario", scenarioName);
        json.put("paths", paths);
        ObjectNode parameter = json.putObject("parameter");
        parameter.put("label", p.label());
        parameter.put("pointer", p.pointer());
        parameter.put("unit", p.unit().name());
        parameter.put("low", p.low());
        parameter.put("high", p.high());
        parameter.put("tolerance", p.tolerance());
        putNumber(parameter, "current", p.current());
        json.put("metric", q.metricLabel());
        json.put("comparison", q.comparison().name());
        json.put("target", q.target());
        json.put("outcome", outcome(a.outcome()));
        json.put("outcomeText", a.outcome().text());
        putNumber(json, "answer", a.answer());
        putNumber(json, "metricAtAnswer", a.metricAtAnswer());
        putNumber(json, "beyond", a.beyond());
        putNumber(json, "metricBeyond", a.metricBeyond());
        json.put("metricAtLow", a.metricAtLow());
        json.put("metricAtHigh", a.metricAtHigh());
        ArrayNode overrides = json.putArray("overrides");
        a.overrides().forEach(o -> overrides.addObject().put("pointer", o.pointer()).put("value", o.value()));
        MonteCarloInterval i = a.interval();
        ObjectNode interval = json.putObject("interval");
        interval.put("level", 0.95);
        putNumber(interval, "low", i.low());
        putNumber(interval, "high", i.high());
        putNumber(interval, "mean", i.mean());
        putNumber(interval, "standardDeviation", i.standardDeviation());
        interval.put("seedsWithoutCrossing", i.seedsWithoutCrossing());
        ArrayNode perSeed = json.putArray("seeds");
        for (int k = 0; k < a.seeds().size(); k++) {
            Crossing c = a.crossings().get(k);
            ObjectNode row = perSeed.addObject();
            row.put("seed", a.seeds().get(k));
            row.put("outcome", outcome(c.outcome()));
            putNumber(row, "answer", c.holding());
            putNumber(row, "metricAtAnswer", c.holdingValue());
            putNumber(row, "beyond", c.failing());
            putNumber(row, "metricBeyond", c.failingValue());
            row.put("evaluations", c.evaluations());
        }
        return json;
    }

    /** JSON has no NaN: a figure that does not exist is null. */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** A parameter's value: fractions to a thousandth of a point, so the answer and the value a tolerance beyond read apart. */
    private static String value(MetricUnit unit, double v) {
        return unit == MetricUnit.FRACTION ? Formats.percentNumber(v, 3) + (Double.isNaN(v) ? "" : " %")
                : unit.format(v);
    }

    private static String outcome(SolveOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.valueOf(value) : "";
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static String name(Question q) {
        return q.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class QuestionConverter implements ITypeConverter<Question> {
        @Override
        public Question convert(String value) {
            for (Question q : Question.values()) {
                if (name(q).equals(value)) {
                    return q;
                }
            }
            throw new TypeConversionException("must be senior-share, break-even-crash, liquidation-capacity,"
                    + " liquidation-threshold, max-ltv or fair-coupon, was '" + value + "'");
        }
    }
}
