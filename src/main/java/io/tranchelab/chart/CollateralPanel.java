package io.tranchelab.chart;

import io.tranchelab.sim.SimulationResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * The workbench's collateral panel shows what matters for the pool at hand: loan health and
 * liquidations for a loan book, defaults and credit losses for credit lines, the peg for pegged
 * holdings, else the pool's value. Its time axis spans the deal's horizon whatever is drawn.
 */
public final class CollateralPanel {

    /** What the panel shows, in order of precedence when a pool mixes kinds. */
    public enum Kind {
        LOAN_HEALTH, CREDIT_LOSSES, PEG, POOL_VALUE;

        public static Kind of(SimulationResult result) {
            if (result.fans().loanHealth() != null) {
                return LOAN_HEALTH;
            }
            if (result.waterfall().creditLosses() != null) {
                return CREDIT_LOSSES;
            }
            return result.fans().pegRatio() != null ? PEG : POOL_VALUE;
        }
    }

    private final CollateralHealthChart health = new CollateralHealthChart();
    private final CreditLossChart credit = new CreditLossChart();
    private final PegRatioChart peg = new PegRatioChart();
    private final PoolValueChart value = new PoolValueChart();
    private JFreeChart shown = health.chart();

    /** The chart on show: before any result, the collateral health chart's "Computing...". */
    public JFreeChart chart() {
        return shown;
    }

    /** Draws {@code result} in the chart that fits its pool, and returns that chart. */
    public JFreeChart show(SimulationResult result) {
        Kind kind = Kind.of(result);
        shown = switch (kind) {
            case LOAN_HEALTH -> health.chart();
            case CREDIT_LOSSES -> credit.chart();
            case PEG -> peg.chart();
            case POOL_VALUE -> value.chart();
        };
        // the horizon first, with the chart's notices off: the chart's own show ends with one
        // redraw for both (set after it, the axis change drew the whole chart a second time)
        shown.setNotify(false);
        spanHorizon(shown, result.horizonYears());
        switch (kind) {
            case LOAN_HEALTH -> health.show(result);
            case CREDIT_LOSSES -> credit.show(result.waterfall());
            case PEG -> peg.show(result.fans());
            case POOL_VALUE -> value.show(result.fans());
        }
        return shown;
    }

    /** Fixed rather than fitted to the data, so a series that ends early does not shorten the deal. */
    static void spanHorizon(JFreeChart chart, double horizonYears) {
        ((XYPlot) chart.getPlot()).getDomainAxis().setRange(0, horizonYears);
    }
}
