package io.tranchelab.ui.chains;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.Limits;
import io.tranchelab.ui.params.ValueUnit;

/**
 * The numbers of a chain's row in the Chains window (docs/model.md §2.10, §5.5): three of its
 * bridge, two of its halts. Each knows its unit, its allowed range (the validator's, so a value
 * typed here is refused with the same bounds the file reader has) and what it means.
 */
public enum ChainField {
    EXPLOIT_INTENSITY("exploit intensity", "exploitIntensity", ValueUnit.PER_YEAR, 0, Limits.MAX_INTENSITY, true,
            "Expected exploits of the bridge a year (Poisson). Each destroys the loss fraction of what the pool"
                    + " holds on every chain reached over this bridge."),
    LOSS_FRACTION("loss fraction", "lossFraction", ValueUnit.PERCENT, 0, 1, true,
            "Share of the bridged holdings one exploit destroys, 0 to 100 %: units of yield positions, debt of"
                    + " loan books (borrowers keep their collateral)."),
    FACTOR_LOADING("common factor", "factorLoading", ValueUnit.RATIO, 0, 1, true,
            "Weight of the factor all bridges share, 0 to 1: two bridges' exploits are tied with correlation"
                    + " loading x loading; 1 on both means they are exploited in the same steps."),
    HALT_INTENSITY("halts", "halt/intensity", ValueUnit.PER_YEAR, 0, Limits.MAX_INTENSITY, false,
            "Expected halts a year of the running chain (Poisson). While halted nothing is liquidated on it and"
                    + " its oracles keep their last price; prices move on. 0: the chain never halts."),
    HALT_STEPS("halt length", "halt/steps", ValueUnit.STEPS, 1, Limits.MAX_HALT_STEPS, false,
            "Steps one halt lasts (a day at 365 steps a year). A halt of k steps delays the liquidations it"
                    + " meets by k steps.");

    private final String label;
    private final String jsonName;
    private final ValueUnit unit;
    private final double min;
    private final double max;
    private final boolean ofBridge;
    private final String tooltip;

    ChainField(String label, String jsonName, ValueUnit unit, double min, double max, boolean ofBridge,
               String tooltip) {
        this.label = label;
        this.jsonName = jsonName;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.ofBridge = ofBridge;
        this.tooltip = tooltip;
    }

    public String label() {
        return label;
    }

    public ValueUnit unit() {
        return unit;
    }

    /** True for the bridge's numbers: an edit changes every chain reached over the bridge. */
    public boolean ofBridge() {
        return ofBridge;
    }

    /** The tooltip: what the number does, and its unit. */
    public String tooltip() {
        return tooltip + " Unit: " + (unit == ValueUnit.RATIO ? "a weight, 0 to 1" : unit.label()) + ".";
    }

    /** The field's name in the file, under the chain's (halts) or the bridge's pointer. */
    String jsonName() {
        return jsonName;
    }

    /** Null when {@code value} is in range, else what is allowed. */
    String check(double value) {
        if (unit.integral() && value != Math.rint(value)) {
            return "must be a whole number of steps";
        }
        return value < min || value > max ? "must be between " + unit.format(min) + " and " + unit.format(max) : null;
    }

    /** The value shown: a halt length of a chain that never halts reads as 1 step (what a first halt gets). */
    double value(Chain chain, Bridge bridge) {
        ChainHalts halts = chain.halts();
        return switch (this) {
            case EXPLOIT_INTENSITY -> bridge.exploitIntensity();
            case LOSS_FRACTION -> bridge.lossFraction();
            case FACTOR_LOADING -> bridge.factorLoading();
            case HALT_INTENSITY -> halts.intensity();
            case HALT_STEPS -> Math.max(1, halts.steps());
        };
    }
}
