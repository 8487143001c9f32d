package io.tranchelab.model;

/**
 * Input limits: far above any realistic structure, low enough that a mistyped or hostile file
 * cannot make a run take hours or exhaust memory. The validator enforces them with a message.
 */
public final class Limits {

    public static final double MAX_HORIZON_YEARS = 30;
    public static final int MAX_STEPS_PER_YEAR = 10_000;
    /** Horizon times steps per year: the steps on one path. */
    public static final int MAX_STEPS = 100_000;
    public static final int MAX_PATHS = 10_000_000;
    public static final int MAX_ASSETS = 50;
    public static final int MAX_POSITIONS = 1_000;
    public static final int MAX_BORROWERS = 10_000;
    public static final int MAX_CREDIT_LINES = 1_000_000;
    public static final int MAX_TRANCHES = 20;
    public static final int MAX_ORACLE_DELAY_STEPS = 10_000;
    public static final int MAX_CREDIT_SCORE = 1_000;
    /** Bands start at strictly increasing whole scores from 0 to {@link #MAX_CREDIT_SCORE}. */
    public static final int MAX_SCORE_BANDS = MAX_CREDIT_SCORE + 1;
    public static final int MAX_SCENARIOS = 100;
    /** A credit stress's PD multiplier: 0 (no defaults) to 100; the stressed PD is capped (docs/model.md §3.1). */
    public static final double MAX_PD_MULTIPLIER = 100;
    /** A credit stress's factor shift, in standard deviations: a 5-sigma move either way. */
    public static final double MAX_CREDIT_FACTOR_SHIFT = 5;
    /** The highest annual PD a credit stress can give: a line that defaults for sure would have no hazard to spread. */
    public static final double MAX_STRESSED_PD = 0.999;
    /** Scorecard features: counts of repayments and liquidations, account age and mean collateral ratio. */
    public static final int MAX_HISTORY_COUNT = 100_000;
    public static final double MAX_ACCOUNT_AGE_DAYS = 36_500;
    public static final double MAX_COLLATERAL_RATIO = 100;
    public static final double MAX_REPAYMENTS_PER_YEAR = 365;
    /**
     * Payments over the horizon of a line whose borrowers miss payments (docs/model.md §5.4.1):
     * one score state each, so a block of paths holds 256 x 3,651 counts per line; daily payments
     * for ten years.
     */
    public static final int MAX_MISSABLE_PAYMENTS = 3_650;
    /** Scorecard weights per unit of a feature, and the intercept, in log-odds. */
    public static final double MAX_SCORECARD_WEIGHT = 100;
    public static final int MAX_SHOCKS = 1_000;
    /** Chains and bridges of one structure: far more than any pool spreads over. */
    public static final int MAX_CHAINS = 50;
    public static final int MAX_BRIDGES = 50;
    /** A chain halt's length in steps (a day at 10,000 steps a year is 27). */
    public static final int MAX_HALT_STEPS = 10_000;
    /** Hedges of the overlay (docs/model.md §5.6): one or two per hedged asset is the realistic case. */
    public static final int MAX_HEDGES = 20;
    /** Names (structure, assets, positions, tranches, scenarios) fit a table cell or a chart legend. */
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    // Plausible ranges of the market and pool parameters (docs/format.md, "Ranges", says why
    // each is wide enough for an analyst and narrow enough that a run stays finite).

