package io.tranchelab.design;

import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A figure to read from a run: a tranche's ({@code tranche:Senior:el}) or the pool's
 * ({@code pool:pBadDebt}). Parsed from and printed as that text, so the CLI, spec files and the
 * workbench name metrics the same way. The tranche is named, not numbered: a name survives an
 * edit that adds a tranche.
 *
 * @param tranche the tranche's name; null for a pool figure
 */
public record MetricSpec(String tranche, Measure measure) implements Serializable {

    private static final String TRANCHE = "tranche:";
    private static final String POOL = "pool:";

    public MetricSpec {
        Objects.requireNonNull(measure, "measure");
        if (measure.pool() != (tranche == null)) {
            throw new IllegalArgumentException(measure.key() + (measure.pool() ? " is a pool figure; write pool:"
                    : " is a tranche figure; write tranche:<name>:") + measure.key());
        }
    }

    public static MetricSpec tranche(String name, Measure measure) {
        return new MetricSpec(Objects.requireNonNull(name, "tranche"), measure);
    }

    public static MetricSpec pool(Measure measure) {
        return new MetricSpec(null, measure);
    }

    /**
     * The design tools' default metric, the same in the workbench and the CLI (tornado, map,
     * solvers): the pool's P(bad debt) when the structure has a loan book (the map asks whether
     * keepers keep up with the collateral's moves, and bad debt is where they do not; a senior
     * with 25 % beneath it can be safe across the whole grid, so no bump moves its EL), else the
     * first tranche's EL.
     */
    public static MetricSpec defaultFor(Structure s) {
        return s.positions().stream().anyMatch(p -> p instanceof io.tranchelab.model.LoanBook)
                ? pool(Measure.P_BAD_DEBT) : seniorExpectedLoss(s);
    }

    /** The first (most senior) tranche's expected loss. */
    public static MetricSpec seniorExpectedLoss(Structure structure) {
        return tranche(structure.tranches().get(0).name(), Measure.EL);
    }

    /**
     * Reads {@code tranche:<name>:<key>} or {@code pool:<key>}.
     *
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static MetricSpec parse(String text) {
        if (text != null && text.startsWith(POOL)) {
            String key = text.substring(POOL.length());
            return new MetricSpec(null, Measure.byKey(key, true).orElseThrow(() -> new IllegalArgumentException(
                    "unknown pool metric '" + key + "' in '" + text + "'; pool metrics: " + Measure.keys(true))));
        }
        if (text != null && text.startsWith(TRANCHE) && text.lastIndexOf(':') > TRANCHE.length()) {
            int colon = text.lastIndexOf(':');
            String name = text.substring(TRANCHE.length(), colon);
            String key = text.substring(colon + 1);
            return new MetricSpec(name, Measure.byKey(key, false).orElseThrow(() -> new IllegalArgumentException(
                    "unknown tranche metric '" + key + "' in '" + text + "'; tranche metrics: "
                            + Measure.keys(false))));
        }
        throw new IllegalArgumentException("'" + text + "' is not a metric; write tranche:<name>:<metric> (e.g."
                + " tranche:Senior:el) or pool:<metric> (e.g. pool:pBadDebt)");
    }

    /**
     * This metric, checked against the structure's tranches.
     *
     * @throws IllegalArgumentException naming the tranche and listing those the structure has
     */
    public MetricSpec requireIn(Structure structure) {
        if (tranche != null && structure.tranches().stream().noneMatch(t -> t.name().equals(tranche))) {
            throw new IllegalArgumentException("metric '" + this + "': the structure has no tranche '" + tranche
                    + "'; its tranches: " + structure.tranches().stream().map(Tranche::name)
                    .collect(Collectors.joining(", ")));
        }
        return this;
    }

    /** The figure in the result. */
    public double of(SimulationResult result) {
        if (tranche == null) {
            return measure.of(result.pool());
        }
        for (TrancheMetrics t : result.tranches()) {
            if (t.name().equals(tranche)) {
                return measure.of(t);
            }
        }
        throw new IllegalArgumentException("metric '" + this + "': the result has no tranche '" + tranche + "'");
    }

    /** "Senior EL", "Pool P(bad debt)". */
    public String label() {
        return (tranche == null ? "Pool" : tranche) + " " + measure.label();
    }

    public MetricUnit unit() {
        return measure.unit();
    }

    /** Whether smaller values are safer (losses, drawdowns, bad debt), which is how targets read them. */
    public boolean lowerIsBetter() {
        return switch (measure) {
            case RETURN_MEAN, RETURN_5, RETURN_50, RETURN_95, IRR_MEAN, IRR_5, IRR_50, IRR_95, FINAL_VALUE_MEAN, FINAL_VALUE_5, FINAL_VALUE_50,
                    FINAL_VALUE_95, WAL -> false;
            default -> true;
        };
    }

    /** The text {@link #parse} reads. */
    @Override
    public String toString() {
        return tranche == null ? POOL + measure.key() : TRANCHE + tranche + ":" + measure.key();
    }
}
