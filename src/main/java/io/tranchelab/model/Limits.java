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
    public static final int MAX_SHOCKS = 1_000;
    /** Names (structure, assets, positions, tranches, scenarios) fit a table cell or a chart legend. */
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    private Limits() {
    }
}
