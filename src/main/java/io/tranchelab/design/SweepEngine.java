package io.tranchelab.design;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationCancelledException;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link SweepRequest}: each cell (variant x scenario x seed) is one {@link Simulator#run}
 * of the overridden structure. Stateless; a sweep owns its threads and has stopped them before it
 * returns. The answer depends on the request only, never on the thread count
 * (docs/model.md §14).
 *
 * <p>Threads go to cells first: cells run side by side with one simulator thread each, which
 * beats running them one after another with every thread on one cell (no block hand-over, no
 * idle tail at the end of each run). Only when there are fewer cells than threads does a cell
 * get several. Either way the results are the same: a run does not depend on its threads.
 */
public final class SweepEngine {

    /** Worker threads are named with this prefix. */
    public static final String THREAD_PREFIX = "tranchelab-sweep-";

    /** Fans are not read by a sweep: the smallest chart sample keeps their cost out of every cell. */
    private static final int CHART_POINTS = 2;
    private static final int CHART_SAMPLE_PATHS = 1;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private SweepEngine() {
    }

    /**
     * Runs every cell of the request.
     *
     * @param threads at most this many threads in all (cells x simulator threads per cell)
     * @throws InvalidOverrideException     before any run, when a variant's overrides are refused
     * @throws IllegalArgumentException     before any run, when a metric names no tranche or a
     *                                      scenario is unknown
     * @throws SimulationCancelledException when {@code cancel} is set before the sweep completes
     *                                      (a failing cell also sets it, to stop the others)
     */
    public static SweepTable run(SweepRequest request, int threads, ProgressListener progress,
                                 CancellationToken cancel) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        List<Structure> structures = applyAll(request);
        List<SweepCell> cells = request.cells();
        int workers = Math.min(threads, cells.size());
        int threadsPerCell = Math.max(1, threads / workers);
        SweepRow[] rows = new SweepRow[cells.size()];
        CellProgress cellProgress = new CellProgress(cells.size(), progress);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (!cancel.isCancelled() && (i = next.getAndIncrement()) < cells.size()) {
                SweepCell cell = cells.get(i);
                int index = i;
                try {
                    rows[i] = evaluate(structures.get(cell.variantIndex()), request.variants().get(cell.variantIndex()),
                            cell, request.paths(), request.metrics(), threadsPerCell,
                            f -> cellProgress.report(index, f), cancel);
                    cellProgress.report(i, 1);
                } catch (RuntimeException e) {
                    if (!(e instanceof SimulationCancelledException)) {
                        failure.compareAndSet(null, e);
                    }
                    cancel.cancel();
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(workers, namedDaemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
            throw new SimulationCancelledException();
        } catch (ExecutionException e) { // only an Error gets here: workers catch their exceptions
            cancel.cancel();
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            stop(pool);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (cancel.isCancelled()) {
            throw new SimulationCancelledException();
        }
        return new SweepTable(request.variants(), request.scenarios(), request.seeds(), request.metrics(),
                List.of(rows));
    }

    /**
     * The unit of work, a pure function of its arguments: the base with the variant applied, run
     * under the cell's scenario on its seed at {@code paths} paths, the metrics read. A Spark task
     * or any other runner that calls this gets the row {@link #run} would give.
     */
    public static SweepRow evaluate(Structure base, Variant variant, SweepCell cell, int paths,
                                    List<MetricSpec> metrics, int threads, CancellationToken cancel) {
        return evaluate(StructureOverrides.apply(base, variant.overrides()), variant, cell, paths, metrics, threads,
                ProgressListener.NONE, cancel);
    }

    /** The run behind a cell, for callers that need more than the metrics (a solver's interval, a check). */
    public static SimulationResult simulate(Structure variantStructure, String scenario, long seed, int paths,
                                            int threads, ProgressListener progress, CancellationToken cancel) {
        return Simulator.run(variantStructure, settings(scenario, seed, paths, threads), progress, cancel);
    }

    /**
     * The settings of a cell's run: its scenario and seed at {@code paths} paths, with the sweep's
     * smallest chart sample. A runner that splits the run into ranges of blocks
     * ({@link io.tranchelab.sim.SplitRun}) simulates and merges them under these settings.
     */
    public static RunSettings settings(String scenario, long seed, int paths, int threads) {
        return new RunSettings(paths, seed, threads, scenario, CHART_POINTS, CHART_SAMPLE_PATHS);
    }

    /** A cell's row: the metrics read from its run's result, in the request's order. */
    public static SweepRow row(SimulationResult result, Variant variant, SweepCell cell, List<MetricSpec> metrics) {
        List<Double> values = new ArrayList<>(metrics.size());
        for (MetricSpec metric : metrics) {
            values.add(metric.of(result));
        }
        return new SweepRow(cell, variant.label(), values);
    }

    private static SweepRow evaluate(Structure variantStructure, Variant variant, SweepCell cell, int paths,
                                     List<MetricSpec> metrics, int threads, ProgressListener progress,
                                     CancellationToken cancel) {
        SimulationResult result = simulate(variantStructure, cell.scenario(), cell.seed(), paths, threads, progress,
                cancel);
        return row(result, variant, cell, metrics);
    }

    /** Every variant applied and every metric and scenario checked before the first run. */
    private static List<Structure> applyAll(SweepRequest request) {
        request.metrics().forEach(m -> m.requireIn(request.base()));
        for (String scenario : request.scenarios()) {
            if (!Scenario.BASE_NAME.equals(scenario) && request.base().scenario(scenario).isEmpty()) {
                throw new IllegalArgumentException("unknown scenario '" + scenario + "'; the structure has: "
                        + scenarioNames(request.base()));
            }
        }
        List<Structure> structures = new ArrayList<>(request.variants().size());
        for (Variant variant : request.variants()) {
            structures.add(StructureOverrides.apply(request.base(), variant.overrides()));
        }
        return structures;
    }

    private static String scenarioNames(Structure structure) {
        List<String> names = new ArrayList<>();
        names.add(Scenario.BASE_NAME);
        structure.scenarios().forEach(s -> names.add(s.name()));
        return String.join(", ", names);
    }

    /** Each cell's fraction done; reports their mean under one lock, never going backwards. */
    private static final class CellProgress {

        private final double[] done;
        private final ProgressListener listener;
        private double sum;
        private double reported;

        CellProgress(int cells, ProgressListener listener) {
            this.done = new double[cells];
            this.listener = listener;
        }

        synchronized void report(int cell, double fraction) {
            if (fraction > done[cell]) {
                sum += fraction - done[cell];
                done[cell] = fraction;
                double total = Math.min(1, sum / done.length);
                if (total > reported) {
                    reported = total;
                    listener.progress(total);
                }
            }
        }
    }

    /** Waits for the workers: each stops within one path once the sweep is over or cancelled. */
    private static void stop(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedDaemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, THREAD_PREFIX + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
