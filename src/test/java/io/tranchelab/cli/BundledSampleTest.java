package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lending-book sample built into the jar (bench's default, the workbench's first structure) is the shipped one. */
class BundledSampleTest {

    @Test
    void bundledLendingBookIsTheSampleFile() throws Exception {
        try (InputStream in = BundledSampleTest.class.getResourceAsStream(BenchCommand.DEFAULT_STRUCTURE)) {
            assertNotNull(in, BenchCommand.DEFAULT_STRUCTURE + " is missing from the build");
            assertArrayEquals(Files.readAllBytes(Path.of("samples/eth-lending-book.json")), in.readAllBytes(),
                    "copy samples/eth-lending-book.json to src/main/resources" + BenchCommand.DEFAULT_STRUCTURE);
        }
    }
}