    /** Prices in USD: from a billionth of a dollar (meme coins) to a trillion. */
    public static final double MIN_PRICE = 1e-9;
    public static final double MAX_PRICE = 1e12;
    /** Amounts in USD (principal, cash, a position's value): a cent to ten trillion dollars. */
    public static final double MIN_AMOUNT = 0.01;
    public static final double MAX_AMOUNT = 1e13;
    /** The pool's initial value: at least a dollar (losses are fractions of it), at most a hundred trillion. */
    public static final double MIN_POOL_VALUE = 1;
    public static final double MAX_POOL_VALUE = 1e14;
    /** Market depth and liquidation capacity, USD. */
    public static final double MAX_DEPTH = 1e15;
    /** Drift per year: -100 % to +300 %. */
    public static final double MIN_DRIFT = -1;
    public static final double MAX_DRIFT = 3;
    /**
     * Drift x horizon, the log of the growth of the expected price over the run: at most 15 (a
     * 3.3-million-fold rise). Jumps are compensated and volatility is a martingale, so together
     * with the pool's value cap this keeps every value (and the single-precision chart fans)
     * finite: ln(1e14) + 15 + 5 of shocks + 30 for the martingale's tail is below ln(3.4e38).
     */
    public static final double MAX_DRIFT_TIMES_HORIZON = 15;
    /** Volatility per year, also after a scenario's multiplier: 500 %. */
    public static final double MAX_VOLATILITY = 5;
    public static final double MAX_VOLATILITY_MULTIPLIER = 10;
    /** Events per year (jumps, depegs, loss events): at most one a day on average. */
    public static final double MAX_INTENSITY = 365;
    /** Mean log jump: -5 (a 99 % fall) to +1 (a 170 % rise); its stdev at most 2. */
    public static final double MIN_MEAN_LOG_JUMP = -5;
    public static final double MAX_MEAN_LOG_JUMP = 1;
    public static final double MAX_STDEV_LOG_JUMP = 2;
    /** Half-lives of a depeg, days: 15 minutes to a century. */
    public static final double MIN_HALF_LIFE_DAYS = 0.01;
    public static final double MAX_HALF_LIFE_DAYS = 36_500;
    /** Interest rates and APRs per year: 0 to 1,000 %. */
    public static final double MAX_RATE = 10;
    /** A price shock's log return: -20 (all but e^-20 of the price gone) to +5 (x148). */
    public static final double MIN_SHOCK_LOG_RETURN = -20;
    public static final double MAX_SHOCK_LOG_RETURN = 5;
    /** The rises of one scenario's price shocks on one asset, summed: at most +5. */
    public static final double MAX_SHOCK_RISE = 5;
    /** Scenario multipliers of liquidation capacity and market depth, and an outage's capacity multiplier. */
    public static final double MAX_CAPACITY_MULTIPLIER = 100;

    /**
     * Paths x steps x (assets + positions + borrowers): what the path loop touches. The sample
     * (1 asset, 1 loan book of 20 borrowers, 365 steps) at 10,000,000 paths is 8.0e10 units and
     * took 401 s on 2 cores; 1e11 allows runs of about ten minutes and refuses the day-long ones
     * (100,000 steps, or 1,000 books of 10,000 borrowers at many paths).
     */
    public static final long MAX_WORK_UNITS = 100_000_000_000L;

    private Limits() {
    }

    /** The work of a run of the structure at {@code paths} paths, as {@link #MAX_WORK_UNITS} counts it. */
    /** What {@link #workUnits} counts a step, named for messages: chains and bridges only where there are any. */
    public static String workItems(Structure structure) {
        return structure.crossChain().chains().isEmpty() && structure.crossChain().bridges().isEmpty()
                ? "assets, positions and borrowers" : "assets, positions, borrowers, chains and bridges";
    }

    public static long workUnits(Structure structure, long paths) {
        long perStep = structure.assets().size() + (long) structure.positions().size()
                + structure.crossChain().chains().size() + structure.crossChain().bridges().size(); // §5.5 draws
        for (Position position : structure.positions()) {
            if (position instanceof LoanBook book) {
                perStep += Math.max(0, book.borrowers());
            }
            if (position instanceof CreditLine line && line.history().isPresent()
                    && line.history().get().missesPayments() && line.annualDefaultProbability().isEmpty()) {
                perStep += Math.max(0, line.lines()); // a default draw per occupied score state (§5.4.1)
            }
        }
        return Math.max(0, paths) * Math.max(1, structure.simulation().steps()) * perStep;
    }
}
