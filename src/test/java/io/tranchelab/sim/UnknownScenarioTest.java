package io.tranchelab.sim;

import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A run of a scenario the structure does not have names it and lists the ones it has, base first. */
class UnknownScenarioTest {

    @Test
    void theErrorListsTheBaseCaseAndEveryScenarioOfTheStructure() {
        Structure structure = TwoBorrowerLiquidationTest.structure();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulator.run(structure, TestStructures.runSettings(structure, "crash", 2, 1)));
        assertEquals("unknown scenario 'crash'; the structure has: "
                + io.tranchelab.model.Scenario.BASE_NAME + ", slide", e.getMessage());
    }
}
