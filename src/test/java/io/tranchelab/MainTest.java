package io.tranchelab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void noArgumentsOrASnapshotStartTheWorkbench() {
        assertTrue(Main.startsWorkbench(new String[0]));
        assertTrue(Main.startsWorkbench(new String[] {"--snapshot", "x.png"}));
    }

    @Test
    void anExistingJsonFileOpensInTheWorkbenchAndAnythingElseGoesToTheCli(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("book.json"), "{}");
        assertTrue(Main.startsWorkbench(new String[] {file.toString()}));
        assertFalse(Main.startsWorkbench(new String[] {dir.resolve("missing.json").toString()}));
        assertFalse(Main.startsWorkbench(new String[] {"simulate", file.toString()}));
        assertFalse(Main.startsWorkbench(new String[] {"bad\u0000name.json"}), "a name no path can have");
    }
}
