package io.tranchelab.sim;

import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants of docs/model.md §10 on generated structures spread over chains with bridges and
 * halts ({@link RandomCrossChains}), and what switching the feature off must leave unchanged.
 * A failure names the seed: {@code RandomCrossChains.spread(seed)} rebuilds the structure.
 */
class CrossChainPropertyTest {

    static final int STRUCTURES = Integer.getInteger("tranchelab.crossChainStructures", 150);
    private static final int PATHS = 12;
    private static final double RELATIVE = 1e-9;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, STRUCTURES);
    }

    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void cashIsConservedAndLossesFlowBottomUpOnEveryPath(long seed) {
        Structure structure = RandomCrossChains.spread(seed);
        assertEquals(java.util.List.of(), StructureValidator.validate(structure), "the generator makes valid structures");
        double initialValue = RandomStructures.initialValue(structure);
        double tolerance = RELATIVE * initialValue;
        for (String scenario : new String[] {Scenario.BASE_NAME, RandomStructures.STRESS}) {
            for (int path = 0; path < PATHS; path++) {
                PathTrace t = Simulator.tracePath(structure, scenario, structure.simulation().seed(), path);
                String where = "seed " + seed + " " + scenario + " path " + path;
                double sources = t.totalSources();
                assertEquals(sources, t.totalUses(), RELATIVE * Math.max(1, sources), where + ": cash");
                LossOrder.assertBottomUp(structure, t, initialValue, tolerance, where);
                for (int step = 0; step < t.nav().length; step++) {
                    double total = 0;
                    for (double[] values : t.trancheValues()) {
                        total += values[step];
                    }
                    assertTrue(total <= t.nav()[step] + tolerance, where + ": tranches above the NAV");
                }
            }
        }
    }

    /**
     * The bridges' losses are part of the pool's realized losses, never more; each bridge's
     * chance of a loss is at most the chance of any; a halted chain counts at most every step.
     */
    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void bridgeLossesArePartOfThePoolsLossesAndHaltsFitTheHorizon(long seed) {
        Structure structure = RandomCrossChains.spread(seed);
        CrossChainRun run = Simulator.runCrossChain(structure, TestStructures.runSettings(structure,
                RandomStructures.STRESS, 60, 1));
        CrossChainMetrics chains = run.chains();
        double poolLoss = run.result().pool().expectedCreditLoss() * run.result().pool().initialValue();
        assertTrue(chains.expectedBridgeLoss() <= poolLoss * (1 + 1e-12) + 1e-9, "bridge loss within the pool's");
        double sum = 0;
        for (CrossChainMetrics.BridgeFigures bridge : chains.bridges()) {
            sum += bridge.expectedLoss();
            assertTrue(bridge.probabilityOfLoss() <= chains.probabilityOfBridgeLoss());
        }
        assertEquals(chains.expectedBridgeLoss(), sum, 1e-9 * Math.max(1, sum));
        for (CrossChainMetrics.ChainFigures chain : chains.chains()) {
            assertTrue(chain.expectedHaltedSteps() <= structure.simulation().steps() - 1,
                    "a chain never halts in its first step");
        }
    }

    /** With no exploit and no halt, the chains change no bit of any result: they draw from a stream of their own. */
    @ParameterizedTest(name = "structure seed {0}")
    @MethodSource("seeds")
    void chainsThatNeverFailChangeNoBitOfTheResult(long seed) {
        if (seed > 40) {
            return; // a full run each: 40 structures are enough
        }
        Structure structure = RandomCrossChains.quiet(RandomCrossChains.spread(seed));
        Structure oneChain = structure.withCrossChain(CrossChain.NONE);
        RunSettings settings = TestStructures.runSettings(structure, RandomStructures.STRESS, 70, 2);
        assertEquals(GoldenResultsTest.digests(Simulator.run(oneChain, settings)),
                GoldenResultsTest.digests(Simulator.run(structure, settings)));
    }

    @Test
    void theThreadCountChangesNoBitOfACrossChainRun() {
        for (long seed = 1; seed <= 12; seed++) {
            Structure structure = RandomCrossChains.spread(seed);
            RunSettings one = TestStructures.runSettings(structure, Scenario.BASE_NAME, 600, 1);
            CrossChainRun a = Simulator.runCrossChain(structure, one);
            CrossChainRun b = Simulator.runCrossChain(structure, one.withThreads(3));
            assertEquals(GoldenResultsTest.digests(a.result()), GoldenResultsTest.digests(b.result()), "seed " + seed);
            assertEquals(a.chains(), b.chains(), "seed " + seed);
            assertEquals(GoldenResultsTest.digests(Simulator.run(structure, one)), GoldenResultsTest.digests(a.result()),
                    "runCrossChain's result is run's");
        }
    }

    /** The generator reaches the cases the invariants must hold in. */
    @Test
    void theGeneratorSeesExploitsAndHalts() {
        int exploited = 0;
        int halted = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Structure structure = RandomCrossChains.spread(seed);
            CrossChainMetrics m = Simulator.runCrossChain(structure, TestStructures.runSettings(structure,
                    Scenario.BASE_NAME, 30, 1)).chains();
            if (m.expectedBridgeLoss() > 0) {
                exploited++;
            }
            if (m.chains().stream().anyMatch(c -> c.expectedHaltedSteps() > 0)) {
                halted++;
            }
        }
        assertTrue(exploited >= 10, "structures with a bridge loss: " + exploited + " of 60");
        assertTrue(halted >= 10, "structures with a halt: " + halted + " of 60");
    }

    /** Each path keeps a loss per bridge and halted steps per chain: the memory estimate counts them. */
    @Test
    void theMemoryEstimateCountsEachPathsBridgeLossesAndHaltedSteps() {
        Structure structure = RandomCrossChains.spread(3);
        RunSettings settings = TestStructures.runSettings(structure, Scenario.BASE_NAME, 100_000, 1);
        long withChains = RunMemory.estimateBytes(new SimulationPlan(structure, Scenario.BASE), settings, 1);
        long oneChain = RunMemory.estimateBytes(new SimulationPlan(structure.withCrossChain(CrossChain.NONE),
                Scenario.BASE), settings, 1);
        long bridges = structure.crossChain().bridges().size();
        long chains = structure.crossChain().chains().size();
        assertEquals((8 * bridges + 4 * chains) * 100_000, withChains - oneChain);
        assertEquals(RunMemory.estimateBytes(RunMemory.Shape.of(structure), settings, 1, 1), withChains);
    }
}
