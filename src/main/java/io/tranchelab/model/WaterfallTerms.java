package io.tranchelab.model;

/**
 * The rules that split each step's cash (docs/model.md §2.6, §7).
 *
 * @param managementFee rate a year on pool NAV, paid first
 * @param reserveTarget reserve account target as a share of the senior principal outstanding
 * @param ocThreshold   overcollateralization trigger: NAV / senior principal below this diverts
 *                      cash below the senior coupon to senior principal; 0 disables it
 */
public record WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold) {

    public static final WaterfallTerms NONE = new WaterfallTerms(0, 0, 0);

    public WaterfallTerms withManagementFee(double value) {
        return new WaterfallTerms(value, reserveTarget, ocThreshold);
    }

    public WaterfallTerms withReserveTarget(double value) {
        return new WaterfallTerms(managementFee, value, ocThreshold);
    }

    public WaterfallTerms withOcThreshold(double value) {
        return new WaterfallTerms(managementFee, reserveTarget, value);
    }
}
