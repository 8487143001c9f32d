package io.tranchelab.design;

import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The bundled samples, read from samples/, optionally cut to a short horizon so design tests stay cheap. */
final class Samples {

    static final String LENDING = "eth-lending-book.json";

    private Samples() {
    }

    static Structure read(String file) {
        try {
            return StructureJson.read(Path.of("samples", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StructureFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Structure lending() {
        return read(LENDING);
    }

    /** The sample with fewer steps per year (the same horizon), for cheap runs. */
    static Structure coarse(Structure s, int stepsPerYear) {
        SimulationSettings sim = s.simulation();
        return s.withSimulation(new SimulationSettings(sim.horizonYears(), stepsPerYear, sim.paths(), sim.seed()));
    }
}
