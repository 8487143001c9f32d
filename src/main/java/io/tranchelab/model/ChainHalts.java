package io.tranchelab.model;

/**
 * How often a chain stops and for how long (docs/model.md §5.5): a halt starts at the end of a
 * step in which the chain ran, with probability {@code 1 - exp(-intensity dt)}, and lasts the
 * next {@code steps} steps. While halted nothing is liquidated on the chain and its oracles
 * keep the last price they reported; the market moves on.
 *
 * @param intensity halts per year of running chain
 * @param steps     length of one halt, in steps
 */
public record ChainHalts(double intensity, int steps) {

    public static final ChainHalts NONE = new ChainHalts(0, 0);

    public boolean any() {
        return intensity > 0 && steps > 0;
    }
}
