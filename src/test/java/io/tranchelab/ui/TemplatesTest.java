package io.tranchelab.ui;

import io.tranchelab.model.StructureValidator;
import io.tranchelab.ui.document.StructureDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > New starts from an almost empty structure; the samples are offered as templates. */
class TemplatesTest {

    @Test
    void newIsAnAlmostEmptyValidStructureNotACopyOfTheLendingBook() {
        var blank = Templates.blank();
        assertEquals(List.of(), StructureValidator.validate(blank));
        assertEquals(1, blank.positions().size());
        assertEquals(2, blank.tranches().size());
        assertTrue(blank.scenarios().isEmpty());
    }

    @Test
    void everySampleIsATemplateThatOpensUntitled() throws Exception {
        List<Templates.Template> samples = Templates.samples();
        assertTrue(samples.size() >= 4, "samples/*.json: " + samples);
        for (Templates.Template t : samples) {
            var structure = Templates.read(t);
            StructureDocument document = new StructureDocument(Templates.blank(), null);
            document.load(structure, null);
            assertNull(document.file(), "saving a template never overwrites the sample: " + t.name());
        }
    }
}
