package io.tranchelab.ui.run;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.scenario.ScenarioLibrary;
import io.tranchelab.sim.FanSeries;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.WaterfallSeries;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Results computed once and reused by the live run, the compare window, the slides and the PDF
 * and CSV exports. A result depends only on the structure's content, the scenario it runs under
 * and the run settings (paths, seed, chart resolution; never the thread count), so those are the
 * key: model records are immutable values with content equality, and the structure is keyed
 * without its description (which no result shows) and without its other scenarios (only the one
 * run matters, resolved to its definition, so a renamed or edited scenario is a new key).
 * Bounded by the results' estimated size, least recently used first out. Thread-safe.
 */
public final class ResultCache {

    /** At most this, and at most an eighth of the heap. */
    public static final long DEFAULT_BUDGET_BYTES = 128L << 20;

    private record Key(Structure structure, Scenario scenario, RunSettings settings) {
    }

    private record Entry(SimulationResult result, long bytes) {
    }

    private final long budgetBytes;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    public ResultCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    public static ResultCache withDefaultBudget() {
        return new ResultCache(Math.min(DEFAULT_BUDGET_BYTES, Runtime.getRuntime().maxMemory() / 8));
    }

    /** The engine that answers from the cache when it can and remembers what it computes. */
    public SimulationEngine around(SimulationEngine engine) {
        return (structure, settings, progress, cancel) -> {
            Optional<Key> key = keyOf(structure, settings);
            Optional<SimulationResult> known = key.flatMap(this::get);
            if (known.isPresent()) {
                progress.progress(1);
                return known.get();
            }
            SimulationResult computed = engine.run(structure, settings, progress, cancel);
            key.ifPresent(k -> put(k, computed));
            return computed;
        };
    }

    /** Empty when the scenario is unknown: the core will say so, and nothing is cached. */
    private static Optional<Key> keyOf(Structure structure, RunSettings settings) {
        String name = settings.scenario();
        Optional<Scenario> scenario = Scenario.BASE_NAME.equals(name) ? Optional.of(Scenario.BASE)
                : structure.scenario(name).or(() -> ScenarioLibrary.find(structure, name));
        return scenario.map(s -> new Key(structure.withScenarios(List.of()).withDescription(""), s,
                settings.withThreads(1)));
    }

    private synchronized Optional<SimulationResult> get(Key key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(entry.result());
    }

    private synchronized void put(Key key, SimulationResult result) {
        long size = estimatedBytes(result);
        if (size > budgetBytes) {
            return;
        }
        Entry old = entries.put(key, new Entry(result, size));
        bytes += size - (old == null ? 0 : old.bytes());
        Iterator<Entry> oldestFirst = entries.values().iterator();
        while (bytes > budgetBytes && oldestFirst.hasNext()) {
            bytes -= oldestFirst.next().bytes();
            oldestFirst.remove();
        }
    }

    /**
     * The heap a result holds, roughly: the per-path losses (8 bytes a path and tranche) dominate
     * from a few thousand paths on; the per-step waterfall series and the fans on the chart grid
     * come next; the metrics are a few hundred bytes.
     */
    static long estimatedBytes(SimulationResult r) {
        long doubles = 0;
        for (double[] losses : r.trancheLosses()) {
            doubles += losses.length;
        }
        WaterfallSeries w = r.waterfall();
        if (w != null) {
            doubles += (long) w.times().length * (10 + w.coupons().length) + 3L * w.finalCoupon().length;
        }
        FanSeries f = r.fans();
        if (f != null) {
            long fans = 2 + f.trancheValues().size() + f.trancheDrawdowns().size();
            doubles += f.times().length * (1 + 5 * fans);
        }
        return 8 * doubles + 1_024 + 512L * r.tranches().size();
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }
}
