package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tranchelab.model.Asset;
import io.tranchelab.model.CorrelationMatrix;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Depeg;
import io.tranchelab.model.DepegShock;
import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.Jumps;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.PeggedAsset;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.ScoreBand;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.VolatileAsset;
import io.tranchelab.model.WaterfallTerms;
import io.tranchelab.model.YieldPosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StructureJsonRoundTripTest {

    @Test
    void theFullExampleFileReadsAsTheHandBuiltStructure() throws Exception {
        assertEquals(ExampleStructures.full(), StructureJson.parse(JsonFixtures.fullText()));
    }

    @Test
    void writingTheHandBuiltStructureGivesTheExampleFileCharacterForCharacter() {
        assertEquals(JsonFixtures.fullText(), StructureJson.toJson(ExampleStructures.full()));
    }

    @Test
    void absentOptionalFieldsTakeTheFormatDefaults() throws Exception {
        String json = """
                {"schemaVersion": 1, "name": "Minimal", "simulation": {"horizonYears": 1, "paths": 100, "seed": 7},
                 "assets": [{"kind": "VOLATILE", "id": "ETH", "price": 1, "drift": 0, "volatility": 0.5}],
                 "positions": [{"kind": "CREDIT_LINE", "name": "c", "principal": 10, "rate": 0.1, "creditScore": 700,
                                "lossGivenDefault": 0.6, "assetCorrelation": 0.2},
                               {"kind": "LOAN_BOOK", "name": "b", "collateral": "ETH", "principal": 10, "ltvLow": 0.5,
                                "ltvHigh": 0.7, "rate": 0.05, "liquidationThreshold": 0.8, "liquidationPenalty": 0.05,
                                "closeFactor": 0.5}],
                 "tranches": [{"name": "Senior", "share": 0.8, "coupon": 0.04},
                              {"name": "Equity", "share": 0.2, "coupon": 0}],
                 "scenarios": [{"name": "calm"}]}
                """;
        Structure s = StructureJson.parse(json);
        assertEquals("", s.description());
        assertEquals(new SimulationSettings(1, 365, 100, 7), s.simulation());
        assertEquals(new VolatileAsset("ETH", 1, 0, 0.5, Jumps.NONE, OptionalDouble.empty()), s.assets().get(0));
        assertEquals(CorrelationMatrix.identity(1), s.correlations());
        assertEquals(0.0, s.initialCash());
        assertEquals(new CreditLine("c", 10, 1, 0.1, 700, OptionalDouble.empty(), 0.6, 0.2), s.positions().get(0));
        assertEquals(new LoanBook("b", "ETH", 10, 20, 0.5, 0.7, 0.05, 0.8, 0.05, 0.5, 0, OptionalDouble.empty()),
                s.positions().get(1));
        assertEquals(WaterfallTerms.NONE, s.waterfall());
        assertEquals(List.of(), s.creditScoreTable());
        assertEquals(new Scenario("calm", "", 1, Map.of(), OptionalDouble.empty(), 1, 1, List.of()), s.scenarios().get(0));
    }

    @Test
    void wholeNumbersWrittenWithAnExponentAreAccepted() throws Exception {
        assertEquals(10_000, StructureJson.parse(JsonFixtures.with("/simulation/paths", "1e4")).simulation().paths());
    }

    @ParameterizedTest
    @MethodSource("handBuilt")
    void parsingTheWrittenJsonGivesTheSameStructureAndTheSameText(Structure structure) throws Exception {
        String json = StructureJson.toJson(structure);
        Structure back = StructureJson.parse(json);
        assertEquals(structure, back);
        assertEquals(json, StructureJson.toJson(back));
    }

    static Stream<Structure> handBuilt() {
        Structure full = ExampleStructures.full();
        Structure minimal = ExampleStructures.minimal();
        return Stream.of(full, minimal,
                minimal.withPositions(List.of()).withInitialCash(0.1 + 0.2),
                full.withCreditScoreTable(List.of()).withScenarios(List.of()),
                full.withAssets(List.of(new PeggedAsset("USDC", "USD", Depeg.NONE, OptionalDouble.empty()),
                                new VolatileAsset("ETH", 1, -0.0, 0, new Jumps(0, -0.0, 0), OptionalDouble.empty()),
                                new PeggedAsset("stETH", "ETH", null, null)))
                        .withScenarios(List.of(new Scenario("depeg", "", 0, Map.of("ETH", -1e-300), null, 0, 0,
                                List.of(new DepegShock("stETH", 365, 0, 0.01), new PriceShock("USDC", 1, -0.0)))))
                        .withPositions(List.of(new YieldPosition("y", "USDC", 1, 10, // a pool of the least value
                                new LossEvents(365, 1)))),
                minimal.withSimulation(new SimulationSettings(30, 3333, 500_000, Long.MIN_VALUE)) // at the work limit
                        .withTranches(List.of(new Tranche("a", 1.0 / 3, 1), new Tranche("b", 1.0 / 3, 0.1),
                                new Tranche("c", 1 - 2.0 / 3, 0)))
                        .withCreditScoreTable(List.of(new ScoreBand(0, 1), new ScoreBand(1000, 0))));
    }

    /** Below validation: whatever doubles the records hold, the reader gets the same bits back. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void everyFiniteDoubleSurvivesTheRoundTripBitForBit_seed(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            Structure s = new Structure("r", "", new SimulationSettings(anyDouble(random), random.nextInt(),
                    random.nextInt(), random.nextLong()),
                    List.<Asset>of(new VolatileAsset("A", anyDouble(random), anyDouble(random), anyDouble(random),
                            new Jumps(anyDouble(random), anyDouble(random), anyDouble(random)),
                            OptionalDouble.of(anyDouble(random)))),
                    new CorrelationMatrix(new double[][] {{anyDouble(random)}}), anyDouble(random),
                    List.of(new YieldPosition("y", "A", anyDouble(random), anyDouble(random),
                            new LossEvents(anyDouble(random), anyDouble(random)))),
                    List.of(new Tranche("t", anyDouble(random), anyDouble(random))),
                    new WaterfallTerms(anyDouble(random), anyDouble(random), anyDouble(random)), List.of(), List.of());
            assertEquals(s, StructureReader.read(JsonParsing.parse(StructureJson.toJson(s))));
        }
    }

    private static double anyDouble(SplittableRandom random) {
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.MIN_NORMAL, 0.1, 1.0 / 3, 1e23, 5e-324, 9007199254740993.0};
        if (random.nextInt(4) == 0) {
            return special[random.nextInt(special.length)];
        }
        double value;
        do {
            value = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(value));
        return value;
    }

    /** Every sample shipped in samples/ (written by hand or by another tool) loads and writes back unchanged. */
    @TestFactory
    Stream<DynamicTest> everyShippedSampleRoundTrips() throws IOException {
        Path samples = Path.of("samples");
        if (!Files.isDirectory(samples)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(samples)) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            return json.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                Structure structure = StructureJson.read(file);
                String written = StructureJson.toJson(structure);
                assertEquals(structure, StructureJson.parse(written));
                assertEquals(written, StructureJson.toJson(StructureJson.parse(written)));
            }));
        }
    }
}
