package io.tranchelab.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/model.md §7.6 with §7.9: a waterfall kind other than sequential pays principal by its own
 * rules, so the reinvestment rule is CASH there (a cash rate may be set); PAY_OUT and POSITION
 * are refused at /waterfall/reinvestment/rule.
 */
class ReinvestmentUnderKindsTest {

    @Test
    void payOutAndPositionAreRefusedUnderAnotherKindAndCashIsAllowed() {
        for (Structure kinded : ExampleStructures.ofEachKind()) {
            for (Reinvestment.Rule rule : List.of(Reinvestment.Rule.PAY_OUT, Reinvestment.Rule.POSITION)) {
                Structure s = kinded.withWaterfall(kinded.waterfall().withReinvestment(new Reinvestment(rule,
                        rule == Reinvestment.Rule.POSITION ? "stETH staking" : "", 0.03)));
                List<Problem> problems = StructureValidator.validate(s);
                assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/waterfall/reinvestment/rule")
                        && p.message().contains("pays principal by its own rules")), kinded.waterfall().kind() + " "
                        + rule + ": " + problems);
            }
            Structure cash = kinded.withWaterfall(kinded.waterfall().withReinvestment(
                    new Reinvestment(Reinvestment.Rule.CASH, "", 0.03)));
            assertTrue(StructureValidator.validate(cash).stream()
                    .noneMatch(p -> p.pointer().startsWith("/waterfall/reinvestment")), kinded.waterfall().kind()
                    + ": " + StructureValidator.validate(cash));
        }
    }
}
