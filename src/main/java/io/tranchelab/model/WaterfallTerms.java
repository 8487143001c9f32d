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
 * @param reinvestment  what principal cash does and the cash account's rate (§7.6);
 *                      {@link Reinvestment#NONE} is schemaVersion 1's behaviour
 */
public record WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold, WaterfallKind kind,
                             Reinvestment reinvestment) {

    public static final WaterfallTerms NONE = new WaterfallTerms(0, 0, 0);

    public WaterfallTerms {
        Objects.requireNonNull(kind, "kind");
        reinvestment = reinvestment == null ? Reinvestment.NONE : reinvestment;
    }

    /** Sequential terms without reinvestment (schemaVersion 1's only ones). */
    public WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold) {
        this(managementFee, reserveTarget, ocThreshold, WaterfallKind.SEQUENTIAL, Reinvestment.NONE);
    }

    /** Terms of a kind, without reinvestment. */
    public WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold, WaterfallKind kind) {
        this(managementFee, reserveTarget, ocThreshold, kind, Reinvestment.NONE);
    }

    public WaterfallTerms withManagementFee(double value) {
        return new WaterfallTerms(value, reserveTarget, ocThreshold, kind, reinvestment);
    }

    public WaterfallTerms withReserveTarget(double value) {
        return new WaterfallTerms(managementFee, value, ocThreshold, kind, reinvestment);
    }

    public WaterfallTerms withOcThreshold(double value) {
        return new WaterfallTerms(managementFee, reserveTarget, value, kind, reinvestment);
    }

    public WaterfallTerms withKind(WaterfallKind value) {
        return new WaterfallTerms(managementFee, reserveTarget, ocThreshold, value, reinvestment);
    }

    public WaterfallTerms withReinvestment(Reinvestment value) {
        return new WaterfallTerms(managementFee, reserveTarget, ocThreshold, kind, value);
    }

    public boolean isSequential() {
        return kind instanceof WaterfallKind.Sequential;
    }
}
