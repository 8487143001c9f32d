package io.tranchelab.cli;

import io.tranchelab.ui.document.StructureTemplates;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each protocol template (docs/model.md §7.9) runs in the CLI and prints both its tranches. */
class ProtocolTemplatesCliTest {

    @Test
    void everyProtocolTemplateSimulates() throws Exception {
        for (StructureTemplates.Template template : StructureTemplates.PROTOCOLS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(new String[] {"simulate", "samples/" + template.fileName(), "--paths", "200"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(Cli.OK, code, template.fileName() + ": " + err.toString(StandardCharsets.UTF_8));
            for (var tranche : template.structure().tranches()) {
                assertTrue(printed.contains(tranche.name()), template.fileName() + ":\n" + printed);
            }
        }
    }
}
