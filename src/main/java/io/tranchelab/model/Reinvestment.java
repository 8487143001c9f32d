package io.tranchelab.model;

/**
 * What the pool does with principal cash, the loan principal repaid and credit-line principal
 * recovered along a path (docs/model.md §7.6), and the rate its cash account earns. The default,
 * {@link #NONE}, is v1's: principal cash stays in the cash account, which earns nothing.
 *
 * @param rule     where principal cash goes: see {@link Rule}
 * @param position the yield position it buys under {@link Rule#POSITION} (its name); empty otherwise
 * @param cashRate the cash account's rate a year, earned under every rule on the account's balance at the start of a
 *                 step ({@code cashRate x dt} a step, simple like the coupons) and paid into the waterfall as income
 */
public record Reinvestment(Rule rule, String position, double cashRate) {

    /** Where principal cash goes, in the step it comes in. */
    public enum Rule {
        /** Stays in the cash account (earning {@code cashRate}) until the final distribution; the OC turbo may use it. */
        CASH,
        /** Buys units of the named yield position at its asset's price of the step; they earn its APR and bear its risks. */
        POSITION,
        /** Paid to the tranches as principal after the step's waterfall, senior first (the equity last). */
        PAY_OUT
    }

    public static final Reinvestment NONE = new Reinvestment(Rule.CASH, "", 0);

    public Reinvestment {
        rule = rule == null ? Rule.CASH : rule;
        position = position == null ? "" : position;
    }

    /** Whether this is v1's behaviour (cash at 0 %): the simulation then runs exactly as it did. */
    public boolean isNone() {
        return rule == Rule.CASH && cashRate == 0;
    }

    public Reinvestment withRule(Rule value) {
        return new Reinvestment(value, position, cashRate);
    }

    public Reinvestment withPosition(String value) {
        return new Reinvestment(rule, value, cashRate);
    }

    public Reinvestment withCashRate(double value) {
        return new Reinvestment(rule, position, value);
    }
}
