package io.tranchelab.design;

import io.tranchelab.format.Formats;
import io.tranchelab.model.Structure;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.PathTrace;
import io.tranchelab.sim.PathTracer;
import io.tranchelab.sim.ProgressListener;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationCancelledException;
import io.tranchelab.sim.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dated cash one tranche receives on each path of a run (docs/model.md §14.9, "Tranche
 * pricing"): at each step its coupon paid, for the senior its turbo paydowns, for the equity its
 * distributions; at the horizon (the last step's time) its share of the final distribution, carried
 * coupon and principal. Read from traced paths ({@link PathTracer}, many paths of
 * {@link Simulator#tracePath}), path i being path i of the run with that seed and scenario
 * (docs/model.md §8.13).
 *
 * @param principal the tranche's initial principal (USD): prices are per 1.00 of it
 * @param times     each step's time in years (step s + 1 at {@code times[s]}; the horizon last)
 * @param flows     [path][step], USD
 */
public record TrancheCashFlows(String tranche, double principal, double[] times, double[][] flows) {

    /** Paths are traced in chunks of this many by each worker; chunks are fixed by path index, so the result is the same for any thread count. */
    private static final int CHUNK = 64;

    /**
     * @throws IllegalArgumentException naming the tranche when the structure has none of that name,
     *                                  or the paths' flows would not fit in a quarter of the heap
     * @throws SimulationCancelledException when cancelled
     */
    public static TrancheCashFlows simulate(Structure structure, String scenario, long seed, int paths,
                                            String tranche, int threads, ProgressListener progress,
                                            CancellationToken cancel) {
        MetricSpec.tranche(tranche, Measure.EL).requireIn(structure);
        int t = 0;
        while (!structure.tranches().get(t).name().equals(tranche)) {
            t++;
        }
        int steps = structure.simulation().steps();
        long bytes = (long) paths * steps * Double.BYTES;
        long allowed = Runtime.getRuntime().maxMemory() / 4;
        if (bytes > allowed) {
            throw new IllegalArgumentException("pricing keeps every path's cash flows: " + Formats.count(paths)
                    + " paths x " + Formats.count(steps) + " steps need " + Formats.count(bytes >> 20) + " MiB, more"
                    + " than a quarter of the " + Formats.count(Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB Java may use; run fewer paths (--paths)");
        }
        double principal = Simulator.run(structure, new RunSettings(1, seed, 1, scenario, 2, 1))
                .tranches().get(t).initialPrincipal();
        double[][] flows = new double[paths][];
        double[] times = new double[steps];
        int tranche0 = t;
        AtomicInteger nextChunk = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int chunks = (paths + CHUNK - 1) / CHUNK;
        Runnable worker = () -> {
            PathTracer tracer = new PathTracer(structure, scenario, seed);
            int c;
            while (!cancel.isCancelled() && (c = nextChunk.getAndIncrement()) < chunks) {
                for (int path = c * CHUNK; path < Math.min(paths, (c + 1) * CHUNK) && !cancel.isCancelled(); path++) {
                    PathTrace trace = tracer.trace(path); // read at once: the tracer reuses its arrays
                    flows[path] = flowsOf(trace, tranche0, structure.tranches().size());
                    if (path == 0) {
                        System.arraycopy(trace.times(), 0, times, 0, steps);
                    }
                }
                progress.progress((double) done.incrementAndGet() / chunks);
            }
        };
        runOn(Math.max(1, Math.min(threads, chunks)), worker, cancel);
        return new TrancheCashFlows(tranche, principal, times, flows);
    }

    /** One path's cash to tranche {@code t} by step, the final distribution added to the last step (it is paid at the horizon). */
    static double[] flowsOf(PathTrace trace, int t, int tranches) {
        int steps = trace.times().length;
        double[] cash = new double[steps];
        for (int s = 0; s < steps; s++) {
            cash[s] = trace.coupons()[t][s];
            if (t == 0) {
                cash[s] += trace.turbo()[s];
            }
            if (t == tranches - 1) {
                cash[s] += trace.equity()[s];
            }
        }
        cash[steps - 1] += trace.finalCoupon()[t] + trace.finalPrincipal()[t];
        return cash;
    }

    public int paths() {
        return flows.length;
    }

    private static void runOn(int threads, Runnable worker, CancellationToken cancel) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "tranchelab-pricing");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
            throw new SimulationCancelledException();
        } catch (ExecutionException e) {
            cancel.cancel();
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (cancel.isCancelled()) {
            throw new SimulationCancelledException();
        }
    }
}
