package io.tranchelab.sim;

import io.tranchelab.model.Scenario;

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
import java.util.random.RandomGenerator;

/**
 * The market's part of a step on one thread, per sample: one group of {@link BlockSimulator#LANES}
 * paths through every step of the horizon, only the market ({@code market}: prices, pegs, jumps)
 * and the market with the yield positions' step ({@code marketAndYields}); and the normal draws
 * alone: a step's normals for every lane, the horizon through, from {@link LxmLanes}
 * ({@code laneNormals}), from a {@link Lxm} per lane ({@code normals}), and the same draws through
 * the JDK's {@code RandomGenerator.nextGaussian} ({@code jdkNormals}); and the longs alone
 * ({@code laneLongs}) and the uniforms ({@code laneUniforms}) of {@link LxmLanes}, which
 * {@code laneNormals} shares its longs with.
 * Divide by 64 x 365 for a time per path-step. Run with
 * {@code mvn -B -o -Pjmh test-compile exec:exec@jmh -Djmh.args=MarketBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MarketBenchmark {

    @Param({"eth-lending-book", "staking-steth-note", "lp-fee-pool"})
    public String sample;

    private static final int LANES = BlockSimulator.LANES;
    private SimulationPlan plan;
    private MarketBlock market;
    private YieldHoldings yields;
    private BlockFlows flows;
    private final PathRandom[] random = PathRandom.forLanes(LANES);
    /** The same streams, drawn through the JDK's default nextGaussian. */
    private final RandomGenerator[] viaJdk = new RandomGenerator[LANES];
    private final Lxm[] streams = new Lxm[LANES];
    private final LxmLanes lanes = new LxmLanes(LANES);
    private final double[] normals = new double[LANES];
    private int block;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        plan = new SimulationPlan(StepKernelBenchmark.sample(sample), Scenario.BASE);
        market = new MarketBlock(plan, LANES);
        yields = new YieldHoldings(plan, LANES);
        flows = new BlockFlows(plan.trancheCount, LANES);
        for (int l = 0; l < LANES; l++) {
            Lxm stream = new Lxm(l);
            viaJdk[l] = stream::nextLong;
            streams[l] = stream;
        }
    }

    private void startBlock() {
        int first = LANES * (block++ % 16);
        for (int l = 0; l < LANES; l++) {
            random[l].startPath(1, first + l);
            streams[l].reseed(first + l);
            lanes.reseed(l, first + l);
        }
        market.reset(1, first);
        yields.reset();
    }

    @Benchmark
    public double market() {
        startBlock();
        for (int step = 1; step <= plan.steps; step++) {
            market.advance(step);
        }
        return market.prices(plan.steps)[0][LANES - 1];
    }

    @Benchmark
    public double marketAndYields() {
        startBlock();
        for (int step = 1; step <= plan.steps; step++) {
            flows.clear();
            market.advance(step);
            yields.step(market.prices(step), random, flows);
        }
        return flows.income[LANES - 1] + market.prices(plan.steps)[0][LANES - 1];
    }

    @Benchmark
    public double laneNormals() {
        startBlock();
        double sum = 0;
        for (int step = 1; step <= plan.steps; step++) {
            lanes.nextGaussians(LANES, normals);
            sum += normals[step % LANES];
        }
        return sum;
    }

    @Benchmark
    public double normals() {
        startBlock();
        double sum = 0;
        for (int step = 1; step <= plan.steps; step++) {
            for (int l = 0; l < LANES; l++) {
                normals[l] = streams[l].nextGaussian();
            }
            sum += normals[step % LANES];
        }
        return sum;
    }

    @Benchmark
    public double jdkNormals() {
        startBlock();
        double sum = 0;
        for (int step = 1; step <= plan.steps; step++) {
            for (int l = 0; l < LANES; l++) {
                normals[l] = viaJdk[l].nextGaussian();
            }
            sum += normals[step % LANES];
        }
        return sum;
    }

    private final long[] longs = new long[LANES];

    /** A step's longs of every lane, the horizon through: what {@code laneNormals} and {@code laneUniforms} share. */
    @Benchmark
    public double laneLongs() {
        startBlock();
        long sum = 0;
        for (int step = 1; step <= plan.steps; step++) {
            lanes.nextLongs(LANES, longs);
            sum += longs[step % LANES];
        }
        return sum;
    }

    /** A step's uniforms of every lane (the jumps' draw), the horizon through. */
    @Benchmark
    public double laneUniforms() {
        startBlock();
        double sum = 0;
        for (int step = 1; step <= plan.steps; step++) {
            lanes.nextDoubles(LANES, normals);
            sum += normals[step % LANES];
        }
        return sum;
    }
}
