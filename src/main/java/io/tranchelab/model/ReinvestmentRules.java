package io.tranchelab.model;

import java.util.List;

/** Validation of {@code /waterfall/reinvestment} (docs/model.md §7.6): a rate in range, a position that exists. */
final class ReinvestmentRules {

    static final String POINTER = "/waterfall/reinvestment";

    private ReinvestmentRules() {
    }

    static void check(Structure structure, Checks checks) {
        Reinvestment r = structure.waterfall().reinvestment();
        if (!r.equals(Reinvestment.NONE)) { // absent from the file at its default: not a number to override there
            checks.number(POINTER + "/cashRate", r.cashRate(), Range.closed(0, Limits.MAX_RATE));
        }
        if (r.rule() != Reinvestment.Rule.CASH && !structure.waterfall().isSequential()) {
            // the other kinds pay principal by their own rules (§7.9): paying it out senior first, or spending
            // it on a position, would be a second, conflicting principal rule
            checks.report(POINTER + "/rule", "is " + r.rule() + ", but the waterfall is "
                    + structure.waterfall().kind().label() + ", which pays principal by its own rules; with a"
                    + " distribution other than sequential the rule is CASH (a cash rate may still be set)");
            return;
        }
        if (r.rule() != Reinvestment.Rule.POSITION) {
            if (!r.position().isEmpty()) {
                checks.report(POINTER + "/position", "is '" + r.position() + "', but the rule is " + r.rule()
                        + "; a position is named only with the rule POSITION");
            }
            return;
        }
        List<String> yields = structure.positions().stream().filter(YieldPosition.class::isInstance)
                .map(Position::name).toList();
        if (r.position().isEmpty()) {
            checks.report(POINTER + "/position", "is missing; the rule POSITION buys a yield position, name one of: "
                    + names(yields));
        } else if (!yields.contains(r.position())) {
            checks.report(POINTER + "/position", "'" + r.position() + "' names no yield position of the structure;"
                    + " name one of: " + names(yields));
        }
    }

    private static String names(List<String> yields) {
        return yields.isEmpty() ? "(none: add a YIELD position first)" : String.join(", ", yields);
    }
}
