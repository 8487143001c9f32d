package io.tranchelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code simulate} on a cross-chain pool (docs/model.md §8.14): the bridges and chains after the pool, in the table and the JSON. */
class CrossChainCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theTableEndsWithEachBridgesLossAndEachChainsHalts() {
        assertEquals(Cli.OK, run("simulate", "samples/cross-chain-vault.json", "--paths", "300"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Cross-chain: Bridge losses"), text);
        // bridge, chains served, bridged value, P(loss) %, E[loss], E[loss] / bridged %
        assertTrue(text.matches("(?s).*\\n +Wormhole +Solana +\\$25\\.0M +[0-9.]+ +\\$[0-9.]+[KM]? +[0-9.]+\\n.*"), text);
        // chain, bridge, value, P(halt) %, E[halts], E[time halted] days: $10M of SOL staking and $15M of loans
        assertTrue(text.matches("(?s).*\\n +Solana +Wormhole +\\$25\\.0M +[0-9.]+ +[0-9.]+ +[0-9.]+\\n.*"), text);
    }

    @Test
    void theJsonCarriesTheSameFigures() throws Exception {
        assertEquals(Cli.OK, run("simulate", "samples/cross-chain-vault.json", "--paths", "300", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode chains = json.get("crossChain");
        assertEquals("Wormhole", chains.get("bridges").get(1).get("name").asText());
        assertEquals("Solana", chains.get("chains").get(1).get("name").asText());
        double sum = chains.get("bridges").get(0).get("expectedLoss").asDouble()
                + chains.get("bridges").get(1).get("expectedLoss").asDouble();
        assertEquals(chains.get("expectedBridgeLoss").asDouble(), sum, 1e-6 * Math.max(1, sum));
    }

    @Test
    void compareShowsTheBridgesAndChainsUnderEveryScenarioOfEachStructure() throws Exception {
        assertEquals(Cli.OK, run("compare", "samples/cross-chain-vault.json", "--against",
                "samples/lp-fee-pool.json", "--paths", "300", "--scenarios", "March 2023 (USDC depeg)"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Scenario base\nCross-chain: Bridge losses"), text);
        assertTrue(text.contains("Scenario March 2023 (USDC depeg)\nCross-chain: Bridge losses"), text);
        assertEquals(2, text.split("Cross-chain:", -1).length - 1, "the LP pool is on one chain: " + text);
        out.reset();
        assertEquals(Cli.OK, run("compare", "samples/cross-chain-vault.json", "--paths", "300", "--format", "json"));
        JsonNode base = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8))
                .get("structures").get(0).get("scenarios").get(0);
        assertEquals(60e6, base.get("crossChain").get("bridges").get(0).get("bridgedValue").asDouble(), 1e-6,
                "$35M of USDC and $25M of loans on Arbitrum");
        out.reset();
        assertEquals(Cli.OK, run("compare", "samples/lp-fee-pool.json", "--paths", "100", "--format", "json"));
        assertFalse(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("structures").get(0)
                .get("scenarios").get(0).has("crossChain"));
    }

    @Test
    void aPoolOnOneChainPrintsNoCrossChainPart() throws Exception {
        assertEquals(Cli.OK, run("simulate", "samples/lp-fee-pool.json", "--paths", "100", "--format", "json"));
        assertFalse(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).has("crossChain"));
    }
}
