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
 * The loan books' and credit lines' share of a step, on one thread: one group of
 * {@link BlockSimulator#LANES} paths of a sample through every step of its horizon.
 * <ul>
 * <li>{@code market}: the market alone (its random draws and prices), the base to subtract;</li>
 * <li>{@code marketAndBooks}: the market, then the loan books' step (quiet and full steps,
 * liquidations, and the chart's loan health about as often as a run takes it);</li>
 * <li>{@code creditLines}: the credit lines' step alone (defaults drawn from each path's events
 * stream, score states where borrowers miss payments), after each path's reset.</li>
 * </ul>
 * {@code marketAndBooks - market} over (LANES x steps) is the loan books' cost a path-step (256 lanes
 * since issue 13's seventh pass, 64 before); {@code creditLines} over (LANES x steps) the credit
 * lines'. Run with
 * {@code mvn -B -o -Pjmh test-compile exec:exec@jmh -Djmh.args="LoansBenchmark"}; never part of the tests.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LoansBenchmark {

    @Param({"eth-lending-book", "credit-pool-reputation", "credit-pool-scored"})
    public String sample;

    private SimulationPlan plan;
    private long seed;
    private final PathRandom[] random = PathRandom.forLanes(BlockSimulator.LANES);
    private MarketBlock market;
    private LoanBookPath[] books;
    private CreditPoolPath credit;
    private BlockFlows flows;
    private final double[] healthSums = new double[2];
    private int group;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Structure structure = StepKernelBenchmark.sample(sample);
        plan = new SimulationPlan(structure, Scenario.BASE);
        seed = structure.simulation().seed();
        int lanes = BlockSimulator.LANES;
        market = new MarketBlock(plan, lanes);
        books = new LoanBookPath[plan.loanBooks.size()];
        for (int b = 0; b < books.length; b++) {
            books[b] = new LoanBookPath(plan.loanBooks.get(b), plan.loanCollateral[b], plan.liquidationCapacity[b],
                    plan.outageMultiplier[b], plan.dt, lanes);
        }
        credit = new CreditPoolPath(plan, lanes);
        flows = new BlockFlows(plan.trancheCount, lanes);
    }

    /** The next of 16 groups: each invocation simulates other paths, as a run does. */
    private void startGroup() {
        int first = BlockSimulator.LANES * (group++ % 16);
        for (int l = 0; l < BlockSimulator.LANES; l++) {
            random[l].startPath(seed, first + l);
        }
        market.reset(seed, first); // the market's own streams (diffusion, jumps), as BlockSimulator seeds them
    }

    @Benchmark
    public double market() {
        startGroup();
        for (int step = 1; step <= plan.steps; step++) {
            flows.clear();
            market.advance(step);
        }
        return market.prices(plan.steps)[0][0];
    }

    @Benchmark
    public double marketAndBooks() {
        startGroup();
        for (int b = 0; b < books.length; b++) {
            books[b].reset(plan.initialPrice[plan.loanCollateral[b]]);
        }
        double sum = 0;
        for (int step = 1; step <= plan.steps; step++) {
            flows.clear();
            market.advance(step);
            double[][] prices = market.prices(step);
            for (LoanBookPath book : books) {
                book.step(step, market, flows);
            }
            // a run charts the loan health of its first 5,000 paths at 61 of 365 steps: about every 12th lane-step
            for (int l = 0; l < BlockSimulator.LANES && books.length > 0 && step % 12 == 0; l++) {
                healthSums[0] = 0;
                healthSums[1] = 0;
                for (LoanBookPath book : books) {
                    book.addHealth(l, prices[book.collateralAsset()][l], healthSums);
                }
                sum += healthSums[0] / healthSums[1];
            }
        }
        return sum + flows.income[0];
    }

    @Benchmark
    public double creditLines() {
        startGroup();
        for (int l = 0; l < BlockSimulator.LANES; l++) {
            credit.reset(l, random[l]);
        }
        for (int step = 1; step <= plan.steps; step++) {
            flows.clear();
            credit.step(step, random, flows);
        }
        return flows.income[0] + credit.value(0);
    }
}
