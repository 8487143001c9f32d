package io.tranchelab.io;

import static io.tranchelab.io.JsonFixtures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Problem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every array of the format is refused at its pointer when it is longer than its limit, before
 * anything sized by it is built: a 60 KB file with 30,000 assets used to build a 30,000 x 30,000
 * correlation matrix (OutOfMemoryError after 44 s at 6 GB) before the 50-asset limit was checked.
 */
class ArraySizeLimitTest {

    @Test
    void thirtyThousandAssetsAreRefusedAtTheArray() {
        assertEquals(List.of(new Problem("/assets", "has 30,000 entries; at most 50 are allowed")),
                problemsOf(withCopies("/assets", 30_000)));
    }

    /** One element more than the limit, copied from the example's first element, is refused; the limit passes the reader. */
    @ParameterizedTest(name = "{0}: at most {1}")
    @CsvSource({
        "/assets, 50",
        "/correlations, 50",
        "/correlations/0, 50",
        "/positions, 1000",
        "/tranches, 20",
        "/creditScoreTable, 1001",
        "/scenarios, 100",
        "/scenarios/0/shocks, 1000",
    })
    void anArrayOverItsLimitIsRefusedWithItsPointer(String pointer, int limit) {
        assertEquals(List.of(new Problem(pointer, String.format(java.util.Locale.ROOT,
                "has %,d entries; at most %,d are allowed", limit + 1, limit))),
                problemsOf(withCopies(pointer, limit + 1)));
        // at the limit the reader builds the structure; what remains is the validator's (duplicate names ...)
        anyProblems(withCopies(pointer, limit)).forEach(p -> assertNotAtArray(pointer, p));
    }

    @Test
    void driftOverridesForMoreAssetsThanAllowedAreRefused() {
        ObjectNode tree = JsonFixtures.fullTree();
        ObjectNode drifts = ((ObjectNode) tree.at("/scenarios/0")).putObject("driftOverrides");
        for (int i = 0; i < 51; i++) {
            drifts.put("A" + i, 0.1);
        }
        assertEquals(List.of(new Problem("/scenarios/0/driftOverrides", "has 51 fields; at most 50 are allowed")),
                problemsOf(tree.toString()));
    }

    private static List<Problem> anyProblems(String json) {
        try {
            StructureJson.parse(json);
            return List.of();
        } catch (StructureFormatException e) {
            return e.problems();
        }
    }

    private static void assertNotAtArray(String pointer, Problem problem) {
        if (problem.pointer().equals(pointer) && problem.message().contains("at most")) {
            throw new AssertionError("refused at the limit: " + problem);
        }
    }

    /** The example with the array at {@code pointer} holding {@code count} copies of its first element. */
    private static String withCopies(String pointer, int count) {
        ObjectNode tree = JsonFixtures.fullTree();
        ArrayNode array = (ArrayNode) tree.at(JsonPointer.compile(pointer));
        JsonNode first = array.get(0);
        array.removeAll();
        for (int i = 0; i < count; i++) {
            array.add(first.deepCopy());
        }
        return tree.toString();
    }
}
