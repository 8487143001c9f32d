package io.tranchelab.ui.document;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.model.Structure;
import io.tranchelab.model.YieldPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class StructureTemplatesTest {

    @Test
    void everyShippedSampleIsATemplateAndNothingElse() throws IOException {
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            shipped = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(shipped, StructureTemplates.ALL.stream().map(StructureTemplates.Template::fileName).sorted()
                .toList());
    }

    @Test
    void eachTemplateIsItsSampleFileAsShippedAndIsLabelledByItsName() throws Exception {
        for (StructureTemplates.Template template : StructureTemplates.ALL) {
            Structure sample = StructureJson.read(Path.of("samples", template.fileName()));
            assertEquals(sample, template.structure(), "the jar bundles samples/" + template.fileName()
                    + " as it is (pom.xml's resources)");
            assertEquals(sample.name(), template.label());
        }
    }

    @Test
    void theEmptyStructureIsValidAndMinimal() {
        Structure empty = DefaultStructures.empty();
        assertEquals(List.of(), StructureValidator.validate(empty));
        assertEquals(1, empty.assets().size());
        assertEquals(1, empty.positions().size());
        assertInstanceOf(YieldPosition.class, empty.positions().get(0));
        assertEquals(List.of("Senior", "Equity"), empty.tranches().stream().map(t -> t.name()).toList());
        assertEquals("New structure", empty.description());
    }
}
