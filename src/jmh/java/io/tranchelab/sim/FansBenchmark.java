package io.tranchelab.sim;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The fans' and the per-path statistics' kernels on one thread, on a run's real figures
 * (docs/performance.md):
 * <ul>
 * <li>{@code fansByPartition} and {@code fansByCounting}: every point of every fan of the sample's
 * run (10,000 paths, fans from 5,000), by the nested quickselects and by {@link FanSelector};
 * each invocation first copies the chart values back (the partition reorders them);</li>
 * <li>{@code irr}: every tranche's IRR of one group of {@link BlockSimulator#LANES} paths (the same
 * group each time: from the second call on, its vectors that repeat within the group come from the
 * thread's {@link SolvedFlows}, so this is the cost of a group whose recurring vectors are known,
 * as most are in a run);</li>
 * <li>{@code collectedGroup}: one group of paths as a run collects it (the step sums, the
 * per-path statistics, the dated cash, the chart sample, the IRRs), less {@code steps} of
 * {@link StepKernelBenchmark} is what collecting costs.</li>
 * </ul>
 * {@code mvn -B -o -Pjmh test-compile exec:exec@jmh -Djmh.args="FansBenchmark"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FansBenchmark {

    @Param({"eth-lending-book"})
    public String sample;

    private ChartSampleValues chart;
    private final FanSelector selector = new FanSelector();
    private RunAggregation run;
    private BlockSimulator simulator;
    private RunAggregation.Collector collector;
    private int block;
    /** One group's statistics after its horizon: the dated cash its IRRs are solved from. */
    private PathStatistics dated;
    private int tranches;
    private double[][] rates;

    @Setup
    public void setUp() throws Exception {
        chart = new ChartSampleValues(StepKernelBenchmark.sample(sample));
        RunAggregation whole = chart.run;
        RunSettings settings = chart.settings;
        run = new RunAggregation(whole.plan, settings);
        simulator = new BlockSimulator(whole.plan, settings.seed(), BlockSimulator.LANES);
        collector = run.newCollector();
        tranches = whole.plan.trancheCount;
        rates = new double[tranches][BlockSimulator.LANES];
        dated = new PathStatistics(whole.plan, BlockSimulator.LANES);
        dated.reset();
        new BlockSimulator(whole.plan, settings.seed(), BlockSimulator.LANES).simulate(0, BlockSimulator.LANES,
                new BenchmarkObserver() {

                    @Override
                    public void step(int step, BlockFlows flows) {
                        dated.step(step, flows);
                    }

                    @Override
                    public void finish(FinalFlows flows) {
                        dated.finish(flows);
                    }
                }, () -> false);
    }

    @Benchmark
    public double fansByPartition() {
        return chart.fans(Quantiles::selectFanByPartition);
    }

    @Benchmark
    public double fansByCounting() {
        return chart.fans(selector::select);
    }

    @Benchmark
    public double irr() {
        dated.irr(rates);
        double sum = 0;
        for (int t = 0; t < tranches; t++) {
            sum += rates[t][0];
        }
        return sum;
    }

    @Benchmark
    public boolean collectedGroup() {
        collector.startBlock();
        int first = BlockSimulator.LANES * (block++ % 16);
        return simulator.simulate(first, BlockSimulator.LANES, collector, () -> false);
    }
}
