package io.tranchelab.sim;

import io.tranchelab.model.Position;
import io.tranchelab.model.Reinvestment;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A step clears only the flows its plan's parts add into or write on some paths
 * ({@link BlockFlows#clear}); what it leaves is written on every path before it is read, or
 * never written at all. Checked against the plain rule, every array cleared every step: the
 * same flows, to the bit, after every step of two groups of every bundled sample and template
 * (every waterfall kind, reinvestment rules, hedges, bridges, credit lines) and of generated
 * structures, with some lanes charted on some steps (the loan health, NaN where not computed).
 */
class BlockFlowsClearingTest {

    private static final String[] SAMPLES = {"eth-lending-book", "staking-steth-note", "lp-fee-pool",
        "credit-pool-reputation", "credit-pool-scored", "cross-chain-vault", "hedged-eth-vault",
        "templates/barnbridge-smart-yield", "templates/goldfinch-borrower-pool", "templates/idle-perpetual-yield",
        "templates/pendle-pt-yt", "templates/tinlake-drop-tin"};

    @Test
    void clearingWhatThePlanWritesGivesTheFlowsOfClearingEverything() throws Exception {
        List<Structure> structures = new ArrayList<>();
        for (String sample : SAMPLES) {
            structures.add(GoldenResultsTest.sample(sample));
        }
        for (long seed = 1; seed <= 12; seed++) {
            structures.add(RandomStructures.generate(seed));
        }
        // the reinvestment rules that change what is cleared (no bundled file uses them): principal
        // cash paid out to every tranche, and principal cash bought into a yield position on some paths
        Structure book = GoldenResultsTest.sample("eth-lending-book");
        structures.add(book.withWaterfall(book.waterfall().withReinvestment(
                new Reinvestment(Reinvestment.Rule.PAY_OUT, "", 0))));
        Structure credit = GoldenResultsTest.sample("credit-pool-reputation"); // a default's recovery is principal cash
        String yield = credit.positions().stream().filter(YieldPosition.class::isInstance).map(Position::name)
                .findFirst().orElseThrow();
        structures.add(credit.withWaterfall(credit.waterfall().withReinvestment(
                new Reinvestment(Reinvestment.Rule.POSITION, yield, 0.02))));
        for (Structure structure : structures) {
            List<Scenario> scenarios = new ArrayList<>();
            scenarios.add(Scenario.BASE);
            scenarios.addAll(structure.scenarios());
            for (Scenario scenario : scenarios) {
                SimulationPlan plan = new SimulationPlan(structure, scenario);
                long seed = structure.simulation().seed();
                List<String> cleared = record(new BlockSimulator(plan, seed, BlockSimulator.LANES, false));
                List<String> everything = record(new BlockSimulator(plan, seed, BlockSimulator.LANES, true));
                assertEquals(everything.size(), cleared.size());
                for (int i = 0; i < everything.size(); i++) {
                    if (!everything.get(i).equals(cleared.get(i))) {
                        String where = everything.get(i).substring(0, everything.get(i).indexOf(':'));
                        throw new AssertionError(structure.name() + " / " + scenario.name() + ", " + where
                                + ": the flows differ from those of clearing everything");
                    }
                }
            }
        }
    }

    /** Every array of the flows, as bits, after every step of two groups of paths: one entry a step and array. */
    private static List<String> record(BlockSimulator simulator) throws Exception {
        List<String> steps = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (Field field : BlockFlows.class.getDeclaredFields()) {
            Class<?> type = field.getType();
            boolean flow = type == double[].class || type == double[][].class || type == boolean[].class;
            if (flow && !java.lang.reflect.Modifier.isPrivate(field.getModifiers())) { // not the list of what is cleared
                field.setAccessible(true);
                fields.add(field);
            }
        }
        BlockObserver observer = new BlockObserver() {
            @Override
            public void startPaths(int firstPath, int lanes) {
            }

            @Override
            public int chartDetailLanes(int step) {
                return step % 5 == 0 ? 17 : step % 7 == 0 ? 40 : 0;
            }

            @Override
            public void step(int step, BlockFlows flows) {
                try {
                    for (Field field : fields) {
                        StringBuilder bits = new StringBuilder("step ").append(step).append(", ")
                                .append(field.getName()).append(": ");
                        append(bits, field.get(flows));
                        steps.add(bits.toString());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void finish(FinalFlows flows) {
            }
        };
        for (int group = 0; group < 2; group++) {
            simulator.simulate(group * BlockSimulator.LANES, BlockSimulator.LANES, observer, () -> false);
        }
        return steps;
    }

    private static void append(StringBuilder all, Object array) {
        if (array instanceof double[] values) {
            for (double v : values) {
                all.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
            }
        } else if (array instanceof double[][] rows) {
            for (double[] row : rows) {
                append(all, row);
                all.append(';');
            }
        } else if (array instanceof boolean[] flags) {
            for (boolean b : flags) {
                all.append(b ? '1' : '0');
            }
        }
    }
}
