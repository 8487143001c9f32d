package io.tranchelab.report;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;

import java.nio.file.Path;

/** samples/hedged-eth-vault.json, weekly and on 256 paths (seed 7) so that tests of its views are quick. */
public final class HedgedSample {

    private HedgedSample() {
    }

    public static Structure quick() {
        try {
            return StructureJson.read(Path.of("samples/hedged-eth-vault.json"))
                    .withSimulation(new SimulationSettings(1.0, 52, 256, 7));
        } catch (Exception e) {
            throw new IllegalStateException("the hedged sample does not load", e);
        }
    }
}
