package io.tranchelab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Validation of the hedges (docs/format.md "Ranges", hedges; docs/model.md §2.11): each problem at its pointer. */
class HedgeRulesTest {

    private static final Structure FULL = ExampleStructures.full();
    private static final ProtectivePut PUT = (ProtectivePut) FULL.hedges().get(0);
    private static final PerpetualShort PERP = (PerpetualShort) FULL.hedges().get(1);

    @Test
    void theFullExampleIsValid() {
        assertEquals(List.of(), StructureValidator.validate(FULL));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                of(s -> with(s, PUT.withHedgeRatio(0), PERP), "/hedges/0/hedgeRatio", "greater than 0 and at most 1"),
                of(s -> with(s, PUT.withHedgeRatio(1.01), PERP), "/hedges/0/hedgeRatio", "at most 1"),
                of(s -> with(s, PUT.withStrike(0), PERP), "/hedges/0/strike", "greater than 0 and at most 2"),
                of(s -> with(s, PUT.withStrike(2.5), PERP), "/hedges/0/strike", "at most 2"),
                of(s -> with(s, PUT.withTenorDays(0.5), PERP), "/hedges/0/tenorDays", "from 1 to 3650"),
                of(s -> with(s, PUT.withImpliedVolatility(0), PERP), "/hedges/0/impliedVolatility", "greater than 0"),
                of(s -> with(s, PUT.withImpliedVolatility(Double.NaN), PERP), "/hedges/0/impliedVolatility", "at most 5"),
                of(s -> with(s, PUT.withVolatilitySpread(-0.01), PERP), "/hedges/0/volatilitySpread", "from 0 to 1"),
                of(s -> with(s, PUT.withRiskFreeRate(1.5), PERP), "/hedges/0/riskFreeRate", "from 0 to 1"),
                of(s -> with(s, PUT, PERP.withRebalanceBand(-0.1)), "/hedges/1/rebalanceBand", "from 0 to 1"),
                of(s -> with(s, PUT, PERP.withFundingMean(11)), "/hedges/1/fundingMean", "from -10 to 10"),
                of(s -> with(s, PUT, PERP.withFundingVolatility(-1)), "/hedges/1/fundingVolatility", "from 0 to 10"),
                of(s -> with(s, PUT, PERP.withHedgeRatio(Double.POSITIVE_INFINITY)), "/hedges/1/hedgeRatio", "at most 1"),
                of(s -> with(s, new ProtectivePut("p", "stETH", 1, 1, 30, 0.5, 0, 0), PERP), "/hedges/0/asset",
                        "not a volatile asset"),
                of(s -> with(s, new ProtectivePut("p", "BTC", 1, 1, 30, 0.5, 0, 0), PERP), "/hedges/0/asset",
                        "\"ETH\""),
                of(s -> with(s, PUT, new PerpetualShort("p", null, 0.3, 0, 0, 0)), "/hedges/1/asset",
                        "missing is not a volatile asset"),
                of(s -> with(s, PUT, new PerpetualShort("ETH puts", "ETH", 0.3, 0, 0, 0)), "/hedges/1/name",
                        "used twice"),
                of(s -> with(s, PUT, new PerpetualShort(" ", "ETH", 0.3, 0, 0, 0)), "/hedges/1/name", "blank"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalid")
    void eachProblemIsReportedAtItsPointerSayingWhatIsAllowed(UnaryOperator<Structure> edit, String pointer,
                                                               String words) {
        List<Problem> problems = StructureValidator.validate(edit.apply(FULL));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(pointer, problems.get(0).pointer());
        assertTrue(problems.get(0).message().contains(words), problems.get(0).message());
    }

    @Test
    void aHedgeOnAnAssetThePoolDoesNotHoldIsAllowedAndCoversNothing() {
        Structure noStaking = FULL.withPositions(FULL.positions().subList(1, 3));
        assertEquals(List.of(), StructureValidator.validate(noStaking));
    }

    @Test
    void theHedgesCountIsLimited() {
        List<Hedge> many = java.util.stream.IntStream.range(0, Limits.MAX_HEDGES + 1)
                .mapToObj(i -> (Hedge) new PerpetualShort("p" + i, "ETH", 0.01, 0, 0, 0)).toList();
        List<Problem> problems = StructureValidator.validate(FULL.withHedges(many));
        assertEquals("/hedges", problems.get(0).pointer());
    }

    @Test
    void hedgeTermsAreNumericFieldsTheDesignToolsMayVary() {
        List<String> pointers = StructureValidator.numericFields(FULL).stream().map(NumericField::pointer).toList();
        assertTrue(pointers.containsAll(List.of("/hedges/0/strike", "/hedges/0/impliedVolatility",
                "/hedges/1/hedgeRatio", "/hedges/1/fundingMean")), pointers::toString);
    }

    private static Structure with(Structure s, Hedge put, Hedge perp) {
        return s.withHedges(List.of(put, perp));
    }

    private static Arguments of(UnaryOperator<Structure> edit, String pointer, String words) {
        return Arguments.of(edit, pointer, words);
    }
}
