package io.tranchelab.design;

import io.tranchelab.format.Formats;
import io.tranchelab.model.Asset;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Position;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Shock;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.sim.IdealizedLossTable;
import io.tranchelab.sim.ImpliedRating;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The four questions of issue 12 as {@link SolveQuestion}s (docs/model.md §14.8, "The
 * questions"): each fixes the parameter, its range and tolerance, the metric and how a value is run.
 */
public final class SolveQuestions {

    /** Shares, thresholds and crash depths to a hundredth of a percentage point. */
    static final double FRACTION_TOLERANCE = 1e-4;
    /** Coupons to a thousandth of a percentage point. */
    static final double COUPON_TOLERANCE = 1e-5;
    /** Capacities to a ten-thousandth of the book's principal (per step). */
    static final double CAPACITY_TOLERANCE = 1e-4;
    /** The deepest crash tried: 99 % (a log return of ln 0.01). */
    static final double DEEPEST_CRASH = 0.99;
    /** The name of the scenario a break-even crash is run as. */
    public static final String CRASH_SCENARIO = "break-even crash";

    private SolveQuestions() {
    }

    /** The largest senior share (least subordination) whose EL is at most {@code targetEl}; the other shares rescaled pro rata. */
    public static SolveQuestion seniorShare(Structure structure, String scenario, double targetEl) {
        Tranche senior = structure.tranches().get(0);
        MetricSpec el = MetricSpec.tranche(senior.name(), Measure.EL);
        SolvedParameter p = new SolvedParameter("/tranches/0/share", senior.name() + " share", MetricUnit.FRACTION,
                0.01, 0.99, FRACTION_TOLERANCE, senior.share());
        return new SolveQuestion("largest " + senior.name() + " share with " + el.label() + " ≤ "
                + Formats.percent(targetEl), p, el.label(), el.unit(), el::of, Comparison.AT_MOST, targetEl,
                overriding(structure, p, scenario));
    }

    /**
     * The largest senior share that still earns {@code grade} on the default-rate-equivalent scale
     * (docs/model.md §8.8): its EL at most the grade's allowance over the structure's horizon.
     */
    public static SolveQuestion seniorShareForRating(Structure structure, String scenario, String grade) {
        IdealizedLossTable table = ImpliedRating.DEFAULT_RATE_EQUIVALENT;
        int index = table.ratings().indexOf(grade);
        if (index < 0) {
            throw new IllegalArgumentException("rating '" + grade + "' is not a grade of the default-rate-equivalent"
                    + " scale; grades: " + String.join(", ", table.ratings()));
        }
        double allowance = table.threshold(index, structure.simulation().horizonYears());
        SolveQuestion q = seniorShare(structure, scenario, allowance);
        return new SolveQuestion(q.question() + " (a " + grade + " DR-eq rating)", q.parameter(), q.metricLabel(),
                q.metricUnit(), q.metric(), q.comparison(), q.target(), q.trialAt());
    }

    /**
     * The break-even crash: the largest instant fall of {@code asset}'s price in the step holding
     * {@code day} (a PRICE shock of log return ln(1 - drop), docs/model.md §3.2, on top of the
     * scenario's own) at which the tranche's EL stays at most {@code threshold}; a deeper fall, by
     * the tolerance, makes it lose more.
     *
     * @param base the scenario the crash is added to ({@link Scenario#BASE} for none)
     */
    public static SolveQuestion breakEvenCrash(Structure structure, Scenario base, String asset, double day,
                                               String tranche, double threshold) {
        MetricSpec el = MetricSpec.tranche(tranche, Measure.EL).requireIn(structure);
        if (!(structure.asset(asset).orElse(null) instanceof VolatileAsset)) {
            throw new IllegalArgumentException("asset '" + asset + "' is not a volatile asset of the structure;"
                    + " volatile assets: " + volatileAssets(structure));
        }
        int step = stepOfDay(structure, day);
        SolvedParameter p = new SolvedParameter(null, asset + " crash on day " + Formats.count((long) day),
                MetricUnit.FRACTION, 0, DEEPEST_CRASH, FRACTION_TOLERANCE, Double.NaN);
        List<Scenario> others = structure.scenarios().stream().filter(s -> !s.name().equals(CRASH_SCENARIO)).toList();
        return new SolveQuestion("largest " + asset + " crash on day " + Formats.count((long) day) + " (step " + step
                + ") with " + el.label() + " ≤ " + Formats.percent(threshold), p, el.label(), el.unit(), el::of,
                Comparison.AT_MOST, threshold, drop -> {
                    List<Shock> shocks = new ArrayList<>(base.shocks());
                    shocks.add(new PriceShock(asset, step, Math.log1p(-drop)));
                    Scenario crash = new Scenario(CRASH_SCENARIO, base.name() + " with " + asset + " down "
                            + Formats.percent(drop) + " in step " + step, base.volatilityMultiplier(),
                            base.driftOverrides(), base.correlationOverride(), base.liquidationCapacityMultiplier(),
                            base.marketDepthMultiplier(), shocks);
                    List<Scenario> scenarios = new ArrayList<>(others);
                    scenarios.add(crash);
                    return new SolveQuestion.Trial(structure.withScenarios(scenarios), CRASH_SCENARIO);
                });
    }

    /** The least liquidation capacity (USD of debt per step) of loan book {@code position} keeping P(bad debt) at most {@code target}. */
    public static SolveQuestion liquidationCapacity(Structure structure, String scenario, int position, double target) {
        LoanBook book = loanBook(structure, position);
        MetricSpec badDebt = MetricSpec.pool(Measure.P_BAD_DEBT);
        double principal = book.principal();
        SolvedParameter p = new SolvedParameter("/positions/" + position + "/liquidationCapacity",
                book.name() + " liquidation capacity", MetricUnit.USD, Math.max(0.01, principal * CAPACITY_TOLERANCE),
                principal, principal * CAPACITY_TOLERANCE, book.liquidationCapacity().orElse(Double.NaN));
        return new SolveQuestion("least " + p.label() + " with " + badDebt.label() + " ≤ " + Formats.percent(target),
                p, badDebt.label(), badDebt.unit(), badDebt::of, Comparison.AT_MOST, target,
                overriding(structure, p, scenario));
    }

    /**
     * The greatest liquidation threshold of loan book {@code position} keeping P(bad debt) at most
     * {@code target}, searched from the book's highest initial loan-to-value (a lower threshold
     * would make loans unhealthy from the start) to 1.
     */
    public static SolveQuestion liquidationThreshold(Structure structure, String scenario, int position,
                                                     double target) {
        LoanBook book = loanBook(structure, position);
        MetricSpec badDebt = MetricSpec.pool(Measure.P_BAD_DEBT);
        SolvedParameter p = new SolvedParameter("/positions/" + position + "/liquidationThreshold",
                book.name() + " liquidation threshold", MetricUnit.FRACTION, book.ltvHigh(), 1, FRACTION_TOLERANCE,
                book.liquidationThreshold());
        return new SolveQuestion("greatest " + p.label() + " with " + badDebt.label() + " ≤ "
                + Formats.percent(target), p, badDebt.label(), badDebt.unit(), badDebt::of, Comparison.AT_MOST, target,
                overriding(structure, p, scenario));
    }

    /**
     * The greatest highest initial loan-to-value ({@code ltvHigh}, the borrowers' LTVs spread evenly
     * from {@code ltvLow} to it) of loan book {@code position} keeping P(bad debt) at most
     * {@code target}, searched from {@code ltvLow} to the liquidation threshold (above it loans are
     * born unhealthy), at most 0.99.
     */
    public static SolveQuestion maximumLtv(Structure structure, String scenario, int position, double target) {
        LoanBook book = loanBook(structure, position);
        MetricSpec badDebt = MetricSpec.pool(Measure.P_BAD_DEBT);
        double high = Math.min(0.99, book.liquidationThreshold());
        if (!(book.ltvLow() < high)) {
            throw new IllegalArgumentException("/positions/" + position + "/ltvLow is " + book.ltvLow()
                    + ", at or above the liquidation threshold: no loan-to-value range to search");
        }
        SolvedParameter p = new SolvedParameter("/positions/" + position + "/ltvHigh",
                book.name() + " highest initial LTV", MetricUnit.FRACTION, book.ltvLow(), high, FRACTION_TOLERANCE,
                book.ltvHigh());
        return new SolveQuestion("greatest " + p.label() + " with " + badDebt.label() + " ≤ "
                + Formats.percent(target), p, badDebt.label(), badDebt.unit(), badDebt::of, Comparison.AT_MOST, target,
                overriding(structure, p, scenario));
    }

    /**
     * The least coupon of a (non-equity) tranche at which its mean IRR (docs/model.md §8.5) reaches
     * {@code hurdle}: the return an investor's hurdle is quoted in, which counts when the coupons
     * come (the cash multiple ignores it and would ask for the hurdle itself whatever the payment dates).
     */
    public static SolveQuestion fairCoupon(Structure structure, String scenario, String tranche, double hurdle) {
        MetricSpec returns = MetricSpec.tranche(tranche, Measure.IRR_MEAN).requireIn(structure);
        int index = trancheIndex(structure, tranche);
        if (index == structure.tranches().size() - 1) {
            throw new IllegalArgumentException("tranche '" + tranche + "' is the equity, which has no coupon; choose"
                    + " one of " + structure.tranches().subList(0, index).stream().map(Tranche::name)
                    .collect(Collectors.joining(", ")));
        }
        SolvedParameter p = new SolvedParameter("/tranches/" + index + "/coupon", tranche + " coupon",
                MetricUnit.FRACTION, 0, 1, COUPON_TOLERANCE, structure.tranches().get(index).coupon());
        return new SolveQuestion("least " + p.label() + " with " + returns.label() + " ≥ " + Formats.percent(hurdle),
                p, returns.label(), returns.unit(), returns::of, Comparison.AT_LEAST, hurdle,
                overriding(structure, p, scenario));
    }

    /** The step holding {@code day} (days of 365, docs/model.md §1.1): step k covers ((k - 1) dt, k dt]; day 0 is the first step. */
    public static int stepOfDay(Structure structure, double day) {
        int steps = structure.simulation().steps();
        if (!(day >= 0) || day / 365.0 > structure.simulation().horizonYears() + 1e-9) {
            throw new IllegalArgumentException("day " + day + " is outside the horizon (0 to "
                    + Formats.count(Math.round(structure.simulation().horizonYears() * 365)) + ")");
        }
        int step = (int) Math.ceil(day / 365.0 / structure.simulation().dt() - 1e-9);
        return Math.max(1, Math.min(steps, step));
    }

    /** The first volatile asset: the one a crash hits unless another is named. */
    public static String mainVolatileAsset(Structure structure) {
        return structure.assets().stream().filter(a -> a instanceof VolatileAsset).map(Asset::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the structure has no volatile asset to crash"));
    }

    /** The index of the loan book named {@code name}, or of the first loan book when it is null. */
    public static int loanBookIndex(Structure structure, String name) {
        List<Position> positions = structure.positions();
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i) instanceof LoanBook book && (name == null || book.name().equals(name))) {
                return i;
            }
        }
        String books = positions.stream().filter(p -> p instanceof LoanBook).map(Position::name)
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(books.isEmpty() ? "the structure has no loan book"
                : "no loan book named '" + name + "'; loan books: " + books);
    }

    private static LoanBook loanBook(Structure structure, int position) {
        if (position >= 0 && position < structure.positions().size()
                && structure.positions().get(position) instanceof LoanBook book) {
            return book;
        }
        throw new IllegalArgumentException("/positions/" + position + " is not a loan book");
    }

    private static int trancheIndex(Structure structure, String name) {
        for (int i = 0; i < structure.tranches().size(); i++) {
            if (structure.tranches().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no tranche named '" + name + "'");
    }

    private static String volatileAssets(Structure structure) {
        return structure.assets().stream().filter(a -> a instanceof VolatileAsset).map(Asset::id)
                .collect(Collectors.joining(", "));
    }

    /** A parameter of the structure: each value is the structure with the parameter's override, under the run's scenario. */
    private static java.util.function.DoubleFunction<SolveQuestion.Trial> overriding(Structure structure,
                                                                                    SolvedParameter p,
                                                                                    String scenario) {
        return value -> new SolveQuestion.Trial(StructureOverrides.apply(structure, p.overridesAt(value)), scenario);
    }
}
