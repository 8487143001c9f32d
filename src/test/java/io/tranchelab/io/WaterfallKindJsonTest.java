package io.tranchelab.io;

import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waterfall kind in JSON (docs/model.md §7.9): schemaVersion 2, omitted when sequential. */
class WaterfallKindJsonTest {

    @Test
    void everyKindRoundTripsAndIsWrittenAsSchemaVersion2() throws Exception {
        for (Structure structure : ExampleStructures.ofEachKind()) {
            String json = StructureJson.toJson(structure);
            assertTrue(json.matches("(?s).*\"schemaVersion\"\\s*:\\s*2\\b.*"), json);
            assertTrue(json.contains("\"" + structure.waterfall().kind().id() + "\""), json);
            assertEquals(structure, StructureJson.parse(json));
        }
    }

    @Test
    void aSequentialStructureIsWrittenWithoutADistributionAsSchemaVersion1() throws Exception {
        String json = StructureJson.toJson(ExampleStructures.minimal());
        assertFalse(json.contains("distribution"), json);
        assertTrue(json.matches("(?s).*\"schemaVersion\"\\s*:\\s*1\\b.*"), json);
    }

    @Test
    void aVersion1FileWithADistributionIsRefusedAtItsPointer() throws Exception {
        String json = StructureJson.toJson(ExampleStructures.ofEachKind().get(3))
                .replaceAll("\"schemaVersion\"\\s*:\\s*2", "\"schemaVersion\" : 1");
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> StructureJson.parse(json));
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/waterfall/distribution")
                && p.message().contains("schemaVersion 2")), e.problems().toString());
    }

    @Test
    void aKindThatIsNotOneIsNamedWithTheAllowedKinds() throws Exception {
        String json = StructureJson.toJson(ExampleStructures.ofEachKind().get(3)).replace("\"TINLAKE\"", "\"TRANCHES\"");
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> StructureJson.parse(json));
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/waterfall/distribution/kind")
                && p.message().contains("PRO_RATA")), e.problems().toString());
    }
}
