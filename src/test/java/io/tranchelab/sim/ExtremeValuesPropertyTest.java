package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Problem;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extreme values in every numeric field of generated structures: each input either fails
 * validation with a problem that names the field (its pointer, or its name in a problem about
 * a quantity derived from it, such as units x price), or it simulates with every metric,
 * series and per-path loss finite. Found 811 inputs answered "expected loss must be in [0, 1],
 * was NaN" and 226 printing NaN or Infinity before the parameters had plausible ranges.
 */
class ExtremeValuesPropertyTest {

    private static final int CASES = Integer.getInteger("tranchelab.extremeCases", 200);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Edges of every plausible range, the doubles' own edges, and values found to break a run. */
    static final double[] EXTREMES = {
        0, -0.0, Double.MIN_VALUE, 1e-300, 1e-12, 1e-9, 1e-6, 1e-3, 0.5, 1, 2, 3, 3.01, 5, 5.01, 10, 20, 21, 100,
        365, 366, 710, 1000, 1e4, 1e5, 1e6, 1e9, 1e12, 1e13, 1e15, 1e16, 1e100, 1e300, Double.MAX_VALUE,
        -Double.MIN_VALUE, -1e-9, -0.5, -1, -1.01, -5, -20, -21, -100, -1000, -1e6, -1e300, -Double.MAX_VALUE,
    };

    private static final AtomicInteger SIMULATED = new AtomicInteger();

    static LongStream cases() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void anExtremeValueIsRefusedAtItsFieldOrSimulatesToFiniteNumbers(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919 + 17);
        ObjectNode tree = tree(RandomStructures.generate(random.nextLong()));
        List<String> numbers = new ArrayList<>();
        numericLeaves(tree, "", numbers);
        // one or two fields at a time: two together reach the derived checks (units x price)
        int edits = 1 + random.nextInt(2);
        List<String> edited = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            String pointer = numbers.get(random.nextInt(numbers.size()));
            double value = EXTREMES[random.nextInt(EXTREMES.length)];
            set(tree, pointer, value);
            edited.add(pointer + " = " + value);
        }
        Structure structure;
        try {
            structure = StructureJson.parse(tree.toString());
        } catch (StructureFormatException e) {
            for (Problem problem : e.problems()) {
                assertTrue(namesAnEditedField(problem, edited), () -> edited + " refused with " + problem);
            }
            return;
        }
        FiniteResults.assertRunsFinite(structure, edited.toString());
        SIMULATED.incrementAndGet();
    }

    /** Both outcomes must occur, or one of them was not tested. */
    @AfterAll
    static void someInputsSimulatedAndSomeWereRefused() {
        assertTrue(SIMULATED.get() > CASES / 10 && SIMULATED.get() < CASES, () -> SIMULATED + " of " + CASES
                + " simulated");
    }

    /** The problem is at an edited field, or inside it, or names the edited field in a derived check. */
    private static boolean namesAnEditedField(Problem problem, List<String> edited) {
        for (String edit : edited) {
            String pointer = edit.substring(0, edit.indexOf(" = "));
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            if (problem.pointer().startsWith(pointer) || problem.message().contains(field)
                    || problem.pointer().startsWith(parent) && !parent.isEmpty()
                    || pointer.startsWith("/simulation") && (problem.pointer().startsWith("/simulation")
                            || problem.pointer().matches(".*/steps?"))) {
                return true; // fewer steps move shocks past the horizon
            }
        }
        // shares no longer summing to 1, or the pool's total value, are reported at the list
        return problem.pointer().equals("/tranches") && edited.stream().anyMatch(e -> e.startsWith("/tranches/"))
                || problem.pointer().equals("/positions");
    }

    private static ObjectNode tree(Structure structure) {
        try {
            return (ObjectNode) JSON.readTree(StructureJson.toJson(structure));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numericLeaves(JsonNode node, String pointer, List<String> out) {
        if (node.isNumber() && !pointer.equals("/schemaVersion")) {
            out.add(pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numericLeaves(node.get(i), pointer + "/" + i, out);
            }
        } else if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                numericLeaves(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), out);
            }
        }
    }

    private static void set(ObjectNode tree, String pointer, double value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        boolean whole = tree.at(at).isIntegralNumber();
        JsonNode number = whole && value == Math.rint(value) && Math.abs(value) < 9e18
                ? JSON.getNodeFactory().numberNode((long) value) : JSON.getNodeFactory().numberNode(value);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(at.last().getMatchingProperty()), number);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), number);
        }
    }
}
