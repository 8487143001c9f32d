package io.tranchelab.chart;

import io.tranchelab.chart.ChartQuantity.Unit;

import java.util.Map;

/**
 * The unit of a structure's number, from its JSON pointer's field name (docs/format.md), so a
 * design chart writes a bumped volatility as "54.00 %" and a liquidation capacity as "$9.0M"
 * rather than as bare model values. A field not listed is a plain number.
 */
public final class ParameterUnits {

    private static final Map<String, Unit> BY_FIELD = Map.ofEntries(
            Map.entry("volatility", Unit.PERCENT), Map.entry("drift", Unit.PERCENT),
            Map.entry("share", Unit.PERCENT), Map.entry("coupon", Unit.PERCENT), Map.entry("apr", Unit.PERCENT),
            Map.entry("rate", Unit.PERCENT), Map.entry("lossFraction", Unit.PERCENT),
            Map.entry("reserveTarget", Unit.PERCENT), Map.entry("managementFee", Unit.PERCENT),
            Map.entry("lossGivenDefault", Unit.PERCENT), Map.entry("assetCorrelation", Unit.PERCENT),
            Map.entry("meanDepth", Unit.PERCENT), Map.entry("ltvLow", Unit.PERCENT),
            Map.entry("ltvHigh", Unit.PERCENT), Map.entry("liquidationThreshold", Unit.PERCENT),
            Map.entry("liquidationPenalty", Unit.PERCENT), Map.entry("closeFactor", Unit.PERCENT),
            Map.entry("annualDefaultProbability", Unit.PERCENT),
            Map.entry("marketDepth", Unit.USD), Map.entry("principal", Unit.USD),
            Map.entry("liquidationCapacity", Unit.USD), Map.entry("initialCash", Unit.USD),
            Map.entry("price", Unit.USD), Map.entry("size", Unit.USD),
            Map.entry("intensity", Unit.PER_YEAR), Map.entry("halfLifeDays", Unit.DAYS),
            Map.entry("horizonYears", Unit.YEARS));

    private ParameterUnits() {
    }

    /** The unit of the number at {@code pointer} ("/assets/0/volatility": percent). */
    public static Unit of(String pointer) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        return BY_FIELD.getOrDefault(field, Unit.NUMBER);
    }

    /** The parameter as a chart quantity: its label and its unit. */
    public static ChartQuantity quantity(String pointer, String label) {
        return new ChartQuantity(label, of(pointer));
    }
}
