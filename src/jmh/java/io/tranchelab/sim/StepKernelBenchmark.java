package io.tranchelab.sim;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The core's kernels on one thread, per bundled sample (docs/performance.md):
 * <ul>
 * <li>{@code steps}: one group of {@link BlockSimulator#LANES} paths through every step of the
 * horizon, nothing collected: the market, positions and waterfall;</li>
 * <li>{@code collectedBlock}: one block of 256 paths as a run simulates it, with the per-step
 * sums, the per-path statistics and the chart sample;</li>
 * <li>{@code fanSelection}: the five quantiles of 5,000 values, as each point of each chart fan
 * takes them;</li>
 * <li>{@code chartFans}: every point of every fan of the sample's run (10,000 paths, fans from
 * 5,000): the real series, whose ties and masses of zeros make the selection slower than on
 * spread values (each invocation first copies the chart values back, as selection reorders them).</li>
 * <li>{@code irr}: every tranche's IRR of one group of {@link BlockSimulator#LANES} paths, from the
 * dated cash the group's simulation recorded (docs/model.md §8.5): the work a run does per group
 * when its last step is in.</li>
 * </ul>
 * Divide by the paths ({@link BlockSimulator#LANES}, a block's 256) and the sample's steps for a time
 * per path-step. Run with
 * {@code mvn -B -o -Pjmh test-compile exec:exec@jmh}; never part of the tests.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class StepKernelBenchmark {

    @Param({"eth-lending-book", "staking-steth-note", "lp-fee-pool", "credit-pool-reputation"})
    public String sample;

    private RunAggregation run;
    private BlockSimulator simulator;
    private RunAggregation.Collector collector;
    private final float[] fanValues = new float[5_000];
    private final float[] fanWork = new float[5_000];
    private final double[] quantiles = new double[5];
    private int block;

    /** Counts the steps, so that the simulation cannot be optimized away. */
    private static class StepCounter extends BenchmarkObserver {
        long steps;
        double income;

        @Override
        public void step(int step, BlockFlows flows) {
            steps++;
        }

        @Override
        public void finish(FinalFlows flows) {
            income += flows.liquidationProceeds[0];
        }
    }

    private final StepCounter counter = new StepCounter();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Structure structure = sample(sample);
        SimulationPlan plan = new SimulationPlan(structure, Scenario.BASE);
        RunSettings settings = RunSettings.of(structure).withThreads(1);
        run = new RunAggregation(plan, settings);
        simulator = new BlockSimulator(plan, settings.seed(), BlockSimulator.LANES);
        collector = run.newCollector();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < fanValues.length; i++) {
            fanValues[i] = (float) (50e6 * Math.exp(0.6 * random.nextGaussian()));
        }
    }

    /** A bundled sample. */
    static Structure sample(String name) throws Exception {
        try (InputStream in = StepKernelBenchmark.class.getResourceAsStream("/io/tranchelab/samples/" + name + ".json")) {
            return StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public double steps() {
        simulator.simulate(BlockSimulator.LANES * (block++ % 16), BlockSimulator.LANES, counter, () -> false);
        return counter.income;
    }

    @Benchmark
    public boolean collectedBlock() {
        // blocks are merged in order: a benchmark that runs block 0 again and again merges it once
        return run.runBlock(block++ % run.blocks, simulator, collector, () -> false);
    }

    @Benchmark
    public double fanSelection() {
        System.arraycopy(fanValues, 0, fanWork, 0, fanValues.length);
        Quantiles.selectFan(fanWork, fanWork.length, quantiles);
        return quantiles[2];
    }

    @Benchmark
    public double chartFans(ChartValues chart) {
        return chart.fans();
    }

    @Benchmark
    public double irr(DatedCash dated) {
        return dated.solve();
    }

    /** The dated cash of one group of paths of the sample, as {@link PathStatistics} records it. */
    @State(Scope.Thread)
    public static class DatedCash {

        private PathStatistics stats;
        private int tranches;
        private double[][] rates;

        @Setup
        public void simulate(StepKernelBenchmark benchmark) throws Exception {
            Structure structure = sample(benchmark.sample);
            SimulationPlan plan = new SimulationPlan(structure, Scenario.BASE);
            tranches = plan.trancheCount;
            rates = new double[tranches][BlockSimulator.LANES];
            stats = new PathStatistics(plan, BlockSimulator.LANES);
            stats.reset();
            new BlockSimulator(plan, structure.simulation().seed(), BlockSimulator.LANES).simulate(0,
                    BlockSimulator.LANES, new StepCounter() {
                        @Override
                        public void step(int step, BlockFlows flows) {
                            stats.step(step, flows);
                        }

                        @Override
                        public void finish(FinalFlows flows) {
                            stats.finish(flows);
                        }
                    }, () -> false);
        }

        double solve() {
            stats.irr(rates);
            double sum = 0;
            for (int t = 0; t < tranches; t++) {
                sum += rates[t][0];
            }
            return sum;
        }
    }

    /** The chart sample of a whole run of the sample ({@link ChartSampleValues}). */
    @State(Scope.Thread)
    public static class ChartValues {

        private ChartSampleValues values;

        @Setup
        public void run(StepKernelBenchmark benchmark) throws Exception {
            values = new ChartSampleValues(sample(benchmark.sample));
        }

        double fans() {
            return values.fans(Quantiles::selectFan);
        }
    }
}
