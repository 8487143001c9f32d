package io.tranchelab.model;

/**
 * A slice of the pool: {@code share} of its initial value, paid {@code coupon} a year on its
 * principal outstanding. The last tranche of a structure is the equity: no coupon, the residual
 * (docs/model.md §2.5, §7).
 */
public record Tranche(String name, double share, double coupon) {

    public Tranche withName(String value) {
        return new Tranche(value, share, coupon);
    }

    public Tranche withShare(double value) {
        return new Tranche(name, value, coupon);
    }

    public Tranche withCoupon(double value) {
        return new Tranche(name, share, value);
    }
}
