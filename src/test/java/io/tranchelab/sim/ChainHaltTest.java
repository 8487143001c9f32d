package io.tranchelab.sim;

import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.PriceShock;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.shockScenario;
import static io.tranchelab.sim.TestStructures.singleLoan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Chain halts (docs/model.md §5.5) on one loan, by hand.
 *
 * <p>Two years in eight steps of a quarter. The pool lent 100 at 8 %/yr to one borrower at LTV
 * 0.5 against 2 ETH at 100; LT 0.8, penalty 0.1, close factor 0.5, no oracle delay; a healthy
 * quarter pays 0.08 x 100 / 4 = 2. Scenario "crash": ETH halves in step 2 and stays at 50.
 *
 * <p>The loan's chain halts 365 times a year: in a quarter the chance a running chain halts is
 * 1 - e^-91.25, which is 1 in double precision, so the chain halts after every step it runs.
 * A halt of k steps therefore runs step 1, halts steps 2 .. k+1, runs step k+2, halts the next
 * k, and so on; while halted nothing is liquidated and the oracle keeps its last price.
 *
 * <p>Without halts the crash is liquidated from step 2: health 0.8 x 2 x 50 = 80 < 100, repay
 * 50 and seize 50 x 1.1 / 50 = 1.1 ETH (0.9 left, debt 50); step 3 (36 < 50) repay 25, seize
 * 0.55 (0.35 left, debt 25); step 4 (14 < 25) repay 12.5, seize 0.275 (0.075 left, debt 12.5);
 * step 5 (3 < 12.5): 6.25 would need 0.1375 ETH, so all 0.075 is seized, repaying
 * 0.075 x 50 / 1.1 = 3.409091, and 12.5 - 3.409091 = 9.090909 is bad debt.
 */
class ChainHaltTest {

    private static final double EPS = 1e-9;
    private static final String CRASH = "crash";

    static Structure haltingLoan(int haltSteps) {
        Structure structure = TestStructures.builder()
                .horizon(2, 4)
                .asset(flatAsset("ETH", 100))
                .position(singleLoan("ETH", 100, 0.5, 0.08, 0, OptionalDouble.empty()))
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .scenario(shockScenario(CRASH, new PriceShock("ETH", 2, Math.log(0.5))))
                .build();
        ChainHalts halts = haltSteps == 0 ? ChainHalts.NONE : new ChainHalts(365, haltSteps);
        return structure.withCrossChain(new CrossChain(List.of(new Chain("arbitrum", "", halts)), List.of(),
                Map.of("loan", "arbitrum")));
    }

    /** One loan of 100 on a chain that halts {@code perYear} times a year of running, for {@code k} steps; a year of {@code steps} steps. */
    static Structure haltingOverAYear(int steps, double perYear, int k) {
        return TestStructures.builder()
                .horizon(1, steps)
                .asset(flatAsset("ETH", 100))
                .position(singleLoan("ETH", 100, 0.5, 0.08, 0, OptionalDouble.empty()))
                .tranche("senior", 0.70, 0)
                .tranche("equity", 0.30, 0)
                .build()
                .withCrossChain(new CrossChain(List.of(new Chain("arbitrum", "", new ChainHalts(perYear, k))), List.of(),
                        Map.of("loan", "arbitrum")));
    }

    private static PathTrace trace(int haltSteps) {
        return Simulator.tracePath(haltingLoan(haltSteps), CRASH, 11, 0);
    }

    @Test
    void withoutHaltsTheCrashIsLiquidatedFromTheStepItHappens() {
        PathTrace t = trace(0);
        double lastRepaid = 0.075 * 50 / 1.1;
        assertArrayEquals(new double[] {0, 50, 25, 12.5, lastRepaid, 0, 0, 0}, t.liquidationVolume(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 12.5 - lastRepaid, 0, 0, 0}, t.badDebt(), EPS);
        assertArrayEquals(new double[] {2, 0, 0, 0, 0, 0, 0, 0}, t.income(), EPS);
    }

    @ParameterizedTest(name = "halts of {0} steps")
    @ValueSource(ints = {1, 2, 3})
    void aHaltOfKStepsDelaysTheFirstLiquidationByExactlyKSteps(int k) {
        assertEquals(2, firstLiquidation(trace(0)));
        assertEquals(2 + k, firstLiquidation(trace(k)));
    }

    /**
     * Halts of 2 steps: steps 1, 4 and 7 run, 2-3, 5-6 and 8 are halted. Steps 2 and 3 read the
     * oracle of step 1 (100): the loan looks healthy and pays its 2, though ETH is at 50. Step 4
     * repays 50 (0.9 ETH left, debt 50). Steps 5 and 6 read step 4's 50: unhealthy (36 < 50), so
     * no interest, and no liquidation. Step 7 repays 25 (0.35 ETH left, debt 25); step 8 is
     * halted. At the horizon the 0.35 ETH is worth 17.5 < 25: the pool sells it and 7.5 is bad debt.
     */
    @Test
    void haltsOfTwoStepsLeaveTheLoanToTheStepsTheChainRuns() {
        PathTrace t = trace(2);
        assertArrayEquals(new double[] {0, 0, 0, 50, 0, 0, 25, 0}, t.liquidationVolume(), EPS);
        assertArrayEquals(new double[] {2, 2, 2, 0, 0, 0, 0, 0}, t.income(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 7.5}, t.badDebt(), EPS);
        assertEquals(17.5, t.liquidationProceeds(), EPS);
        assertEquals(75, t.finalCash(), EPS);
        assertArrayEquals(new double[] {70, 75 + 17.5 - 70 + 6}, new double[] {t.finalPrincipal()[0],
            t.finalPrincipal()[1] + sum(t.equity())}, EPS);
        assertEquals(t.totalSources(), t.totalUses(), EPS);
    }

