package io.tranchelab.ui.document;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The protocol templates (docs/model.md §7.9): one per waterfall kind of a protocol, bundled as shipped. */
class ProtocolTemplatesTest {

    @Test
    void everyFileInSamplesTemplatesIsAProtocolTemplateAndNothingElse() throws IOException {
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("samples", "templates"))) {
            shipped = files.map(f -> "templates/" + f.getFileName()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(shipped, StructureTemplates.PROTOCOLS.stream().map(StructureTemplates.Template::fileName)
                .sorted().toList());
    }

    @Test
    void eachIsValidLabelledByItsNameBundledAsShippedAndOfADistinctProtocolKind() throws Exception {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (StructureTemplates.Template template : StructureTemplates.PROTOCOLS) {
            Structure file = StructureJson.read(Path.of("samples", template.fileName()));
            assertEquals(file, template.structure(), template.fileName());
            assertEquals(file.name(), template.label());
            assertEquals(List.of(), StructureValidator.validate(file), template.fileName());
            assertFalse(file.waterfall().isSequential(), template.fileName());
            assertTrue(kinds.add(file.waterfall().kind().id()), "one template per protocol");
        }
        assertEquals(5, kinds.size());
    }
}
