package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Runs a structure briefly under each of its scenarios and checks that no NaN or Infinity reaches the result. */
public final class FiniteResults {

    private FiniteResults() {
    }

    /**
     * A few paths (fewer the more steps) under the base case and every scenario of the structure;
     * fails naming the first non-finite figure and {@code input}.
     */
    public static void assertRunsFinite(Structure structure, String input) {
        List<String> scenarios = new ArrayList<>(List.of(Scenario.BASE_NAME));
        structure.scenarios().forEach(s -> scenarios.add(s.name()));
        int steps = structure.simulation().steps();
        int paths = (int) Math.max(2, Math.min(40, 20_000 / steps));
        for (String scenario : scenarios) {
            SimulationResult result;
            try {
                result = Simulator.run(structure, TestStructures.runSettings(structure, scenario, paths, 1),
                        ProgressListener.NONE, CancellationToken.none());
            } catch (RuntimeException e) {
                throw new AssertionError(input + " " + scenario + ": " + e, e);
            }
            assertFinite(result, "result", input + " " + scenario);
        }
    }

    /** Every double reachable from the result's records, arrays and lists is finite (health factors may be infinite). */
    static void assertFinite(Object value, String path, String input) {
        if (value instanceof Double d) {
            assertTrue(Double.isFinite(d), () -> input + ": " + path + " is " + d);
        } else if (value instanceof double[] array) {
            for (int i = 0; i < array.length; i++) {
                assertFinite(array[i], path + "[" + i + "]", input);
            }
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                assertFinite(array[i], path + "[" + i + "]", input);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertFinite(list.get(i), path + "[" + i + "]", input);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.getName().equals("loanHealth")) {
                    continue; // collateral over zero debt: an infinite health factor is the truth
                }
                try {
                    assertFinite(component.getAccessor().invoke(value), path + "." + component.getName(), input);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
