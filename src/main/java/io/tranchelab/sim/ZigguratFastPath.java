package io.tranchelab.sim;

import java.util.random.RandomGenerator;

/**
 * The fast path of the JDK's normal draw ({@link RandomGenerator#nextGaussian()}'s default method,
 * McFarland's modified ziggurat in {@code jdk.internal.util.random.RandomSupport}), so that
 * {@link Lxm#nextGaussian} can take it inline: a draw's first {@code long} {@code u} selects a
 * layer by its low byte, and for the layers below {@link #LAYERS} (253 of 256, about 98.8 % of
 * draws) the normal is {@code WIDTH[layer] * u}, the long converted to double, its sign bit the
 * normal's sign. Every other draw goes to the JDK's own code ({@link Lxm}'s slow path).
 *
 * <p>The widths are not copied in here: they are read off the running JDK once, by handing its
 * {@code nextGaussian} a generator whose first long is {@code 2^61 + layer}. That long converts
 * to exactly {@code 2^61} (the layer bits sit below half its ulp), so the JDK's product is
 * {@code WIDTH[layer] * 2^61} exactly and scaling back gives the width to the bit; a layer
 * whose draw asks for a second long is not on the fast path. So the fast path is the JDK's by
 * construction, and {@code LxmTest} checks the whole draw against the JDK's over millions of
 * draws, slow paths and tails included.
 */
final class ZigguratFastPath {

    /** The low bits of a draw's first long that select its layer. */
    static final int LAYER_MASK = 0xFF;
    /** [layer]: the layer's width scaled by 2^-63, for the layers on the fast path. */
    static final double[] WIDTH;
    /** The layers {@code 0 .. LAYERS - 1} are on the fast path. */
    static final int LAYERS;
    /**
     * [layer], every layer {@code 0 .. LAYER_MASK}: {@link #WIDTH}, and 0 for the layers off the
     * fast path, so that a loop over many draws can take every draw's product without a branch
     * (and without a bounds check) and redo the few slow ones after.
     */
    static final double[] WIDTH_BY_LAYER;

    static {
        double[] width = new double[LAYER_MASK + 1];
        int layers = 0;
        while (layers <= LAYER_MASK) {
            Probe probe = new Probe((1L << 61) + layers);
            double x;
            try {
                x = probe.nextGaussian();
            } catch (SlowPath slow) {
                break;
            }
            width[layers++] = Math.scalb(x, -61);
        }
        for (int layer = layers; layer <= LAYER_MASK; layer++) {
            if (isFast(layer)) { // the fast layers must be the lowest ones, as the inline test assumes
                throw new ExceptionInInitializerError("the JDK's ziggurat is not the expected one: layer " + layer);
            }
        }
        WIDTH = java.util.Arrays.copyOf(width, layers);
        LAYERS = layers;
        WIDTH_BY_LAYER = width;
    }

    private ZigguratFastPath() {
    }

    private static boolean isFast(int layer) {
        try {
            new Probe((1L << 61) + layer).nextGaussian();
            return true;
        } catch (SlowPath slow) {
            return false;
        }
    }

    /** A generator of one long: asking it for a second means the draw left the fast path. */
    private static final class Probe implements RandomGenerator {
        private final long first;
        private boolean drawn;

        Probe(long first) {
            this.first = first;
        }

        @Override
        public long nextLong() {
            if (drawn) {
                throw new SlowPath();
            }
            drawn = true;
            return first;
        }
    }

    private static final class SlowPath extends RuntimeException {
        SlowPath() {
            super(null, null, false, false);
        }
    }
}
