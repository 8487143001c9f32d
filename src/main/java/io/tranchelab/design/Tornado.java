package io.tranchelab.design;

import io.tranchelab.model.Problem;

import java.util.List;

/**
 * A sensitivity run: the metric at the base, one bar per parameter ranked by swing (largest
 * first; equal swings in document order), and the parameters that could not be bumped with why
 * (a zero value under a relative bump, a bump the structure's other rules refuse).
 */
public record Tornado(MetricSpec metric, Bump bump, DesignRun run, double base, List<TornadoBar> bars,
                      List<Problem> skipped) {

    public Tornado {
        bars = List.copyOf(bars);
        skipped = List.copyOf(skipped);
    }
}
