package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.PerpetualShort;
import io.tranchelab.model.Problem;
import io.tranchelab.model.ProtectivePut;
import io.tranchelab.model.Structure;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hedges list in the file (docs/format.md, proposed: "hedges", schemaVersion 2). */
class HedgeJsonTest {

    @Test
    void hedgesAreVersionTwoAndAVersionOneFileUsingThemIsRefusedAtTheirPointer() {
        List<Problem> problems = JsonFixtures.problemsOf(JsonFixtures.with("/schemaVersion", "1"));
        // the full example uses every schemaVersion 2 part; these are the hedges' problems
        List<Problem> hedges = problems.stream().filter(p -> p.pointer().startsWith("/hedges")).toList();
        assertEquals(List.of("/hedges", "/hedges/0", "/hedges/1"), hedges.stream().map(Problem::pointer).toList());
        assertTrue(hedges.get(0).message().contains("needs schemaVersion 2"), hedges.get(0).message());
    }

    @Test
    void theWriterWritesVersionOneWithoutHedgesAndLeavesTheFieldOut() {
        assertFalse(StructureJson.toTree(ExampleStructures.full().withHedges(List.of())).has("hedges"));
        assertEquals(1, StructureJson.toTree(ExampleStructures.minimal()).get("schemaVersion").intValue());
        assertEquals(2, StructureJson.toTree(ExampleStructures.full()).get("schemaVersion").intValue());
    }

    @Test
    void optionalTermsDefaultToZero() throws Exception {
        ObjectNode tree = JsonFixtures.fullTree();
        for (String field : List.of("volatilitySpread", "riskFreeRate")) {
            ((ObjectNode) tree.at("/hedges/0")).remove(field);
        }
        for (String field : List.of("rebalanceBand", "fundingVolatility")) {
            ((ObjectNode) tree.at("/hedges/1")).remove(field);
        }
        Structure read = StructureJson.fromTree(tree);
        assertEquals(new ProtectivePut("ETH puts", "ETH", 0.5, 0.8, 30, 0.7, 0, 0), read.hedges().get(0));
        assertEquals(new PerpetualShort("ETH perp", "ETH", 0.3, 0, 0.08, 0), read.hedges().get(1));
    }

    @Test
    void anUnknownKindIsNamedWithTheKindsAllowed() {
        List<Problem> problems = JsonFixtures.problemsOf(JsonFixtures.with("/hedges/1/kind", "\"CALL\""));
        assertEquals("/hedges/1/kind", problems.get(0).pointer());
        assertTrue(problems.get(0).message().contains("PUT, PERP_SHORT"), problems.get(0).message());
    }

    @Test
    void aMissingStrikeIsReportedAtItsPointer() {
        List<Problem> problems = JsonFixtures.problemsOf(JsonFixtures.without("/hedges/0/strike"));
        assertEquals("/hedges/0/strike", problems.get(0).pointer());
    }

    @Test
    void theHedgedSampleReadsWritesAndReadsBackTheSame() throws Exception {
        Structure sample = StructureJson.read(Path.of("samples/hedged-eth-vault.json"));
        assertEquals(2, sample.hedges().size());
        assertEquals(sample, StructureJson.parse(StructureJson.toJson(sample)));
    }
}
