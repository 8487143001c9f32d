package io.tranchelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tranchelab hedge}: the structure with and without its hedges, and the hedge's cost (docs/model.md §8.15). */
class HedgeCommandTest {

    private static final String SAMPLE = "samples/hedged-eth-vault.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsEveryTrancheBothWaysAndTheHedgesCost() {
        assertEquals(Cli.OK, run("hedge", SAMPLE, "--paths", "256", "--threads", "1"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"EL bare", "EL hedged", "Senior", "Mezzanine", "Equity", "Premiums paid",
            "Funding received", "Net cost (premiums + funding paid - received)", "Hedge P&L", "%/yr"}) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void jsonHasBothRunsPerTrancheAndAConsistentCost() throws Exception {
        assertEquals(Cli.OK, run("hedge", SAMPLE, "--paths", "256", "--threads", "1", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(3, root.get("tranches").size());
        JsonNode senior = root.get("tranches").get(0);
        assertTrue(senior.get("hedged").get("expectedLoss").asDouble()
                < senior.get("unhedged").get("expectedLoss").asDouble(), senior.toString());
        JsonNode hedge = root.get("hedge");
        assertEquals(hedge.get("premiumMean").asDouble() + hedge.get("fundingPaidMean").asDouble()
                - hedge.get("fundingReceivedMean").asDouble(), hedge.get("costMean").asDouble(), 1e-6);
    }

    @Test
    void writesTheChartOfTheHedgesPnl() throws Exception {
        Path png = dir.resolve("pnl.png");
        assertEquals(Cli.OK, run("hedge", SAMPLE, "--paths", "128", "--png", png.toString()));
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void aStructureWithoutHedgesIsABadInputNamingTheField() {
        assertEquals(Cli.BAD_INPUT, run("hedge", "samples/lp-fee-pool.json", "--paths", "64"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("/hedges"), err.toString(StandardCharsets.UTF_8));
    }
}
