package io.tranchelab.sim;

import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.LossEvents;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static io.tranchelab.sim.TestStructures.flatAsset;
import static io.tranchelab.sim.TestStructures.runSettings;
import static io.tranchelab.sim.TestStructures.singleLoan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-chain figures a run carries (docs/model.md §8.14): what is bridged over each bridge and what it loses as a share of
 * that, each chain's value, halts and time halted, and that every run (plain, split) carries them.
 */
class CrossChainFiguresTest {

    private static final int PATHS = 20_000;

    /**
     * 60 units at home, 40 on Solana and 20 on Sui, both reached over Wormhole, at a flat 2.5: the
     * bridged value of Wormhole is (40 + 20) x 2.5 = 150 of a pool of 300; Solana holds 100, Sui 50.
     */
    private static Structure twoChainsOverOneBridge(double lambda, double fraction, double horizon, int stepsPerYear) {
        Structure structure = TestStructures.builder()
                .horizon(horizon, stepsPerYear)
                .seed(2202)
                .asset(flatAsset("ETH", 2.5))
                .position(new YieldPosition("home", "ETH", 60, 0, LossEvents.NONE))
                .position(new YieldPosition("on solana", "ETH", 40, 0, LossEvents.NONE))
                .position(new YieldPosition("on sui", "ETH", 20, 0, LossEvents.NONE))
                .tranche("senior", 0.6, 0)
                .tranche("equity", 0.4, 0)
                .build();
        return structure.withCrossChain(new CrossChain(
                List.of(new Chain("Solana", "Wormhole", ChainHalts.NONE), new Chain("Sui", "Wormhole", null)),
                List.of(new Bridge("Wormhole", lambda, fraction, 0.5)),
                Map.of("on solana", "Solana", "on sui", "Sui")));
    }

