package io.tranchelab.model;

/**
 * How a structure's waterfall splits the pool's cash between its tranches (docs/model.md §7.9):
 * {@link Sequential} (§7.1-§7.8, the default) or one of the designs live DeFi tranching
 * protocols hard-code. Each kind is an immutable record of the kind's own parameters; the
 * tranches (shares, the senior's coupon) and the management fee stay in {@link Structure} and
 * {@link WaterfallTerms}. Every kind but sequential and pro-rata has exactly two tranches, a
 * senior and a junior.
 */
public sealed interface WaterfallKind {

    /** The JSON {@code kind} of the waterfall's {@code distribution} object, and the kind's name in the UI. */
    String id();

    /** A label for menus and reports. */
    String label();

    /** Today's waterfall: coupons senior first, reserve, OC turbo, principal at the horizon senior first (§7). */
    record Sequential() implements WaterfallKind {
        public String id() {
            return "SEQUENTIAL";
        }

        public String label() {
            return "Sequential";
        }
    }

    /**
     * Principal cash of each step paid to every tranche pro rata to its principal outstanding,
     * until the pool's NAV at a step's mark falls below {@code switchCoverage} times the tranches'
     * principal outstanding; from then on (for good) sequentially, senior first (§7.9.1).
     *
     * @param switchCoverage NAV / total principal outstanding below which the waterfall turns sequential; 0 never
     */
    record ProRata(double switchCoverage) implements WaterfallKind {
        public String id() {
            return "PRO_RATA";
        }

        public String label() {
            return "Pro-rata, sequential on a trigger";
        }
    }

    /**
     * BarnBridge SMART Yield: the senior's coupon is a fixed rate that accrues as its gain and is
     * paid at the horizon, less {@code gainFee} of it; income stays in the pool, so the junior
     * funds any shortfall of the gain from its own principal (§7.9.2).
     *
     * @param gainFee share of the senior's gain the protocol keeps at redemption (BarnBridge: 5 %)
     */
    record SmartYield(double gainFee) implements WaterfallKind {
        public String id() {
            return "SMART_YIELD";
        }

        public String label() {
            return "BarnBridge SMART Yield";
        }
    }

    /**
     * Idle Perpetual Yield Tranches: each step's gain of the pool, less {@code performanceFee},
     * goes {@code aprSplitRatio} to the senior and the rest to the junior; a loss up to
     * {@code lossTolerance} of the pool is shared pro rata to the tranches' values, a larger
     * one falls on the junior first (§7.9.3).
     */
    record PerpetualYield(double aprSplitRatio, double lossTolerance, double performanceFee)
            implements WaterfallKind {
        public String id() {
            return "PERPETUAL_YIELD";
        }

        public String label() {
            return "Idle Perpetual Yield Tranches";
        }
    }

    /**
     * Centrifuge Tinlake DROP/TIN: the senior (DROP) claim compounds at the senior's coupon;
     * income stays in the reserve; the senior's asset is min(claim, NAV + reserve), the junior
     * (TIN) the rest. When the senior ratio leaves [{@code minSeniorRatio}, {@code maxSeniorRatio}]
     * the reserve redeems TIN (ratio too low) or DROP (too high) as far as it can to bring it back (§7.9.4).
     */
    record Tinlake(double minSeniorRatio, double maxSeniorRatio) implements WaterfallKind {
        public String id() {
            return "TINLAKE";
        }

        public String label() {
            return "Centrifuge Tinlake DROP/TIN";
        }
    }

    /**
     * Goldfinch: interest is split pro rata to principal, the protocol keeps {@code protocolFee}
     * of all of it and {@code juniorFee} of the senior's part goes to the junior (the backers);
     * principal is repaid senior first (§7.9.5).
     */
    record Goldfinch(double protocolFee, double juniorFee) implements WaterfallKind {
        public String id() {
            return "GOLDFINCH";
        }

        public String label() {
            return "Goldfinch senior leverage";
        }
    }

    /**
     * Pendle principal and yield strips: the senior (PT) is the claim to all the pool's principal
     * at the horizon, the junior (YT) receives all its income until then (§7.9.6).
     */
    record Strips() implements WaterfallKind {
        public String id() {
            return "STRIPS";
        }

        public String label() {
            return "Pendle PT/YT strips";
        }
    }

    WaterfallKind SEQUENTIAL = new Sequential();

    /** Every kind with the parameters of a plain example: what the UI offers when the kind is switched. */
    static java.util.List<WaterfallKind> defaults() {
        return java.util.List.of(SEQUENTIAL, new ProRata(0.9), new SmartYield(0.05),
                new PerpetualYield(0.2, 0.01, 0.1), new Tinlake(0.7, 0.9), new Goldfinch(0.1, 0.2), new Strips());
    }
}