    @Test
    void haltedStepsAreCountedPerChain() {
        // halts of 2 in 8 steps: steps 2, 3, 5, 6 and 8 on every path
        CrossChainRun run = Simulator.runCrossChain(haltingLoan(2), TestStructures.runSettings(haltingLoan(2), CRASH,
                300, 2));
        assertEquals(5, run.chains().chains().get(0).expectedHaltedSteps(), 0);
        assertEquals(1, run.chains().chains().get(0).probabilityOfHalt(), 0);
    }

    @Test
    void aChainThatNeverHaltsCountsNoHaltedStep() {
        CrossChainRun run = Simulator.runCrossChain(haltingLoan(0), TestStructures.runSettings(haltingLoan(0), CRASH,
                100, 1));
        assertEquals(0, run.chains().chains().get(0).expectedHaltedSteps(), 0);
        assertEquals(0, run.chains().chains().get(0).probabilityOfHalt(), 0);
    }

    /**
     * Halt frequency against the chain's own Markov chain, solved exactly: weekly steps, 5 halts
     * a year of running chain, halts of 2 steps, one year. A running chain halts after a step with
     * p = 1 - e^(-5/52); the distribution of the halted steps over the 52 steps is propagated
     * state by state (running, or halted with j steps to go) and compared with 20,000 paths.
     */
    @Test
    void haltedStepsMatchTheHaltProcessesDistribution() {
        int steps = 52;
        int k = 2;
        double p = 1 - Math.exp(-5.0 / 52);
        // dist[j][h]: probability of state j (0 running next step, j > 0: j halted steps to come) with h halted so far
        double[][] dist = new double[k + 1][steps + 1];
        dist[0][0] = 1;
        double[] halted = new double[steps + 1];
        for (int step = 1; step <= steps; step++) {
            double[][] next = new double[k + 1][steps + 1];
            for (int h = 0; h <= steps; h++) {
                // running in this step: halts after it with p
                next[0][h] += dist[0][h] * (1 - p);
                next[k][h] += dist[0][h] * p;
                for (int j = 1; j <= k && h < steps; j++) { // halted in this step
                    next[j - 1][h + 1] += dist[j][h];
                }
            }
            dist = next;
        }
        for (int j = 0; j <= k; j++) {
            for (int h = 0; h <= steps; h++) {
                halted[h] += dist[j][h];
            }
        }
        double mean = 0;
        double second = 0;
        for (int h = 0; h <= steps; h++) {
            mean += h * halted[h];
            second += (double) h * h * halted[h];
        }
        int paths = 20_000;
        Structure structure = haltingOverAYear(steps, 5, k);
        CrossChainRun run = Simulator.runCrossChain(structure, TestStructures.runSettings(structure,
                io.tranchelab.model.Scenario.BASE_NAME, paths, 2));
        double error = Math.sqrt((second - mean * mean) / paths);
        assertEquals(mean, run.chains().chains().get(0).expectedHaltedSteps(), 4 * error);
        assertEquals(1 - halted[0], run.chains().chains().get(0).probabilityOfHalt(),
                4 * Math.sqrt(halted[0] * (1 - halted[0]) / paths));
    }

    /** Every path of a run is the path traced alone (each lane's stream is its path's, whatever group it ran in). */
    @Test
    void eachPathOfACrossChainRunIsThatPathTracedAlone() {
        Structure structure = RandomCrossChains.spread(5);
        for (long seed = 6; structure.crossChain().bridges().isEmpty(); seed++) {
            structure = RandomCrossChains.spread(seed);
        }
        RunSettings settings = TestStructures.runSettings(structure, Scenario.BASE_NAME, 150, 2);
        SimulationResult result = Simulator.run(structure, settings);
        for (int path = 0; path < 150; path += 7) {
            PathTrace t = Simulator.tracePath(structure, Scenario.BASE_NAME, settings.seed(), path);
            for (int tranche = 0; tranche < structure.tranches().size(); tranche++) {
                double principal = result.tranches().get(tranche).initialPrincipal();
                assertEquals(t.loss()[tranche] / principal, result.trancheLosses().get(tranche)[path], 1e-12,
                        "path " + path + " tranche " + tranche);
            }
        }
    }

    private static int firstLiquidation(PathTrace t) {
        for (int s = 0; s < t.liquidationVolume().length; s++) {
            if (t.liquidationVolume()[s] > 0) {
                return s + 1;
            }
        }
        return -1;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
