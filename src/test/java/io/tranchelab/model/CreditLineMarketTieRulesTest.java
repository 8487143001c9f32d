package io.tranchelab.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The credit line's {@code marketTie}: a volatile asset, a correlation in [-1, 1]. */
class CreditLineMarketTieRulesTest {

    private static final Structure FULL = ExampleStructures.full();
    private static final int CREDIT = 2; // the full example's credit line
    private static final String POINTER = "/positions/2/marketTie";

    private static Structure withTie(MarketTie tie) {
        List<Position> positions = new ArrayList<>(FULL.positions());
        CreditLine line = (CreditLine) positions.get(CREDIT);
        positions.set(CREDIT, new CreditLine(line.name(), line.principal(), line.lines(), line.rate(),
                line.creditScore(), line.annualDefaultProbability(), line.lossGivenDefault(),
                line.assetCorrelation(), Optional.of(tie)));
        return FULL.withPositions(positions);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.3, 0, 1})
    void correlationsFromMinusOneToOneAreValid(double correlation) {
        assertEquals(List.of(), StructureValidator.validate(withTie(new MarketTie("ETH", correlation))));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.01, 1.5, Double.NaN})
    void aCorrelationOutsideMinusOneToOneIsReported(double correlation) {
        List<Problem> problems = StructureValidator.validate(withTie(new MarketTie("ETH", correlation)));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(POINTER + "/correlation", problems.get(0).pointer());
    }

    @Test
    void aPeggedAssetCannotCarryTheTie() {
        assertEquals(List.of(new Problem(POINTER + "/asset",
                        "\"stETH\" is not a volatile asset of this structure; it must be one of \"ETH\"")),
                StructureValidator.validate(withTie(new MarketTie("stETH", 0.5))));
    }

    @Test
    void anUnknownOrMissingAssetIsReported() {
        assertEquals(POINTER + "/asset",
                StructureValidator.validate(withTie(new MarketTie("DOGE", 0.5))).get(0).pointer());
        assertEquals(POINTER + "/asset",
                StructureValidator.validate(withTie(new MarketTie(null, 0.5))).get(0).pointer());
    }
}
