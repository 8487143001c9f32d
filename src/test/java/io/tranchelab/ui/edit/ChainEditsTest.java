package io.tranchelab.ui.edit;

import io.tranchelab.io.StructureJson;
import io.tranchelab.model.Bridge;
import io.tranchelab.model.Chain;
import io.tranchelab.model.ChainHalts;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.CrossChain;
import io.tranchelab.model.Position;
import io.tranchelab.model.Problem;
import io.tranchelab.model.SimulationSettings;
import io.tranchelab.model.Structure;
import io.tranchelab.model.StructureValidator;
import io.tranchelab.sim.RunSettings;
import io.tranchelab.sim.SimulationResult;
import io.tranchelab.sim.Simulator;
import io.tranchelab.ui.TestStructures;
import io.tranchelab.ui.canvas.ChainGroups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding, renaming and removing chains and bridges, and moving positions between chains (docs/model.md §2.10). */
class ChainEditsTest {

    /** The built-in lending book with a credit line added: a plain pool whose last position cannot be placed. */
    private static Structure plain() {
        Structure s = TestStructures.quick();
        List<Position> positions = new ArrayList<>(s.positions());
        positions.add(new CreditLine("Borrowers", 1e6, 20, 0.1, 700, OptionalDouble.empty(), 0.6, 0.1));
        return s.withPositions(positions);
    }

