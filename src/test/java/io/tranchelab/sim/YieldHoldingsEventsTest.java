package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link YieldHoldings}' step, its loss events listed by a compare, against the one loop it
 * replaced ({@link OneLoopYieldHoldings}): the same paths' streams (two sets, seeded alike; the
 * listed step's held as arrays, and made one by one, which it draws lane by lane), the
 * same prices (the market's, with zeros, -0, NaN and infinities pushed into some lanes), every
 * loss and income compared bit for bit after every step, and the streams' next long at the end.
 */
class YieldHoldingsEventsTest {

    @Test
    void listedEventsAreTheOneLoopsEvents() throws Exception {
        List<Structure> structures = new ArrayList<>();
        structures.add(GoldenResultsTest.sample("staking-steth-note"));
        structures.add(GoldenResultsTest.sample("lp-fee-pool"));
        structures.add(GoldenResultsTest.sample("templates/idle-perpetual-yield"));
        for (long seed = 1; seed <= 40; seed++) {
            structures.add(RandomStructures.generate(seed));
        }
        long events = 0;
        for (Structure structure : structures) {
            List<Scenario> scenarios = new ArrayList<>(structure.scenarios());
            scenarios.add(0, Scenario.BASE);
            for (Scenario scenario : scenarios) {
                SimulationPlan plan = new SimulationPlan(structure, scenario);
                events += compare(plan, structure.simulation().seed(), PathRandom.forLanes(BlockSimulator.LANES));
                events += compare(plan, structure.simulation().seed(), oneByOne(BlockSimulator.LANES));
            }
        }
        assertTrue(events > 1_000, "few loss events to compare: " + events);
    }

    /** Paths' streams made one by one (not held as arrays): the step then draws lane by lane. */
    private static PathRandom[] oneByOne(int lanes) {
        PathRandom[] random = new PathRandom[lanes];
        for (int l = 0; l < lanes; l++) {
            random[l] = new PathRandom();
        }
        return random;
    }

    /**
     * Steps both through the horizon, two groups of paths, the listed step drawing from {@code
     * listedRandom} (held as arrays or made one by one); returns how many lane-steps lost units.
     */
    private static long compare(SimulationPlan plan, long seed, PathRandom[] listedRandom) {
        int lanes = BlockSimulator.LANES;
        MarketBlock market = new MarketBlock(plan, lanes);
        YieldHoldings listed = new YieldHoldings(plan, lanes);
        OneLoopYieldHoldings oneLoop = new OneLoopYieldHoldings(plan, lanes);
        PathRandom[] oneLoopRandom = PathRandom.forLanes(lanes);
        BlockFlows listedFlows = new BlockFlows(plan.trancheCount, lanes);
        BlockFlows oneLoopFlows = new BlockFlows(plan.trancheCount, lanes);
        SplittableRandom random = new SplittableRandom(seed);
        double[] odd = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e-300};
        long lost = 0;
        for (int group = 0; group < 2; group++) {
            for (int l = 0; l < lanes; l++) {
                listedRandom[l].startPath(seed, group * lanes + l);
                oneLoopRandom[l].startPath(seed, group * lanes + l);
            }
            market.reset(seed, group * lanes);
            listed.reset();
            oneLoop.reset();
            for (int step = 1; step <= plan.steps; step++) {
                market.advance(step);
                double[][] prices = market.prices(step);
                if (random.nextInt(4) == 0) {
                    prices[random.nextInt(plan.assetCount)][random.nextInt(lanes)] = odd[random.nextInt(odd.length)];
                }
                listedFlows.clear();
                oneLoopFlows.clear();
                listed.step(prices, listedRandom, listedFlows);
                oneLoop.step(prices, oneLoopRandom, oneLoopFlows);
                for (int l = 0; l < lanes; l++) {
                    String where = "step " + step + ", lane " + l;
                    assertEquals(Double.doubleToRawLongBits(oneLoopFlows.losses[l]), Double.doubleToRawLongBits(listedFlows.losses[l]), "losses, " + where);
                    assertEquals(Double.doubleToRawLongBits(oneLoopFlows.income[l]), Double.doubleToRawLongBits(listedFlows.income[l]), "income, " + where);
                    lost += oneLoopFlows.losses[l] != 0 ? 1 : 0;
                }
            }
            for (int l = 0; l < lanes; l++) {
                assertEquals(oneLoopRandom[l].events.nextLong(), listedRandom[l].events.nextLong(), "stream of lane " + l);
            }
        }
        return lost;
    }
}
