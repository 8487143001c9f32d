package io.tranchelab.report;

import io.tranchelab.scenario.HedgeComparison;
import io.tranchelab.sim.HedgeOutcomes;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.TrancheMetrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a hedge comparison as every view shows them (the workbench's window, its CSV, the
 * report's page, the slide; docs/model.md §8.15): per tranche EL, VaR 99, mean maximum drawdown
 * and rating without and with the hedge, and the hedge's mean flows in USD, as a share of the
 * pool's initial value and as that share a year (over the horizon, not compounded), so that the
 * cost of a one-year and a three-year programme read alike. Made in one place so that the views
 * cannot disagree on a label or a sign.
 *
 * @param structure    the structure's name
 * @param scenario     the scenario both runs ran under
 * @param paths        paths of each run
 * @param seed         the seed both runs used
 * @param horizonYears the horizon, for the yearly shares
 * @param initialValue the pool's initial value {@code V0}
 * @param asset        the hedged asset whose fall the chart measures
 * @param tranches     senior first, as the structure lists them
 * @param costs        the hedge's lines, in {@link Cost} order
 */
public record HedgeFigures(String structure, String scenario, int paths, long seed, double horizonYears,
                           double initialValue, String asset, List<TrancheRow> tranches, List<CostLine> costs) {

    /** One tranche without ("bare") and with the hedge; losses and drawdowns as fractions of its principal. */
    public record TrancheRow(String name, double expectedLossBare, double expectedLossHedged, double var99Bare,
                             double var99Hedged, double maxDrawdownBare, double maxDrawdownHedged, String ratingBare,
                             String ratingHedged) {

        /** Hedged less bare: negative when the hedge protects the tranche. */
        public double expectedLossChange() {
            return expectedLossHedged - expectedLossBare;
        }

        public double var99Change() {
            return var99Hedged - var99Bare;
        }
    }

    /** The hedge's lines, in the order shown; each is a mean over paths. */
    public enum Cost {
        PREMIUMS("Premiums paid"),
        FUNDING_PAID("Funding paid"),
        FUNDING_RECEIVED("Funding received"),
        NET_COST("Net cost (premiums + funding paid - received)"),
        PUT_PAYOFFS("Put payoffs"),
        PERP_PNL("Perp short P&L"),
        HEDGE_PNL("Hedge P&L (payoffs + short P&L - net cost)"),
        UNPAID("Expense unpaid at the horizon");

        private final String label;

        Cost(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One line of the hedge's cost: its mean in USD, over {@code V0}, and over {@code V0} per year
     * of the horizon.
     */
    public record CostLine(Cost item, double usd, double shareOfPool, double shareOfPoolPerYear) {

        public String label() {
            return item.label();
        }
    }

    public HedgeFigures {
        tranches = List.copyOf(tranches);
        costs = List.copyOf(costs);
    }

    public static HedgeFigures of(HedgeComparison comparison) {
        SimulationResult hedged = comparison.hedged();
        return of(hedged.structureName(), hedged.scenario(), hedged.paths(), hedged.seed(), hedged.horizonYears(),
                comparison.unhedged().tranches(), hedged.tranches(), comparison.outcomes());
    }

    /** The figures of runs without ({@code bare}) and with ({@code hedged}) the hedge, tranche by tranche. */
    public static HedgeFigures of(String structure, String scenario, int paths, long seed, double horizonYears,
                                  List<TrancheMetrics> bare, List<TrancheMetrics> hedged, HedgeOutcomes outcomes) {
        if (bare.size() != hedged.size()) {
            throw new IllegalArgumentException("the two runs have " + bare.size() + " and " + hedged.size()
                    + " tranches");
        }
        List<TrancheRow> rows = new ArrayList<>();
        for (int t = 0; t < bare.size(); t++) {
            TrancheMetrics b = bare.get(t);
            TrancheMetrics h = hedged.get(t);
            rows.add(new TrancheRow(h.name(), b.expectedLoss(), h.expectedLoss(), b.var99(), h.var99(),
                    b.maxDrawdownMean(), h.maxDrawdownMean(), b.impliedRating(), h.impliedRating()));
        }
        double v0 = outcomes.initialValue();
        List<CostLine> costs = new ArrayList<>();
        for (Cost item : Cost.values()) {
            double usd = mean(item, outcomes);
            costs.add(new CostLine(item, usd, usd / v0, usd / v0 / horizonYears));
        }
        return new HedgeFigures(structure, scenario, paths, seed, horizonYears, v0, outcomes.asset(), rows, costs);
    }

    private static double mean(Cost item, HedgeOutcomes o) {
        return switch (item) {
            case PREMIUMS -> HedgeOutcomes.mean(o.premium());
            case FUNDING_PAID -> HedgeOutcomes.mean(o.fundingPaid());
            case FUNDING_RECEIVED -> HedgeOutcomes.mean(o.fundingReceived());
            case NET_COST -> o.meanCost();
            case PUT_PAYOFFS -> HedgeOutcomes.mean(o.putPayoff());
            case PERP_PNL -> HedgeOutcomes.mean(o.perpPnl());
            case HEDGE_PNL -> o.meanHedgePnl();
            case UNPAID -> HedgeOutcomes.mean(o.expenseUnpaid());
        };
    }

    /** The line of {@code item}. */
    public CostLine cost(Cost item) {
        return costs.get(item.ordinal());
    }

    /** "hedged-eth-vault · scenario base · 10,000 paths · seed 20260601": what the figures were computed from. */
    public String provenance() {
        return structure + " \u00b7 scenario " + scenario + " \u00b7 " + io.tranchelab.format.Formats.count(paths)
                + " paths \u00b7 seed " + seed;
    }
}
