package io.tranchelab.ui.scenarios;

/** A scenario's numeric overrides as the editor names them; the JSON field names its errors. */
public enum ScenarioField {
    VOLATILITY("volatilityMultiplier"),
    LIQUIDATION_CAPACITY("liquidationCapacityMultiplier"),
    MARKET_DEPTH("marketDepthMultiplier"),
    /** NaN means no override. */
    CORRELATION("correlationOverride"),
    /** Credit stress: multiplies every credit line's annual PD. */
    DEFAULT_PROBABILITY("defaultProbabilityMultiplier"),
    /** Credit stress: added to the credit lines' systemic factor, in standard deviations. */
    CREDIT_FACTOR("creditFactorShift");

    private final String json;

    ScenarioField(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
