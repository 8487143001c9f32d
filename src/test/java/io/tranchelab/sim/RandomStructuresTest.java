package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.model.Tranche;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The property tests' generator makes structures the model accepts, and calm ones that cannot lose. */
class RandomStructuresTest {

    /** The structures the property tests use ({@link InvariantPropertyTest#seeds()}). */
    static LongStream seeds() {
        return InvariantPropertyTest.seeds();
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
        Structure calm = RandomStructures.calm(RandomStructures.generate(seed));
        Tranche senior = calm.tranches().get(0);
        double horizon = calm.simulation().horizonYears();
        assertTrue(senior.share() * (1 + senior.coupon() * horizon)
                + 1.05 * calm.waterfall().managementFee() * horizon <= 0.99 + 1e-12);
    }
}
