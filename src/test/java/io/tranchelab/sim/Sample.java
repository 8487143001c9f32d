package io.tranchelab.sim;

/** Mean and standard error of the mean of a sample, computed here rather than trusted from the engine. */
record Sample(double mean, double standardError) {

    static Sample of(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Sample(mean, Math.sqrt(squares / (values.length - 1) / values.length));
    }
}