    /**
     * A bridge exploited N ~ Poisson(lambda T) times, each taking f of what is bridged, leaves
     * (1 - f)^N of it, so E[loss] / bridged = 1 - E[(1 - f)^N] = 1 - e^{-lambda f T} (the Poisson
     * generating function), whatever the steps; its standard error from
     * E[loss^2] / V^2 = 1 - 2 e^{-lambda f T} + e^{-lambda T (1 - (1 - f)^2)}.
     */
    @ParameterizedTest(name = "lambda {0}, f {1}, T {2}, {3} steps a year")
    @CsvSource({"0.8, 0.5, 1, 365", "2, 0.3, 2, 12"})
    void aBridgesExpectedLossIsOneMinusExpOfMinusLambdaFTOfWhatIsBridged(double lambda, double fraction,
                                                                          double horizon, int stepsPerYear) {
        Structure structure = twoChainsOverOneBridge(lambda, fraction, horizon, stepsPerYear);
        CrossChainMetrics chains = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, PATHS, 2))
                .crossChain();
        CrossChainMetrics.BridgeFigures wormhole = chains.bridges().get(0);
        assertEquals(150, wormhole.bridgedValue(), 1e-12, "(40 + 20) x 2.5; the 60 at home is not bridged");
        double kept = Math.exp(-lambda * fraction * horizon);
        double second = 1 - 2 * kept + Math.exp(-lambda * horizon * (1 - (1 - fraction) * (1 - fraction)));
        double error = Math.sqrt((second - (1 - kept) * (1 - kept)) / PATHS);
        assertEquals(1 - kept, wormhole.expectedLossShareOfBridged(), 4 * error);
        assertEquals(wormhole.expectedLoss() / 150, wormhole.expectedLossShareOfBridged(), 1e-15);
        assertEquals(wormhole.expectedLoss() / 300, chains.expectedBridgeLossShare(), 1e-15,
                "the pool's share is of the pool's 300, not of the 150 bridged");
        assertEquals(List.of(100.0, 50.0), chains.chains().stream().map(CrossChainMetrics.ChainFigures::initialValue)
                .toList(), "40 x 2.5 on Solana, 20 x 2.5 on Sui");
        assertEquals(List.of("Wormhole", "Wormhole"), chains.chains().stream()
                .map(CrossChainMetrics.ChainFigures::bridge).toList());
    }

    @Test
    void aLoanBookIsBridgedAtItsPrincipalAndAChainWithoutBridgeBridgesNothing() {
        Structure structure = TestStructures.builder()
                .horizon(1, 12)
                .asset(flatAsset("ETH", 100))
                .position(singleLoan("ETH", 80, 0.5, 0.08, 0, OptionalDouble.empty()))
                .position(new YieldPosition("staked", "ETH", 3, 0, LossEvents.NONE))
                .tranche("senior", 0.7, 0)
                .tranche("equity", 0.3, 0)
                .build()
                .withCrossChain(new CrossChain(
                        List.of(new Chain("Arbitrum", "canonical", null), new Chain("Base", "", null)),
                        List.of(new Bridge("canonical", 0.1, 0.5, 0), new Bridge("unused", 0.1, 0.5, 0)),
                        Map.of("loan", "Arbitrum", "staked", "Base")));
        CrossChainMetrics chains = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, 300, 1))
                .crossChain();
        assertEquals(80, chains.bridges().get(0).bridgedValue(), 0, "the loan's principal");
        assertEquals(0, chains.bridges().get(1).bridgedValue(), 0, "no chain uses it");
        assertEquals(0, chains.bridges().get(1).expectedLossShareOfBridged(), 0, "nothing bridged: no share");
        assertEquals(80, chains.chains().get(0).initialValue(), 0);
        assertEquals(300, chains.chains().get(1).initialValue(), 0, "3 x 100 on Base");
        assertEquals("", chains.chains().get(1).bridge());
    }

    /**
     * The loan's chain of {@link ChainHaltTest#haltingLoan} halts after every step it runs
     * (quarterly steps, 8 of them): halts of k steps fall as
     * <pre>
     *   k = 1: steps 2, 4, 6, 8 halted         4 halts, 4 steps
     *   k = 2: steps 2-3, 5-6, 8 (cut short)   3 halts, 5 steps
     *   k = 3: steps 2-4, 6-8                  2 halts, 6 steps
     * </pre>
     * and a quarter is 365 / 4 = 91.25 days.
     */
    @ParameterizedTest(name = "halts of {0} steps")
    @CsvSource({"1, 4, 4", "2, 3, 5", "3, 2, 6"})
    void haltsAndDaysHaltedOnAChainThatHaltsWheneverItCan(int k, int halts, int steps) {
        Structure structure = ChainHaltTest.haltingLoan(k);
        CrossChainMetrics.ChainFigures chain = Simulator.run(structure,
                runSettings(structure, Scenario.BASE_NAME, 300, 2)).crossChain().chains().get(0);
        assertEquals(halts, chain.expectedHalts(), 0);
        assertEquals(steps, chain.expectedHaltedSteps(), 0);
        assertEquals(steps * 91.25, chain.expectedHaltedDays(), 1e-9);
        assertEquals(1, chain.probabilityOfHalt(), 0);
        assertEquals(100, chain.initialValue(), 0, "the loan's principal");
    }

    @Test
    void haltsInCountsEveryHaltTheLastOneCutShortIncluded() {
        assertEquals(0, CrossChainAssembler.haltsIn(0, 3));
        assertEquals(1, CrossChainAssembler.haltsIn(1, 3));
        assertEquals(1, CrossChainAssembler.haltsIn(3, 3));
        assertEquals(2, CrossChainAssembler.haltsIn(4, 3));
        assertEquals(3, CrossChainAssembler.haltsIn(3, 1));
        assertEquals(0, CrossChainAssembler.haltsIn(0, 0), "a chain that never halts");
    }

    /**
     * The number of halts against the halt process solved exactly: weekly steps for a year, 5
     * halts a year of running chain, halts of 2 steps. A running chain halts after a step with
     * p = 1 - e^(-5/52); a halt counts when its first halted step falls within the 52 steps.
     * The distribution of the count is propagated state by state (running, or j halted steps to come).
     */
    @Test
    void theMeanNumberOfHaltsIsThatOfTheHaltProcess() {
        int steps = 52;
        int k = 2;
        double p = 1 - Math.exp(-5.0 / 52);
        int most = steps;
        double[][] dist = new double[k + 1][most + 1]; // [state][halts so far]
        dist[0][0] = 1;
        for (int step = 1; step <= steps; step++) {
            double[][] next = new double[k + 1][most + 1];
            for (int c = 0; c <= most; c++) {
                next[0][c] += dist[0][c] * (1 - p); // runs this step and after it
                next[k][c] += dist[0][c] * p; // runs this step, halted from the next
                for (int j = 1; j <= k; j++) { // halted in this step: the first of k counts a halt
                    int counted = j == k ? c + 1 : c;
                    if (counted <= most) {
                        next[j - 1][counted] += dist[j][c];
                    }
                }
            }
            dist = next;
        }
        double mean = 0;
        double second = 0;
        for (int j = 0; j <= k; j++) {
            for (int c = 0; c <= most; c++) {
                mean += c * dist[j][c];
                second += (double) c * c * dist[j][c];
            }
        }
        Structure structure = ChainHaltTest.haltingOverAYear(steps, 5, k);
        CrossChainMetrics.ChainFigures chain = Simulator.run(structure,
                runSettings(structure, Scenario.BASE_NAME, PATHS, 2)).crossChain().chains().get(0);
        assertEquals(mean, chain.expectedHalts(), 4 * Math.sqrt((second - mean * mean) / PATHS));
        assertEquals(chain.expectedHaltedSteps() * 365 / 52, chain.expectedHaltedDays(), 1e-9);
        assertTrue(mean > 3 && mean < 5, "about 5 a year of running chain, less the time halted: " + mean);
    }

    @Test
    void aPoolOnOneChainCarriesNoCrossChainFigures() {
        Structure structure = TestStructures.workedExample(0.1).build();
        SimulationResult result = Simulator.run(structure, runSettings(structure, Scenario.BASE_NAME, 10, 1));
        assertSame(CrossChainMetrics.NONE, result.crossChain());
        assertTrue(result.crossChain().onOneChain());
    }

    /** A run split into ranges of blocks (another process each, as on Spark) carries the figures a run in one piece does. */
    @Test
    void aSplitRunCarriesTheFiguresOfTheWholeRun() {
        Structure structure = twoChainsOverOneBridge(0.8, 0.5, 1, 52)
                .withCrossChain(twoChainsOverOneBridge(0.8, 0.5, 1, 52).crossChain()
                        .withChains(List.of(new Chain("Solana", "Wormhole", new ChainHalts(6, 1)),
                                new Chain("Sui", "Wormhole", new ChainHalts(3, 2)))));
        RunSettings settings = runSettings(structure, Scenario.BASE_NAME, 1_000, 1);
        List<PartialRun> parts = new ArrayList<>();
        parts.add(SplitRun.simulate(structure, settings, 2, SplitRun.blocks(settings)));
        parts.add(SplitRun.simulate(structure, settings, 0, 2));
        CrossChainMetrics whole = Simulator.run(structure, settings).crossChain();
        assertEquals(whole, SplitRun.merge(structure, settings, parts).crossChain());
        assertTrue(whole.probabilityOfBridgeLoss() > 0 && whole.chains().get(1).expectedHalts() > 0,
                "the run reaches exploits and halts: " + whole);
    }
}
