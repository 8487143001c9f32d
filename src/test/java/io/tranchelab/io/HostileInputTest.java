package io.tranchelab.io;

import static io.tranchelab.io.JsonFixtures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Problem;
import io.tranchelab.model.ProblemList;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Huge, deeply nested and garbled input is refused with a Problem, never another exception. */
class HostileInputTest {

    @Test
    void deeplyNestedInputIsRefusedBeforeItCostsStack() {
        Problem problem = onlyProblem(problemsOf("[".repeat(100_000)));
        assertTrue(problem.message().startsWith("the document is nested more than 16 levels deep"), problem::toString);
    }

    @Test
    void aDocumentOverTenMillionCharactersIsRefused() {
        String json = "{" + " ".repeat(10_000_001) + "}";
        Problem problem = onlyProblem(problemsOf(json));
        assertTrue(problem.message().startsWith("the document is longer than 10,000,000 characters"), problem::toString);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithoutReadingIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.json");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 10_000_000); // sparse: 10,000,001 bytes
        }
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> StructureJson.read(file));
        assertTrue(onlyProblem(e.problems()).message().startsWith("the file is 10,000,001 bytes"), e::getMessage);
    }

    @Test
    void aNumberWithTooManyDigitsIsRefused() {
        Problem problem = onlyProblem(problemsOf(JsonFixtures.with("/initialCash", "1" + "0".repeat(200))));
        assertTrue(problem.message().startsWith("a number has more than 100 characters"), problem::toString);
    }

    @Test
    void anOverlongTextIsRefused() {
        Problem problem = onlyProblem(problemsOf(JsonFixtures.with("/name", "\"" + "a".repeat(200_000) + "\"")));
        assertTrue(problem.message().startsWith("a text is longer than 100,000 characters"), problem::toString);
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\"name\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> StructureJson.read(file));
        assertTrue(e.problems().get(0).message().startsWith("malformed JSON at line 1"), e::getMessage);
    }

    /** Found by JsonReaderFuzzTest: JSON may escape half a surrogate pair, but a UTF-8 save turned it into "?". */
    @Test
    void textWithAnUnpairedSurrogateIsRefusedAtItsField() {
        Problem problem = onlyProblem(problemsOf(JsonFixtures.with("/tranches/1/name", "\"Mezz\\ud800anine\"")));
        assertEquals(new Problem("/tranches/1/name",
                "has an unpaired surrogate (\\ud800) at character 5; text must be valid Unicode"), problem);
        assertEquals("/scenarios/0/description", onlyProblem(problemsOf(JsonFixtures.with("/scenarios/0/description",
                "\"ends with half a pair \\udbff\""))).pointer());
    }

    @Test
    void textOutsideTheBasicPlaneSurvivesASaveAndALoad() throws StructureFormatException {
        Structure emoji = StructureJson.parse(JsonFixtures.with("/name", "\"ETH \\ud83d\\ude80 note\""));
        assertEquals("ETH \ud83d\ude80 note", emoji.name());
        assertEquals(emoji, StructureJson.parse(StructureJson.toJson(emoji).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A 4.6 MB file can hold a 1,500 x 1,500 matrix of wrong entries (2.25 million problems, half a
     * gigabyte of messages) were the matrix not refused by its size first. Even the largest matrix
     * allowed, 50 x 50, has 2,500: only the first 1,000 are listed, and a last one counts the rest.
     */
    @Test
    void millionsOfWrongEntriesAreListedUpToAThousandAndCounted() {
        int n = 50; // the most assets allowed: 2,500 wrong entries
        ObjectNode tree = JsonFixtures.fullTree();
        ArrayNode assets = tree.putArray("assets");
        ArrayNode rows = tree.putArray("correlations");
        for (int i = 0; i < n; i++) {
            assets.addObject().put("kind", "VOLATILE").put("id", "A" + i).put("price", 1).put("drift", 0)
                    .put("volatility", 0);
            ArrayNode row = rows.addArray();
            for (int j = 0; j < n; j++) {
                row.add(2);
            }
        }
        List<Problem> problems = problemsOf(tree.toString());
        assertEquals(ProblemList.MAX_LISTED + 1, problems.size());
        Problem last = problems.get(problems.size() - 1);
        assertTrue(last.pointer().isEmpty() && last.message().contains("more problems are not listed"), last::toString);
    }

    /** Random edits of a valid file: each result loads or is refused with problems, nothing else escapes. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {101, 102, 103})
    void garbledFilesAreRefusedWithProblemsOnly_seed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String valid = JsonFixtures.fullText();
        String alphabet = "{}[],:\"-.0123456789eEaNIfinty \n\\/tn";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder(valid);
            for (int edit = 1 + random.nextInt(3); edit > 0; edit--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, c);
                    default -> text.setCharAt(at, c);
                }
            }
            try {
                StructureJson.parse(text.toString());
            } catch (StructureFormatException e) {
                assertFalse(e.problems().isEmpty());
                e.problems().forEach(p -> assertTrue(p.pointer() != null && !p.message().isBlank(), p::toString));
            }
        }
    }

    private static Problem onlyProblem(List<Problem> problems) {
        assertTrue(problems.size() == 1, problems::toString);
        return problems.get(0);
    }
}
