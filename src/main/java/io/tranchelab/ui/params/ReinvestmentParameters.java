package io.tranchelab.ui.params;

import io.tranchelab.model.Limits;
import io.tranchelab.model.Position;
import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;

import java.util.ArrayList;
import java.util.List;

/**
 * The reinvestment rule (docs/model.md §7.6) as the waterfall panel edits it: one drop-down for
 * where principal cash goes (held as cash, paid out, or into one of the structure's yield
 * positions, by name) and the cash account's rate.
 */
final class ReinvestmentParameters {

    static final String HOLD = "Held as cash";
    static final String PAY_OUT = "Paid out to the tranches";
    static final String INTO = "Into ";

    private ReinvestmentParameters() {
    }

    static ChoiceSpec rule() {
        return new ChoiceSpec("reinvestment", "Principal cash",
                "What the pool does with loan principal repaid (liquidations) and credit-line principal recovered."
                        + " Held as cash: it waits in the cash account, earning the cash rate, until the horizon (the"
                        + " OC turbo may use it). Paid out: after each step's waterfall it repays the tranches'"
                        + " principal, senior first, the equity last. Into a yield position: it buys units at the"
                        + " step's price, which earn the position's APR and bear its risks.",
                ReinvestmentParameters::options, ReinvestmentParameters::option, ReinvestmentParameters::withOption);
    }

    static NumberSpec cashRate() {
        return NumberSpec.of("cashRate", "Cash rate", ValueUnit.PERCENT, 0, Limits.MAX_RATE,
                "The cash account's rate, percent a year: each step its balance earns rate x step length, paid"
                        + " into the waterfall as income (before fees and coupons). 0 % is the cash of v1.",
                x -> x.waterfall().reinvestment().cashRate(),
                (x, v) -> x.withWaterfall(x.waterfall().withReinvestment(x.waterfall().reinvestment().withCashRate(v))))
                .withSlider(0, 0.1);
    }

    /** Held as cash, paid out, then one option per yield position of the structure. */
    static List<String> options(Structure s) {
        List<String> options = new ArrayList<>(List.of(HOLD, PAY_OUT));
        for (Position p : s.positions()) {
            if (p instanceof YieldPosition) {
                options.add(INTO + p.name());
            }
        }
        return options;
    }

    static String option(Structure s) {
        Reinvestment r = s.waterfall().reinvestment();
        return switch (r.rule()) {
            case CASH -> HOLD;
            case PAY_OUT -> PAY_OUT;
            case POSITION -> INTO + r.position();
        };
    }

    /** The structure with the option chosen; the cash rate is kept. */
    static Structure withOption(Structure s, String option) {
        Reinvestment r = s.waterfall().reinvestment();
        Reinvestment next;
        if (option.startsWith(INTO)) {
            next = new Reinvestment(Reinvestment.Rule.POSITION, option.substring(INTO.length()), r.cashRate());
        } else {
            next = new Reinvestment(option.equals(PAY_OUT) ? Reinvestment.Rule.PAY_OUT : Reinvestment.Rule.CASH, "",
                    r.cashRate());
        }
        return s.withWaterfall(s.waterfall().withReinvestment(next));
    }
}
