package io.tranchelab.batch;

/** A sweep that could not run or complete elsewhere, with a one-line message for the user. */
public final class SweepRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SweepRunException(String message) {
        super(message);
    }

    public SweepRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
