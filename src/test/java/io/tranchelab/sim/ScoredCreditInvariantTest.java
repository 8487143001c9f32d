package io.tranchelab.sim;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.BorrowerHistory;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.Position;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Scorecard;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/model.md §10's invariants over generated structures with every new credit part: the
 * generated structures of {@link RandomStructures} with their credit lines scored from random
 * histories (migrating, half of them with borrowers that miss payments, §5.4.1, under a random
 * scorecard half the time, which reads misses half the time) and their stress scenario
 * stressing credit too. Each path traced, base case and stress.
 */
class ScoredCreditInvariantTest {

    private static final int STRUCTURES = Integer.getInteger("tranchelab.propertyStructures", 1_000) / 4;
    private static final int PATHS = 12;
    private static final double RELATIVE = 1e-9;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, STRUCTURES);
    }

    /** The generated structure, its credit lines scored and its stress scenario stressing credit. */
    static Structure scored(long seed) {
        Structure base = RandomStructures.generate(seed);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        // missed payments (§5.4.1) from a generator of their own, so the draws above stay as they were
        SplittableRandom misses = new SplittableRandom(seed * 53 + 11);
        List<Position> positions = new ArrayList<>();
        for (Position p : base.positions()) {
            if (p instanceof CreditLine line && random.nextInt(4) > 0) {
                BorrowerHistory history = new BorrowerHistory(random.nextInt(60), random.nextInt(4),
                        random.nextDouble(0, 3000), random.nextDouble(0.5, 3), random.nextInt(3) == 0 ? 0
                        : random.nextDouble(0, 52));
                if (misses.nextBoolean()) {
                    history = history.withMissedPayments(misses.nextInt(6))
                            .withMissedPaymentProbability(misses.nextInt(5) == 0 ? 1 : misses.nextDouble(0, 0.6));
                }
                p = new CreditLine(line.name(), line.principal(), line.lines(), line.rate(), line.creditScore(),
                        random.nextBoolean() ? OptionalDouble.empty() : line.annualDefaultProbability(),
                        line.lossGivenDefault(), line.assetCorrelation(), line.marketTie(), Optional.of(history));
            }
            positions.add(p);
        }
        Scorecard card = random.nextBoolean() ? Scorecard.DEFAULT : new Scorecard(random.nextDouble(-2, 6),
                random.nextDouble(0, 0.3), random.nextDouble(-3, 0), random.nextDouble(0, 1), random.nextDouble(0, 2),
                random.nextDouble(300, 700), random.nextDouble(5, 2000), random.nextDouble(20, 100))
                .withPerMissedPayment(misses.nextBoolean() ? 0 : misses.nextDouble(-3, 0));
        List<Scenario> scenarios = base.scenarios().stream().map(s -> s.withCreditStress(
                random.nextInt(3) == 0 ? 1 : random.nextDouble(0, 20),
                random.nextInt(3) == 0 ? 0 : random.nextDouble(-4, 4))).toList();
        return base.withPositions(positions).withScorecard(card).withScenarios(scenarios);
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void cashIsConservedAndLossesFlowBottomUpOnEveryPath(long seed) {
        Structure structure = scored(seed);
        assertEquals(List.of(), StructureValidator.validate(structure), "the generated structure is valid");
        double initialValue = RandomStructures.initialValue(structure);
        double tolerance = RELATIVE * initialValue;
        for (String scenario : new String[] {Scenario.BASE_NAME, RandomStructures.STRESS}) {
            for (int path = 0; path < PATHS; path++) {
                PathTrace t = Simulator.tracePath(structure, scenario, structure.simulation().seed(), path);
                String where = "seed " + seed + " " + scenario + " path " + path;
                double sources = t.totalSources();
                assertEquals(sources, t.totalUses(), RELATIVE * Math.max(1, sources), where + ": cash");
                LossOrder.assertBottomUp(structure, t, initialValue, tolerance, where);
            }
        }
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void theFileRoundTripsAndSaysVersionTwoExactlyWhenItUsesAScoredLineOrACreditStress(long seed) throws Exception {
        Structure structure = scored(seed);
        assertEquals(structure, StructureJson.parse(StructureJson.toJson(structure)));
        boolean usesNew = structure.positions().stream().anyMatch(p -> p instanceof CreditLine c
                && c.history().isPresent()) || !structure.scorecard().equals(Scorecard.DEFAULT)
                || structure.scenarios().stream().anyMatch(Scenario::stressesCredit);
        assertEquals(usesNew ? 2 : 1, StructureJson.toTree(structure).get("schemaVersion").intValue());
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("everyTenth")
    void threadCountNeverChangesABitOfAScoredStressedRun(long seed) {
        Structure structure = scored(seed);
        for (String scenario : new String[] {Scenario.BASE_NAME, RandomStructures.STRESS}) {
            SimulationResult one = Simulator.run(structure, TestStructures.runSettings(structure, scenario, 300, 1));
            SimulationResult four = Simulator.run(structure, TestStructures.runSettings(structure, scenario, 300, 4));
            for (int k = 0; k < structure.tranches().size(); k++) {
                assertArrayEquals(one.trancheLosses().get(k), four.trancheLosses().get(k), scenario + " tranche " + k);
            }
        }
    }

    static LongStream everyTenth() {
        return LongStream.rangeClosed(1, STRUCTURES).filter(s -> s % 10 == 0);
    }
}