    private static Structure sample() {
        try {
            return StructureJson.read(Path.of("samples", "cross-chain-vault.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Problem> problems(Structure s) {
        return StructureValidator.validate(s);
    }

    @Test
    void theFirstChainAddedIsTheHomeChainAndHoldsEveryPositionButTheCreditLine() {
        Structure plain = plain();
        Structure home = ChainEdits.addChain(plain);
        assertEquals(List.of(new Chain("Home chain", "", ChainHalts.NONE)), home.crossChain().chains());
        assertEquals(List.of(), home.crossChain().bridges());
        int last = plain.positions().size() - 1;
        for (int i = 0; i < last; i++) {
            assertEquals("Home chain", home.crossChain().placements().get(plain.positions().get(i).name()));
        }
        assertFalse(home.crossChain().placements().containsKey("Borrowers"), "credit lines stay home, unplaced");
        assertEquals(List.of(), problems(home));
        assertEquals(java.util.Optional.of("Home chain"), ChainEdits.homeChain(home));
        // the canvas shows one group, the home chain, with every position (the credit line too)
        List<ChainGroups.Group> groups = ChainGroups.of(home);
        assertEquals(1, groups.size());
        assertEquals("Home chain", groups.get(0).chain());
        assertEquals(plain.positions().size(), groups.get(0).positions().size());
    }

    /** A chain with no bridge and no halts is the home chain: the run draws on a stream of its own, so no figure moves. */
    @Test
    void makingAPoolCrossChainWithOnlyItsHomeChainChangesNoFigure() {
        Structure plain = plain().withSimulation(new SimulationSettings(1.0, 12, 400, 7));
        Structure home = ChainEdits.addChain(plain);
        RunSettings settings = RunSettings.of(plain).withThreads(1);
        SimulationResult a = Simulator.run(plain, settings);
        SimulationResult b = Simulator.run(home, settings);
        assertEquals(a.tranches(), b.tranches());
        assertEquals(a.pool(), b.pool());
        for (int t = 0; t < a.trancheLosses().size(); t++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.trancheLosses().get(t), b.trancheLosses().get(t));
        }
    }

    @Test
    void laterChainsComeWithABridgeOfTheirOwn() {
        Structure two = ChainEdits.addChain(ChainEdits.addChain(plain()));
        assertEquals(new Chain("Chain 2", "Chain 2 bridge", ChainHalts.NONE), two.crossChain().chains().get(1));
        assertEquals(List.of(new Bridge("Chain 2 bridge", 0.05, 0.5, 0.5)), two.crossChain().bridges());
        assertEquals(List.of(), ChainEdits.positionsOn(two, "Chain 2"));
        Structure three = ChainEdits.addChain(two);
        assertEquals("Chain 3", three.crossChain().chains().get(2).name());
        assertEquals(List.of(), problems(three));
    }

    @Test
    void aNewChainsNameNeverRepeatsOneInUse() {
        Structure s = ChainEdits.renameChain(ChainEdits.addChain(ChainEdits.addChain(plain())), 0, "Chain 3");
        Structure next = ChainEdits.addChain(s); // "Chain 3" is taken by the renamed home chain
        assertEquals("Chain 3 (2)", next.crossChain().chains().get(2).name());
        assertEquals(List.of(), problems(next));
        Structure again = ChainEdits.addChain(ChainEdits.renameChain(next, 2, "Chain 4"));
        assertEquals("Chain 4 (2)", again.crossChain().chains().get(3).name());
        Structure third = ChainEdits.addChain(ChainEdits.renameChain(ChainEdits.renameChain(again, 0, "Chain 5"), 1,
                "Chain 5 (2)"));
        assertEquals("Chain 5 (3)", third.crossChain().chains().get(4).name());
    }

    @Test
    void renamingAChainTakesItsPositionsAlongAndLeavesTheOthers() {
        Structure s = ChainEdits.renameChain(sample(), 0, "Arbitrum One");
        assertEquals(Map.of("USDC lending supply", "Arbitrum One", "ETH-backed loans", "Arbitrum One",
                "SOL staking", "Solana", "SOL-backed loans", "Solana"), s.crossChain().placements());
        assertEquals("Arbitrum canonical bridge", s.crossChain().chains().get(0).bridge());
        assertEquals(List.of(), problems(s));
    }

    @Test
    void removingAChainMovesItsPositionsHomeAndTakesItsBridgeWhenNoOtherChainUsesIt() {
        Structure s = ChainEdits.removeChain(sample(), 1); // Solana, over Wormhole
        assertEquals(List.of("Arbitrum"), s.crossChain().chains().stream().map(Chain::name).toList());
        assertEquals(List.of("Arbitrum canonical bridge"), s.crossChain().bridges().stream().map(Bridge::name).toList());
        assertEquals(Map.of("USDC lending supply", "Arbitrum", "ETH-backed loans", "Arbitrum"),
                s.crossChain().placements());
        assertEquals(List.of(), problems(s));
    }

    @Test
    void aBridgeAnotherChainStillUsesStays() {
        Structure shared = ChainEdits.setBridge(sample(), 1, "Arbitrum canonical bridge"); // Solana over it too
        Structure s = ChainEdits.removeChain(shared, 0);
        assertEquals(List.of("Arbitrum canonical bridge", "Wormhole"),
                s.crossChain().bridges().stream().map(Bridge::name).toList());
        assertEquals("Arbitrum canonical bridge", s.crossChain().chains().get(0).bridge());
    }

    @Test
    void positionsOfARemovedChainGoToANamedHomeChainWhenThereIsOne() {
        Structure s = ChainEdits.addChain(ChainEdits.addChain(plain()));
        String first = s.positions().get(0).name();
        s = ChainEdits.moveTo(s, 0, "Chain 2");
        assertEquals(List.of(first), ChainEdits.positionsOn(s, "Chain 2"));
        Structure removed = ChainEdits.removeChain(s, 1);
        assertEquals("Home chain", removed.crossChain().placements().get(first));
        assertEquals(List.of(), removed.crossChain().bridges());
    }

    @Test
    void removingTheLastChainGivesBackThePlainPoolWrittenAsVersion1() {
        Structure plain = plain();
        Structure back = ChainEdits.removeChain(ChainEdits.addChain(plain), 0);
        assertEquals(plain, back);
        assertEquals(CrossChain.NONE, back.crossChain());
        assertTrue(StructureJson.toJson(back).contains("\"schemaVersion\": 1"), StructureJson.toJson(back));
        assertTrue(StructureJson.toJson(ChainEdits.addChain(plain)).contains("\"schemaVersion\": 2"));
    }

    @Test
    void movingAPositionHomeUnplacesItWhenTheHomeChainHasNoName() {
        Structure s = ChainEdits.moveTo(sample(), 3, ""); // SOL staking
        assertTrue(s.crossChain().chainOf("SOL staking").isEmpty());
        assertEquals(s, ChainEdits.moveTo(sample(), 3, ChainEdits.HOME), "the choice's \"Home chain\" is the same");
        assertEquals("Home chain", ChainEdits.chainShown(s, 3));
        assertEquals("Solana", ChainEdits.chainShown(s, 4));
    }

    @Test
    void aCreditLineMovedToAChainIsRefusedByTheValidator() {
        Structure s = ChainEdits.addChain(ChainEdits.addChain(plain()));
        int line = s.positions().size() - 1;
        List<Problem> found = problems(ChainEdits.moveTo(s, line, "Chain 2"));
        assertEquals(1, found.size());
        assertEquals("/positions/" + line, found.get(0).pointer());
        assertTrue(found.get(0).message().contains("credit lines stay on the home chain"), found.get(0).message());
    }

    @Test
    void renamingABridgeKeepsEveryChainOnIt() {
        Structure shared = ChainEdits.setBridge(sample(), 1, "Arbitrum canonical bridge");
        Structure s = ChainEdits.renameBridge(shared, "Arbitrum canonical bridge", "Nitro bridge");
        assertEquals(List.of("Nitro bridge", "Nitro bridge"),
                s.crossChain().chains().stream().map(Chain::bridge).toList());
        assertEquals(new Bridge("Nitro bridge", 0.02, 0.5, 0.5), s.crossChain().bridges().get(0));
    }

    @Test
    void haltsWithNoIntensityOfTheDefaultLengthAreNone() {
        Structure s = ChainEdits.setHalts(sample(), 0, 0, 1);
        assertEquals(ChainHalts.NONE, s.crossChain().chains().get(0).halts());
        Structure kept = ChainEdits.setHalts(sample(), 0, 0, 3);
        assertEquals(new ChainHalts(0, 3), kept.crossChain().chains().get(0).halts(), "a length typed first is kept");
        assertEquals(List.of(), problems(kept));
    }

    /**
     * Any sequence of the edits keeps the structure valid and readable: every placement names a
     * chain, every chain's bridge exists, every position is kept with all its terms, and the file
     * reads back as the same structure.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void everySequenceOfEditsKeepsTheStructureValidAndItsFileFaithful(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Structure s = seed % 2 == 0 ? sample() : plain();
        List<Position> positions = s.positions();
        for (int step = 0; step < 40; step++) {
            int chains = s.crossChain().chains().size();
            int op = random.nextInt(chains == 0 ? 1 : 7);
            int c = chains == 0 ? 0 : random.nextInt(chains);
            Structure next = switch (op) {
                case 0 -> ChainEdits.addChain(s);
                case 1 -> ChainEdits.renameChain(s, c, "C" + random.nextInt(1000));
                case 2 -> ChainEdits.removeChain(s, c);
                case 3 -> {
                    int p = random.nextInt(s.positions().size());
                    yield ChainEdits.placeable(s.positions().get(p)) ? ChainEdits.moveTo(s, p,
                            s.crossChain().chains().get(c).name()) : ChainEdits.moveTo(s, p, "");
                }
                case 4 -> ChainEdits.addBridge(s, c);
                case 5 -> s.crossChain().bridges().isEmpty() ? ChainEdits.setBridge(s, c, "")
                        : ChainEdits.setBridge(s, c, s.crossChain().bridges().get(
                                random.nextInt(s.crossChain().bridges().size())).name());
                default -> s.crossChain().bridges().isEmpty() ? s : ChainEdits.renameBridge(s,
                        s.crossChain().bridges().get(0).name(), "B" + random.nextInt(1000));
            };
            if (!problems(next).isEmpty()) {
                // only a name drawn twice may clash; the editor refuses such an edit and keeps the structure
                assertTrue(op == 1 || op == 6, op + ": " + problems(next));
                continue;
            }
            s = next;
            Set<String> chainNames = new HashSet<>();
            s.crossChain().chains().forEach(ch -> chainNames.add(ch.name()));
            assertTrue(chainNames.containsAll(s.crossChain().placements().values()), "placements resolve");
            for (Chain ch : s.crossChain().chains()) {
                assertTrue(!ch.bridged() || s.crossChain().bridge(ch.bridge()).isPresent(), "bridges resolve");
            }
            assertEquals(positions, s.positions(), "positions untouched");
            assertEquals(s, StructureJson.parse(StructureJson.toJson(s)), "the file reads back as the structure");
        }
    }
}
