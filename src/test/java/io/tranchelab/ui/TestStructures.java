package io.tranchelab.ui;

import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.ui.document.DefaultStructures;

/** Structures for UI tests: the built-in lending book, made quick to simulate. */
public final class TestStructures {

    private TestStructures() {
    }

    /** The built-in book on a weekly grid with 2,000 paths: a full run takes a fraction of a second. */
    public static Structure quick() {
        return DefaultStructures.builtIn().withSimulation(new SimulationSettings(1.0, 52, 2_000, 42));
    }
}
