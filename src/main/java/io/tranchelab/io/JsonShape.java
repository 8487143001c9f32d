package io.tranchelab.io;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every kind of JSON object in the structure format, with the fields it may have in the order
 * the writer emits them. The single list the reader checks unknown fields against, and that a
 * test compares with the JSON Schema ({@code docs/structure.schema.json}, one {@code $defs}
 * entry per shape, named {@link #schemaName()}) and with the writer's output.
 */
enum JsonShape {
    STRUCTURE("structure", null, "schemaVersion", "name", "description", "simulation", "assets", "correlations",
            "initialCash", "positions", "chains", "bridges", "tranches", "waterfall", "creditScoreTable", "scorecard",
            "scenarios", "hedges"),
    SIMULATION("simulation", null, "horizonYears", "stepsPerYear", "paths", "seed"),
    VOLATILE_ASSET("volatileAsset", "VOLATILE", "kind", "id", "price", "drift", "volatility", "jumps",
            "marketDepth"),
    JUMPS("jumps", null, "intensity", "meanLogJump", "stdevLogJump"),
    PEGGED_ASSET("peggedAsset", "PEGGED", "kind", "id", "reference", "depeg", "marketDepth"),
    DEPEG("depeg", null, "intensity", "meanDepth", "halfLifeDays"),
    YIELD_POSITION("yieldPosition", "YIELD", "kind", "name", "asset", "units", "apr", "lossEvents", "chain"),
    LOSS_EVENTS("lossEvents", null, "intensity", "lossFraction"),
    LOAN_BOOK("loanBook", "LOAN_BOOK", "kind", "name", "collateral", "principal", "borrowers", "ltvLow",
            "ltvHigh", "rate", "liquidationThreshold", "liquidationPenalty", "closeFactor", "oracleDelaySteps",
            "liquidationCapacity", "chain"),
    CREDIT_LINE("creditLine", "CREDIT_LINE", "kind", "name", "principal", "lines", "rate", "creditScore",
            "annualDefaultProbability", "lossGivenDefault", "assetCorrelation", "marketTie", "history"),
    MARKET_TIE("marketTie", null, "asset", "correlation"),
    BORROWER_HISTORY("borrowerHistory", null, "repayments", "liquidations", "accountAgeDays",
            "meanCollateralRatio", "repaymentsPerYear", "missedPayments", "missedPaymentProbability"),
    CHAIN("chain", null, "name", "bridge", "halt"),
    CHAIN_HALT("chainHalt", null, "intensity", "steps"),
    BRIDGE("bridge", null, "name", "exploitIntensity", "lossFraction", "factorLoading"),
    TRANCHE("tranche", null, "name", "share", "coupon"),
    WATERFALL("waterfall", null, "managementFee", "reserveTarget", "ocThreshold", "distribution", "reinvestment"),
    PRO_RATA_DISTRIBUTION("proRataDistribution", "PRO_RATA", "kind", "switchCoverage"),
    SMART_YIELD_DISTRIBUTION("smartYieldDistribution", "SMART_YIELD", "kind", "gainFee"),
    PERPETUAL_YIELD_DISTRIBUTION("perpetualYieldDistribution", "PERPETUAL_YIELD", "kind", "aprSplitRatio",
            "lossTolerance", "performanceFee"),
    TINLAKE_DISTRIBUTION("tinlakeDistribution", "TINLAKE", "kind", "minSeniorRatio", "maxSeniorRatio"),
    GOLDFINCH_DISTRIBUTION("goldfinchDistribution", "GOLDFINCH", "kind", "protocolFee", "juniorFee"),
    STRIPS_DISTRIBUTION("stripsDistribution", "STRIPS", "kind"),
    REINVESTMENT("reinvestment", null, "rule", "position", "cashRate"),
    SCORE_BAND("scoreBand", null, "minScore", "annualDefaultProbability"),
    SCORECARD("scorecard", null, "intercept", "perRepayment", "perLiquidation", "perYearOfAge",
            "perCollateralRatio", "baseScore", "baseOdds", "pointsToDoubleOdds", "perMissedPayment"),
    SCENARIO("scenario", null, "name", "description", "volatilityMultiplier", "driftOverrides",
            "correlationOverride", "liquidationCapacityMultiplier", "marketDepthMultiplier",
            "defaultProbabilityMultiplier", "creditFactorShift", "shocks"),
    PRICE_SHOCK("priceShock", "PRICE", "kind", "asset", "step", "logReturn"),
    DEPEG_SHOCK("depegShock", "DEPEG", "kind", "asset", "step", "depth", "halfLifeDays"),
    KEEPER_OUTAGE("keeperOutage", "KEEPER_OUTAGE", "kind", "asset", "step", "steps", "capacityMultiplier"),
    PROTECTIVE_PUT("protectivePut", "PUT", "kind", "name", "asset", "hedgeRatio", "strike", "tenorDays",
            "impliedVolatility", "volatilitySpread", "riskFreeRate"),
    PERPETUAL_SHORT("perpetualShort", "PERP_SHORT", "kind", "name", "asset", "hedgeRatio", "rebalanceBand",
            "fundingMean", "fundingVolatility");

    /**
     * Fields added to an existing shape in schemaVersion 2: a file of schemaVersion 1 may not
     * use them (it reads as it always did). One line per shape: {@code WATERFALL, List.of("kind")}.
     */
    private static final Map<JsonShape, List<String>> FIELDS_ADDED_IN_2 = Map.ofEntries(
            Map.entry(STRUCTURE, List.of("scorecard", "chains", "bridges", "hedges")),
            Map.entry(CREDIT_LINE, List.of("history")),
            Map.entry(SCENARIO, List.of("defaultProbabilityMultiplier", "creditFactorShift")),
            Map.entry(WATERFALL, List.of("distribution", "reinvestment")),
            Map.entry(YIELD_POSITION, List.of("chain")),
            Map.entry(LOAN_BOOK, List.of("chain"))
    );

    /** Whole shapes added in schemaVersion 2 (new kinds of position, shock, ...). */
    private static final Set<JsonShape> SHAPES_ADDED_IN_2 = Set.of(
            SCORECARD, BORROWER_HISTORY,
            PRO_RATA_DISTRIBUTION, SMART_YIELD_DISTRIBUTION, PERPETUAL_YIELD_DISTRIBUTION,
            TINLAKE_DISTRIBUTION, GOLDFINCH_DISTRIBUTION, STRIPS_DISTRIBUTION,
            CHAIN, CHAIN_HALT, BRIDGE,
            REINVESTMENT,
            PROTECTIVE_PUT, PERPETUAL_SHORT
    );

    static final List<JsonShape> ASSETS = List.of(VOLATILE_ASSET, PEGGED_ASSET);
    static final List<JsonShape> POSITIONS = List.of(YIELD_POSITION, LOAN_BOOK, CREDIT_LINE);
    /** The waterfall kinds but sequential (docs/model.md §7.9), the {@code distribution} of {@code /waterfall}; absent: sequential. */
    static final List<JsonShape> DISTRIBUTIONS = List.of(PRO_RATA_DISTRIBUTION, SMART_YIELD_DISTRIBUTION,
            PERPETUAL_YIELD_DISTRIBUTION, TINLAKE_DISTRIBUTION, GOLDFINCH_DISTRIBUTION,
            STRIPS_DISTRIBUTION);
    static final List<JsonShape> SHOCKS = List.of(PRICE_SHOCK, DEPEG_SHOCK, KEEPER_OUTAGE);
    static final List<JsonShape> HEDGES = List.of(PROTECTIVE_PUT, PERPETUAL_SHORT);

    private final String schemaName;
    private final String kind;
    private final List<String> fields;

    JsonShape(String schemaName, String kind, String... fields) {
        this.schemaName = schemaName;
        this.kind = kind;
        this.fields = List.of(fields);
    }

    String schemaName() {
        return schemaName;
    }

    /** The value of the {@code kind} discriminator, or null for shapes that are not one of several kinds. */
    String kind() {
        return kind;
    }

    List<String> fields() {
        return fields;
    }

    /** The schemaVersion that introduced this shape. */
    int since() {
        return SHAPES_ADDED_IN_2.contains(this) ? 2 : 1;
    }

    /** The schemaVersion that introduced {@code field} of this shape. */
    int since(String field) {
        return FIELDS_ADDED_IN_2.getOrDefault(this, List.of()).contains(field) ? 2 : since();
    }
}
