package io.tranchelab.sim;

/** Thrown by a run whose {@link CancellationToken} was cancelled; no partial result exists. */
public final class SimulationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SimulationCancelledException() {
        super("simulation cancelled");
    }
}
