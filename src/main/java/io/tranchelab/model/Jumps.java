package io.tranchelab.model;

/** Merton jumps: a Poisson number of jumps per year, each a normal log-return (docs/model.md §4.1). */
public record Jumps(double intensity, double meanLogJump, double stdevLogJump) {

    public static final Jumps NONE = new Jumps(0, 0, 0);

    /** k = E[e^J] - 1, the mean relative jump, used to compensate the drift. */
    public double meanRelativeJump() {
        return Math.exp(meanLogJump + 0.5 * stdevLogJump * stdevLogJump) - 1.0;
    }
}
