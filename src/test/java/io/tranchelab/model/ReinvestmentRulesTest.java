package io.tranchelab.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Validation of /waterfall/reinvestment (docs/model.md §7.6): each problem at its pointer, with what is allowed. */
class ReinvestmentRulesTest {

    private static final Structure FULL = ExampleStructures.full();

    private static List<String> problems(Reinvestment r) {
        return StructureValidator.validate(FULL.withWaterfall(FULL.waterfall().withReinvestment(r))).stream()
                .map(Problem::toString).toList();
    }

    @Test
    void everyRuleWithAKnownPositionAndARateInRangeIsValid() {
        assertEquals(List.of(), problems(Reinvestment.NONE));
        assertEquals(List.of(), problems(new Reinvestment(Reinvestment.Rule.POSITION, "stETH staking", 0.05)));
        assertEquals(List.of(), problems(new Reinvestment(Reinvestment.Rule.PAY_OUT, "", 10)));
    }

    @Test
    void theCashRateIsARateFromZeroToTenAYear() {
        assertEquals(1, problems(new Reinvestment(Reinvestment.Rule.CASH, "", -0.01)).size());
        assertEquals(1, problems(new Reinvestment(Reinvestment.Rule.CASH, "", 10.01)).size());
        assertEquals("/waterfall/reinvestment/cashRate", StructureValidator.validate(FULL.withWaterfall(
                FULL.waterfall().withReinvestment(new Reinvestment(Reinvestment.Rule.CASH, "", Double.NaN))))
                .get(0).pointer());
    }

    @Test
    void aPositionMustNameAYieldPositionAndOnlyWithThePositionRule() {
        assertEquals(List.of("/waterfall/reinvestment/position: 'ETH-backed loans' names no yield position of the"
                + " structure; name one of: stETH staking"),
                problems(new Reinvestment(Reinvestment.Rule.POSITION, "ETH-backed loans", 0)));
        assertEquals(List.of("/waterfall/reinvestment/position: is missing; the rule POSITION buys a yield position,"
                + " name one of: stETH staking"), problems(new Reinvestment(Reinvestment.Rule.POSITION, "", 0)));
        assertEquals(List.of("/waterfall/reinvestment/position: is 'stETH staking', but the rule is PAY_OUT; a"
                + " position is named only with the rule POSITION"),
                problems(new Reinvestment(Reinvestment.Rule.PAY_OUT, "stETH staking", 0)));
    }

    @Test
    void withoutYieldPositionsTheMessageSaysToAddOne() {
        Structure loansOnly = FULL.withPositions(List.of(FULL.positions().get(1)))
                .withWaterfall(FULL.waterfall().withReinvestment(new Reinvestment(Reinvestment.Rule.POSITION, "x", 0)));
        assertEquals(List.of("/waterfall/reinvestment/position: 'x' names no yield position of the structure; name"
                + " one of: (none: add a YIELD position first)"),
                StructureValidator.validate(loansOnly).stream().map(Problem::toString)
                        .filter(p -> p.startsWith("/waterfall")).toList());
    }
}
