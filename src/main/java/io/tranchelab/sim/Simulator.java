package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The Monte Carlo core, which computes what docs/model.md specifies (a path: §6; results: §8;
 * determinism: §9). Stateless: a run owns its threads and has stopped them before it returns,
 * whether it completes, fails or is cancelled.
 */
public final class Simulator {

    /** Worker threads are named with this prefix, so tests can check none is left behind. */
    public static final String THREAD_PREFIX = "tranchelab-sim-";

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** How long a run waits for its workers to end before it reports them (a path at the input limits takes seconds). */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private Simulator() {
    }

    /**
     * Runs the structure. Results depend on the structure, the seed, the paths and the
     * scenario only, never on the thread count.
     *
     * @throws SimulationCancelledException when {@code cancel} is set, or the calling thread
     *                                      interrupted, before the run completes
     * @throws IllegalArgumentException     when the scenario is unknown, or the run would not fit
     *                                      in memory (the message gives the figures)
     */
    public static SimulationResult run(Structure structure, RunSettings settings, ProgressListener progress,
                                       CancellationToken cancel) {
        long start = System.nanoTime();
        return execute(structure, settings, 0, RunAggregation.blocksFor(settings.paths()), false, progress, cancel,
                (run, pool) -> {
                    SimulationResult result = ResultAssembler.assemble(run, settings.seed(), pool, start);
                    run.recycle(); // the fans are selected and the run is dropped: its arrays serve the next run
                    return result;
                });
    }

    /**
     * Simulates blocks {@code firstBlock} to {@code endBlock - 1} of the run on the run's threads and
     * hands the aggregation, and the pool (for the fans), to {@code finish} before the pool stops.
     */
    static <R> R execute(Structure structure, RunSettings settings, int firstBlock, int endBlock, boolean keepBlocks,
                         ProgressListener progress, CancellationToken cancel,
                         BiFunction<RunAggregation, ExecutorService, R> finish) {
        Scenario scenario = scenario(structure, settings.scenario());
        int workers = Math.max(1, Math.min(settings.threads(), endBlock - firstBlock));
        int rangePaths = Math.min(settings.paths(), endBlock * RunAggregation.BLOCK_SIZE)
                - firstBlock * RunAggregation.BLOCK_SIZE;
        // before the plan, whose tables grow with the steps
        RunMemory.check(structure, rangePaths > 0 ? settings.withPaths(rangePaths) : settings, workers);
        SimulationPlan plan = new SimulationPlan(structure, scenario);
        RunAggregation run = new RunAggregation(plan, settings, firstBlock, endBlock, keepBlocks);
        AtomicInteger nextBlock = new AtomicInteger(firstBlock);
        BlockProgress blockProgress = new BlockProgress(endBlock - firstBlock, progress);
        Runnable worker = () -> {
            BlockSimulator simulator = new BlockSimulator(plan, settings.seed(),
                    Math.min(settings.paths(), BlockSimulator.LANES));
            RunAggregation.Collector collector = run.newCollector();
            int b;
            while (!cancel.isCancelled() && (b = nextBlock.getAndIncrement()) < endBlock) {
                if (run.runBlock(b, simulator, collector, cancel::isCancelled)) {
                    blockProgress.blockDone();
                }
            }
            collector.recycle();
        };
        ExecutorService pool = Executors.newFixedThreadPool(workers, namedDaemonThreads());
        try {
            run.startFansWhenSampled(pool, cancel::isCancelled); // queued behind the workers, see there
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            if (cancel.isCancelled()) {
                throw new SimulationCancelledException();
            }
            return finish.apply(run, pool);
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
            throw withStopReport(new SimulationCancelledException(), pool);
        } catch (ExecutionException e) {
            cancel.cancel();
            throw withStopReport(asRuntime(e.getCause()), pool);
        } catch (RuntimeException e) {
            cancel.cancel();
            throw withStopReport(e, pool);
        } finally {
            // the failure paths above have stopped the pool already and reported on it
            if (!pool.isShutdown() && !stop(pool, STOP_TIMEOUT)) {
                throw workersStillRunning();
            }
        }
    }

    public static SimulationResult run(Structure structure, RunSettings settings) {
        return run(structure, settings, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * {@link #run}, and what the pool's bridges and chain halts cost it (docs/model.md §8.14), from
     * the same paths: the result is the one {@link #run} gives, to the bit, and carries the same
     * figures ({@link SimulationResult#crossChain}).
     */
    public static CrossChainRun runCrossChain(Structure structure, RunSettings settings, ProgressListener progress,
                                              CancellationToken cancel) {
        SimulationResult result = run(structure, settings, progress, cancel);
        return new CrossChainRun(result, result.crossChain());
    }

    public static CrossChainRun runCrossChain(Structure structure, RunSettings settings) {
        return runCrossChain(structure, settings, ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * Replays one path of a run with every cash flow recorded. Path {@code pathIndex} here is
     * the same path as in {@link #run} with the same seed and scenario.
     */
    public static PathTrace tracePath(Structure structure, String scenario, long seed, int pathIndex) {
        return new PathTracer(structure, scenario, seed).trace(pathIndex);
    }

    static Scenario scenario(Structure structure, String name) {
        if (name == null || Scenario.BASE_NAME.equals(name)) {
            return Scenario.BASE;
        }
        return structure.scenario(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown scenario '" + name + "'; the structure has: " + scenarioNames(structure)));
    }

    private static String scenarioNames(Structure structure) {
        List<String> names = new ArrayList<>();
        names.add(Scenario.BASE_NAME);
        structure.scenarios().forEach(s -> names.add(s.name()));
        return String.join(", ", names);
    }

    /** Counts finished blocks and reports under one lock, so reports never go backwards. */
    private static final class BlockProgress {

        private final int blocks;
        private final ProgressListener listener;
        private int done;

        BlockProgress(int blocks, ProgressListener listener) {
            this.blocks = blocks;
            this.listener = listener;
        }

        synchronized void blockDone() {
            done++;
            listener.progress((double) done / blocks);
        }
    }

    /** Stops the pool and attaches a report to {@code failure} when its workers outlive {@link #STOP_TIMEOUT}. */
    private static RuntimeException withStopReport(RuntimeException failure, ExecutorService pool) {
        if (!stop(pool, STOP_TIMEOUT)) {
            failure.addSuppressed(workersStillRunning());
        }
        return failure;
    }

    private static IllegalStateException workersStillRunning() {
        return new IllegalStateException("the simulation's worker threads (" + THREAD_PREFIX
                + "*) did not stop within " + STOP_TIMEOUT.toSeconds() + " s; they are daemon threads and end"
                + " with their current path");
    }

    /**
     * Waits for the workers to end: they stop within one path once the run is over or cancelled.
     * Keeps waiting through interrupts (restoring the flag), so a run never returns while its
     * threads still write into its arrays, unless {@code timeout} passes.
     *
     * @return whether every worker ended within {@code timeout}
     */
    static boolean stop(ExecutorService pool, Duration timeout) {
        pool.shutdown();
        boolean interrupted = false;
        boolean terminated = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!terminated) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                terminated = pool.awaitTermination(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)),
                        TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return terminated || pool.isTerminated();
    }

    private static ThreadFactory namedDaemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, THREAD_PREFIX + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static RuntimeException asRuntime(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
