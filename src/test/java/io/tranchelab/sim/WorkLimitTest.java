package io.tranchelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Structure;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A run whose work is over the limit is refused with the figures before it starts, also when the
 * paths come from the command line rather than the file (which the validator checks).
 */
class WorkLimitTest {

    @Test
    void tenThousandBorrowersAtAMillionPathsAreRefusedBeforeTheRun() throws Exception {
        Structure book;
        try (InputStream in = WorkLimitTest.class.getResourceAsStream("/io/tranchelab/samples/eth-lending-book.json")) {
            book = StructureJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"borrowers\": 20,", "\"borrowers\": 10000,"));
        }
        // 1 asset + 1 position + 10,000 borrowers, 365 steps: 3,650,730 units a path; 1e11 / that = 27,391.98, so 27,391 paths
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulator.run(book,
                RunSettings.of(book).withPaths(1_000_000), ProgressListener.NONE, CancellationToken.none()));
        assertEquals("1,000,000 paths x 365 steps x 10,002 assets, positions and borrowers is 3.7e+12 units of work;"
                + " at most 1.0e+11 are allowed (about ten minutes): use at most 27,391 paths", e.getMessage());
    }
}
