package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @Test
    void writingCreatesTheFileAndLeavesNoTemporaryFileBehind(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("deal.json");
        StructureJson.write(ExampleStructures.full(), file);
        assertEquals(ExampleStructures.full(), StructureJson.read(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void writingReplacesAnExistingFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("deal.json");
        StructureJson.write(ExampleStructures.full(), file);
        Structure minimal = ExampleStructures.minimal();
        StructureJson.write(minimal, file);
        assertEquals(StructureJson.toJson(minimal), Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void aFailedWriteNamesTheFileAndRemovesItsTemporaryFile(@TempDir Path folder) throws IOException {
        Path blocked = folder.resolve("deal.json");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("keep.txt"), "a directory that is not empty cannot be replaced");
        IOException e = assertThrows(IOException.class, () -> StructureJson.write(ExampleStructures.full(), blocked));
        assertTrue(e.getMessage().contains(blocked.toString()), e::getMessage);
        assertEquals(List.of(blocked), filesIn(folder));
    }

    @Test
    void aSaveIntoAReadOnlyFolderFailsNamingTheFileAndKeepsTheSavedVersion(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("deal.json");
        StructureJson.write(ExampleStructures.full(), file);
        String saved = Files.readString(file);
        try (ReadOnlyFolder locked = ReadOnlyFolder.lock(folder)) {
            IOException e = assertThrows(IOException.class, () -> StructureJson.write(ExampleStructures.minimal(), file));
            assertTrue(e.getMessage().startsWith("cannot write " + file.toAbsolutePath() + ": "), e::getMessage);
        }
        assertEquals(saved, Files.readString(file));
        assertEquals(List.of(file), filesIn(folder), "the folder holds only the saved file, no temporary file");
    }

    @Test
    void aSaveUnderAFileInsteadOfAFolderFailsNamingTheFile(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "a file, not a folder");
        Path file = notAFolder.resolve("deal.json");
        IOException e = assertThrows(IOException.class, () -> StructureJson.write(ExampleStructures.full(), file));
        assertTrue(e.getMessage().startsWith("cannot write " + file.toAbsolutePath() + ": "), e::getMessage);
        assertEquals("a file, not a folder", Files.readString(notAFolder));
        assertEquals(List.of(notAFolder), filesIn(folder));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
