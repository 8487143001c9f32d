package io.tranchelab.sim;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The credit lines and the yield positions draw a step's event uniforms for every lane at once
 * when a block's paths hold their events streams as arrays ({@link PathRandom#forLanes}), and
 * lane by lane otherwise (paths made one by one). Both must give every lane the same draws in the
 * same order: checked here by stepping the same paths both ways, side by side, under every
 * scenario of the samples with credit lines and yields (stresses with many defaults, lines
 * whose every borrower defaults in some lanes, so that the line goes back to lane by lane),
 * comparing every flow and mark bit for bit, step after step.
 */
class EventDrawsInBulkTest {

    @ParameterizedTest
    @ValueSource(strings = {"credit-pool-reputation", "credit-pool-scored", "lp-fee-pool", "staking-steth-note"})
    void bulkDrawsGiveEachLaneItsOwnDraws(String sample) throws Exception {
        Structure structure = GoldenResultsTest.sample(sample);
        List<Scenario> scenarios = new ArrayList<>(structure.scenarios());
        scenarios.add(0, Scenario.BASE);
        int lanes = BlockSimulator.LANES - 3; // a shorter last group: the arrays have more lanes than draw
        long seed = structure.simulation().seed();
        for (Scenario scenario : scenarios) {
            SimulationPlan plan = new SimulationPlan(structure, scenario);
            PathRandom[] inBulk = PathRandom.forLanes(BlockSimulator.LANES);
            PathRandom[] oneByOne = new PathRandom[lanes];
            for (int l = 0; l < lanes; l++) {
                oneByOne[l] = new PathRandom();
            }
            assertNotNull(PathRandom.sharedEvents(inBulk, lanes));
            assertNull(PathRandom.sharedEvents(oneByOne, lanes));
            Side bulk = new Side(plan, lanes);
            Side alone = new Side(plan, lanes);
            for (int group = 0; group < 3; group++) {
                for (int l = 0; l < lanes; l++) {
                    inBulk[l].startPath(seed, group * lanes + l);
                    oneByOne[l].startPath(seed, group * lanes + l);
                }
                bulk.reset(seed, group * lanes, inBulk);
                alone.reset(seed, group * lanes, oneByOne);
                for (int step = 1; step <= plan.steps; step++) {
                    bulk.step(step, inBulk);
                    alone.step(step, oneByOne);
                    String where = sample + ", " + scenario.name() + ", group " + group + ", step " + step;
                    sameBits(alone.flows.income, bulk.flows.income, "income, " + where);
                    sameBits(alone.flows.losses, bulk.flows.losses, "losses, " + where);
                    sameBits(alone.flows.principalCash, bulk.flows.principalCash, "principal cash, " + where);
                    sameBits(alone.flows.defaultedPrincipal, bulk.flows.defaultedPrincipal, "defaulted, " + where);
                    sameBits(alone.flows.creditLosses, bulk.flows.creditLosses, "credit losses, " + where);
                    for (int l = 0; l < lanes; l++) {
                        assertEquals(Double.doubleToRawLongBits(alone.credit.value(l)),
                                Double.doubleToRawLongBits(bulk.credit.value(l)), "lines' mark, lane " + l + ", " + where);
                    }
                }
                // the streams stand at the same place afterwards too
                for (int l = 0; l < lanes; l++) {
                    assertEquals(oneByOne[l].events.nextLong(), inBulk[l].events.nextLong(), sample + " lane " + l);
                }
            }
            assertTrue(bulk.defaults > 0 || plan.creditLines.isEmpty(), sample + ": no default to compare");
        }
    }

    /** One way of stepping: the market, the yields and the credit lines of a group of paths. */
    private static final class Side {
        final MarketBlock market;
        final YieldHoldings yields;
        final CreditPoolPath credit;
        final BlockFlows flows;
        final SimulationPlan plan;
        final int lanes;
        long defaults;

        Side(SimulationPlan plan, int lanes) {
            this.plan = plan;
            this.lanes = lanes;
            market = new MarketBlock(plan, lanes);
            yields = new YieldHoldings(plan, lanes);
            credit = new CreditPoolPath(plan, lanes);
            flows = new BlockFlows(plan.trancheCount, lanes);
        }

        void reset(long seed, int firstPath, PathRandom[] random) {
            market.reset(seed, firstPath);
            yields.reset();
            for (int l = 0; l < lanes; l++) {
                credit.reset(l, random[l]);
            }
        }

        void step(int step, PathRandom[] random) {
            flows.clear();
            market.advance(step);
            yields.step(market.prices(step), random, flows);
            credit.step(step, random, flows);
            for (int l = 0; l < lanes; l++) {
                defaults += flows.defaultedPrincipal[l] > 0 ? 1 : 0;
            }
        }
    }

    private static void sameBits(double[] expected, double[] actual, String what) {
        for (int l = 0; l < expected.length; l++) {
            assertEquals(Double.doubleToRawLongBits(expected[l]), Double.doubleToRawLongBits(actual[l]),
                    what + ", lane " + l + ": " + expected[l] + " against " + actual[l]);
        }
    }
}
