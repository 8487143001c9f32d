package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.model.Tranche;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property tests' generator makes structures the model accepts, and calm ones that cannot lose.
 *
 * <p>By default the structures the property tests use ({@link InvariantPropertyTest#seeds()}: 1,000).
 * These checks run no simulation, so a soak over many more is cheap:
 * {@code mvn -B -q -o test -Dtest=RandomStructuresTest -Dtranchelab.generatorStructures=100000}.
 * (A generator flaw that only 1 structure in about 2,000 shows went unnoticed until a change of
 * the draw sequence moved it to seed 739.)
 */
class RandomStructuresTest {

    private static final int STRUCTURES = Integer.getInteger("tranchelab.generatorStructures",
            InvariantPropertyTest.STRUCTURES);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, STRUCTURES);
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void generatedStructuresAreValid(long seed) {
        Structure structure = RandomStructures.generate(seed);
        assertEquals(List.of(), StructureValidator.validate(structure));
        assertEquals(List.of(), StructureValidator.validate(RandomStructures.calm(structure)));
        assertEquals(1.0, structure.tranches().stream().mapToDouble(Tranche::share).sum(), 1e-12);
        assertTrue(RandomStructures.initialValue(structure) >= 1e5);
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void calmStructuresOweTheSeniorNoMoreThanThePoolHolds(long seed) {
        assertFitsInThePool(RandomStructures.calm(RandomStructures.generate(seed)), "seed " + seed);
    }

    /**
     * The structure that failed the property above (seed 739 when market ties were drawn from the
     * generator's main stream): two tranches, senior share s = 0.9380736132791238 with coupon
     * 3.42 %, management fee f = 2.737 %, T = 2 years. Trimming the coupon to 0 leaves
     * s + 1.05 f T = 0.938074 + 0.057480 = 0.995553 > 0.99, so the fee must be trimmed too:
     * f = (0.99 - s) / (1.05 T) = 0.0519263867208762 / 2.1 = 0.024726850819464876.
     * (The engine was right: on that structure the fee, 0.027371 * 1,757,898.53 / 12 = 4,009.65 a
     * month, is paid from income of 14,188.48 a month, and the senior's 1,649,038.22 is repaid in full.)
     */
    @Test
    void calmTrimsTheFeeWhenTrimmingTheSeniorCouponToZeroLeavesNoRoom() {
        Structure generated = RandomStructures.generate(1);
        Structure structure = generated
                .withSimulation(new SimulationSettings(2.0, 12, 30, generated.simulation().seed()))
                .withTranches(List.of(new Tranche("senior", 0.9380736132791238, 0.034225153334000676),
                        new Tranche("equity", 1 - 0.9380736132791238, 0)))
                .withWaterfall(generated.waterfall().withManagementFee(0.02737123080507649));
        Structure calm = RandomStructures.calm(structure);

        assertEquals(List.of(), StructureValidator.validate(calm));
        assertEquals(0, calm.tranches().get(0).coupon(), 1e-15);
        assertEquals(0.024726850819464876, calm.waterfall().managementFee(), 1e-15);
        assertFitsInThePool(calm, "the seed-739 structure");
        SimulationResult result = Simulator.run(calm, TestStructures.runSettings(calm, Scenario.BASE_NAME, 10, 1));
        assertEquals(0, result.tranches().get(0).expectedLoss(), 1e-9);
    }

    /** A calm structure by {@link RandomStructures#calm}'s definition: s (1 + c T) + 1.05 f T <= 0.99. */
    private static void assertFitsInThePool(Structure calm, String which) {
        Tranche senior = calm.tranches().get(0);
        double horizon = calm.simulation().horizonYears();
        double fee = calm.waterfall().managementFee();
        double owed = senior.share() * (1 + senior.coupon() * horizon) + 1.05 * fee * horizon;
        assertTrue(owed <= 0.99 + 1e-12, () -> which + ": senior share " + senior.share() + " coupon "
                + senior.coupon() + " fee " + fee + " horizon " + horizon + " owe " + owed + " > 0.99");
    }
}
