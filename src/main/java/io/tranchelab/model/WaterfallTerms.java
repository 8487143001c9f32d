package io.tranchelab.model;

/**
 * The rules that split each step's cash (docs/model.md §2.6, §7).
 *
 * @param managementFee rate a year on pool NAV, paid first
 * @param reserveTarget reserve account target as a share of the senior principal outstanding
 * @param ocThreshold   overcollateralization trigger: NAV / senior principal below this diverts
 *                      cash below the senior coupon to senior principal; 0 disables it
 * @param reinvestment  what principal cash does and the cash account's rate (docs/model.md §7.6);
 *                      {@link Reinvestment#NONE} is v1's behaviour
 */
public record WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold,
                             Reinvestment reinvestment) {

    public static final WaterfallTerms NONE = new WaterfallTerms(0, 0, 0);

    public WaterfallTerms {
        reinvestment = reinvestment == null ? Reinvestment.NONE : reinvestment;
    }

    /** The terms without reinvestment (principal cash held at 0 %), the arity before it. */
    public WaterfallTerms(double managementFee, double reserveTarget, double ocThreshold) {
        this(managementFee, reserveTarget, ocThreshold, Reinvestment.NONE);
    }

    public WaterfallTerms withManagementFee(double value) {
        return new WaterfallTerms(value, reserveTarget, ocThreshold, reinvestment);
    }

    public WaterfallTerms withReserveTarget(double value) {
        return new WaterfallTerms(managementFee, value, ocThreshold, reinvestment);
    }

    public WaterfallTerms withOcThreshold(double value) {
        return new WaterfallTerms(managementFee, reserveTarget, value, reinvestment);
    }

    public WaterfallTerms withReinvestment(Reinvestment value) {
        return new WaterfallTerms(managementFee, reserveTarget, ocThreshold, value);
    }
}
