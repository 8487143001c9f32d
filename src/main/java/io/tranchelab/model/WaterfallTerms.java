package io.tranchelab.model;

import java.util.Objects;

/**
 * The rules that split each step's cash (docs/model.md §2.6, §7).
 *
 * @param managementFee rate a year on pool NAV, paid first
 * @param reserveTarget reserve account target as a share of the senior principal outstanding
 * @param ocThreshold   overcollateralization trigger: NAV / senior principal below this diverts
 *                      cash below the senior coupon to senior principal; 0 disables it
 * @param kind          how the waterfall splits cash between the tranches (§7.9); sequential by default
 */
public record WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold, WaterfallKind kind) {

    public static final WaterfallTerms NONE = new WaterfallTerms(0, 0, 0);

    public WaterfallTerms {
        Objects.requireNonNull(kind, "kind");
    }

    /** Sequential terms (the only kind before schemaVersion 2). */
    public WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold) {
        this(managementFee, reserveTarget, ocThreshold, WaterfallKind.SEQUENTIAL);
    }

    public WaterfallTerms withManagementFee(double value) {
        return new WaterfallTerms(value, reserveTarget, ocThreshold, kind);
    }

    public WaterfallTerms withReserveTarget(double value) {
        return new WaterfallTerms(managementFee, value, ocThreshold, kind);
    }

    public WaterfallTerms withOcThreshold(double value) {
        return new WaterfallTerms(managementFee, reserveTarget, value, kind);
    }

    public WaterfallTerms withKind(WaterfallKind value) {
        return new WaterfallTerms(managementFee, reserveTarget, ocThreshold, value);
    }

    public boolean isSequential() {
        return kind instanceof WaterfallKind.Sequential;
    }
}
