package io.tranchelab.sim;

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

import java.util.concurrent.TimeUnit;

/**
 * The waterfall and the step's plumbing on one thread (docs/performance.md):
 * <ul>
 * <li>{@code waterfall}: the sequential waterfall of one group of {@link BlockSimulator#LANES}
 * paths through the horizon: each step's distribution and tranche marks, on the income and NAVs
 * a real group of the sample had (recorded once), with the flows cleared each step;</li>
 * <li>{@code steps}: one group through every step, nothing collected (the market, positions and
 * waterfall, as {@link StepKernelBenchmark#steps});</li>
 * <li>{@code run}: a whole run of {@code paths} paths on {@code threads} threads, results and
 * chart series included (what a preview costs; the fixed costs weigh more on few paths).</li>
 * </ul>
 * Run with {@code mvn -B -o -Pjmh test-compile exec:exec@jmh -Djmh.args="FlowBenchmark"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FlowBenchmark {

    @Param({"eth-lending-book"})
    public String sample;

    private Structure structure;
    private SimulationPlan plan;
    private BlockSimulator simulator;
    private Waterfall waterfall;
    private BlockFlows flows;
    /** [step][lane] the recorded group's income, NAV at the mark and NAV after the distribution. */
    private double[][] income;
    private double[][] navAtMark;
    private double[][] nav;
    private int block;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        structure = StepKernelBenchmark.sample(sample);
        plan = new SimulationPlan(structure, Scenario.BASE);
        simulator = new BlockSimulator(plan, structure.simulation().seed(), BlockSimulator.LANES);
        int lanes = BlockSimulator.LANES;
        income = new double[plan.steps + 1][lanes];
        navAtMark = new double[plan.steps + 1][lanes];
        nav = new double[plan.steps + 1][lanes];
        simulator.simulate(0, lanes, new BenchmarkObserver() {

            @Override
            public void step(int step, BlockFlows f) {
                System.arraycopy(f.income, 0, income[step], 0, lanes);
                System.arraycopy(f.navAtMark, 0, navAtMark[step], 0, lanes);
                System.arraycopy(f.nav, 0, nav[step], 0, lanes);
            }
        }, () -> false);
        waterfall = new Waterfall(plan, lanes);
        flows = new BlockFlows(plan.trancheCount, lanes); // every array cleared each step: comparable across versions
    }

    @Benchmark
    public double waterfall() {
        int lanes = BlockSimulator.LANES;
        waterfall.reset();
        double sum = 0;
        for (int step = 1; step <= plan.steps; step++) {
            flows.clear();
            System.arraycopy(income[step], 0, flows.income, 0, lanes);
            System.arraycopy(navAtMark[step], 0, flows.navAtMark, 0, lanes);
            waterfall.distribute(lanes, flows, plan.dt);
            waterfall.markTranches(lanes, nav[step], flows.trancheValues);
            sum += flows.equity[0];
        }
        return sum + flows.trancheValues[0][lanes - 1];
    }

    @Benchmark
    public int steps() {
        final int[] count = new int[1];
        simulator.simulate(BlockSimulator.LANES * (block++ % 16), BlockSimulator.LANES, new BenchmarkObserver() {

            @Override
            public void step(int step, BlockFlows f) {
                count[0]++;
            }
        }, () -> false);
        return count[0];
    }

    /** A whole run, as the workbench's preview makes it. */
    @State(Scope.Thread)
    public static class WholeRun {

        @Param({"2000"})
        public int paths;

        @Param({"1", "2"})
        public int threads;
    }

    @Benchmark
    @Warmup(iterations = 4, time = 2)
    @Measurement(iterations = 6, time = 2)
    public double run(WholeRun whole) {
        RunSettings settings = RunSettings.of(structure).withPaths(whole.paths).withThreads(whole.threads);
        return Simulator.run(structure, settings).tranches().get(0).expectedLoss();
    }
}
