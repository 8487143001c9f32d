package io.tranchelab.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Structure;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/format.md "Versions": version 1 files open unchanged and are written back as version 1. */
class SchemaVersionTest {

    @Test
    void everySampleIsAVersionOneFileAndIsWrittenBackAsOne() throws Exception {
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String text = Files.readString(file);
                if (!text.contains("\"schemaVersion\": 1")) {
                    continue;
                }
                Structure structure = StructureJson.read(file);
                ObjectNode tree = StructureJson.toTree(structure);
                assertEquals(1, tree.get("schemaVersion").intValue(), file + " uses nothing newer than version 1");
                assertEquals(structure, StructureJson.fromTree(tree), file.toString());
            }
        }
    }

    @Test
    void theReaderAcceptsBothVersionsAndNamesTheRangeForOthers() throws Exception {
        Structure one = StructureJson.parse(JsonFixtures.fullText());
        Structure two = StructureJson.parse(JsonFixtures.with("/schemaVersion", "2"));
        assertEquals(one, two);
        StructureFormatException e = org.junit.jupiter.api.Assertions.assertThrows(StructureFormatException.class,
                () -> StructureJson.parse(JsonFixtures.with("/schemaVersion", "0")));
        assertTrue(e.getMessage().contains("reads schemaVersion 1 to 2"), e.getMessage());
    }
}
