package io.tranchelab.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.design.SweepCell;
import io.tranchelab.design.SweepEngine;
import io.tranchelab.design.SweepRequest;
import io.tranchelab.design.SweepRow;
import io.tranchelab.design.Variant;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.SweepSpecJson;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.PartialRun;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * A sweep cut into block tasks (docs/model.md §14.10): which tasks a cut makes, and that every cut
 * gives each cell the row of its direct run, double for double, with the parts sent through Java
 * serialization and merged out of order, as on Spark.
 */
class BlockRunsTest {

    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    /** 2 structures x 2 variants x 1 seed = 4 cells; 1,100 paths = 5 blocks (4 x 256 + 76). */
    private static final String SPEC = """
            {
              "schemaVersion": 1,
              "structures": ["eth-lending-book.json", "credit-pool-reputation.json"],
              "variants": [{"pointer": "/tranches/0/share", "values": [0.7, 0.8]}],
              "scenarios": ["base"],
              "seeds": [17],
              "paths": 1100,
              "metrics": ["tranche:Senior:el", "tranche:Equity:returnMean", "pool:pBadDebt"]
            }
            """;

    @Test
    void eachRunIsCutIntoRangesOfTheAskedBlocksCellsInThePlansOrderRangesInBlockOrder() throws Exception {
        SweepPlan plan = plan(SPEC);
        assertEquals(5, BlockTasks.blocksPerRun(plan));

        List<BlockTask> tasks = BlockTasks.of(plan, 2);

        // per cell: blocks 0-1, 2-3, 4; cells: lending 0.7, lending 0.8, credit pool 0.7, credit pool 0.8
        assertEquals(12, tasks.size());
        int[][] expected = { // cell, structure, first block, end block
            {0, 0, 0, 2}, {0, 0, 2, 4}, {0, 0, 4, 5}, {1, 0, 0, 2}, {1, 0, 2, 4}, {1, 0, 4, 5},
            {2, 1, 0, 2}, {2, 1, 2, 4}, {2, 1, 4, 5}, {3, 1, 0, 2}, {3, 1, 2, 4}, {3, 1, 4, 5}};
        for (int i = 0; i < tasks.size(); i++) {
            BlockTask task = tasks.get(i);
            assertEquals(i, task.index());
            assertEquals(List.of(expected[i][0], expected[i][1], expected[i][2], expected[i][3]),
                    List.of(task.cellIndex(), task.structure(), task.firstBlock(), task.endBlock()), "task " + i);
            assertEquals(5, task.cellBlocks());
        }
        assertEquals("/tranches/0/share=0.8", tasks.get(4).variant().label());
        assertEquals(1, tasks.get(4).cell().variantIndex());
        assertEquals(17L, tasks.get(11).cell().seed());
        assertEquals(4, BlockTasks.of(plan, 5).size());
        assertTrue(BlockTasks.of(plan, 5).stream().allMatch(BlockTask::wholeCell));
        assertEquals(20, BlockTasks.of(plan, 1).size());
        assertTrue(BlockTasks.of(plan, 1).stream().noneMatch(BlockTask::wholeCell));
    }

    @Test
    void aTaskIsARangeOfItsRunsBlocks() {
        SweepCell cell = new SweepCell(0, "base", 1);
        assertEquals("blocks 4 to 5 are not a range of a run of 5 blocks", assertThrows(IllegalArgumentException.class,
                () -> new BlockTask(0, 0, 0, Variant.base(), cell, 4, 6, 5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BlockTask(0, 0, 0, Variant.base(), cell, -1, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> new BlockTask(0, 0, 0, Variant.base(), cell, 2, 2, 5));
        assertTrue(new BlockTask(0, 0, 0, Variant.base(), cell, 0, 5, 5).wholeCell());
        assertFalse(new BlockTask(0, 0, 0, Variant.base(), cell, 4, 5, 5).wholeCell()); // the last block alone
        assertFalse(new BlockTask(0, 0, 0, Variant.base(), cell, 0, 4, 5).wholeCell());
    }

    @Test
    void theAutomaticCutGivesEveryCoreTwoTasks() throws Exception {
        SweepPlan four = plan(SPEC); // 4 cells of 5 blocks
        assertEquals(5, BlockTasks.blocksPerTask(four, BlockTasks.AUTO, 1)); // 2 tasks wanted, 4 cells: whole runs
        assertEquals(5, BlockTasks.blocksPerTask(four, BlockTasks.AUTO, 2)); // 4 wanted, 4 cells
        assertEquals(3, BlockTasks.blocksPerTask(four, BlockTasks.AUTO, 4)); // 8 wanted: 2 ranges of a run, 3 + 2
        assertEquals(1, BlockTasks.blocksPerTask(four, BlockTasks.AUTO, 16)); // 32 wanted: no fewer than a block
        assertEquals(2, BlockTasks.blocksPerTask(four, 2, 16)); // asked: as asked
        assertEquals(5, BlockTasks.blocksPerTask(four, 7, 1)); // more than a run: a run

        // one cell of 20,000 paths: 79 blocks (78 x 256 = 19,968); 2 cores want 4 tasks: ranges of 20, 20, 20, 19
        SweepPlan one = plan(SPEC.replace("\"eth-lending-book.json\", \"credit-pool-reputation.json\"",
                "\"eth-lending-book.json\"").replace("[0.7, 0.8]", "[0.7]").replace("1100", "20000"));
        assertEquals(79, BlockTasks.blocksPerRun(one));
        assertEquals(20, BlockTasks.blocksPerTask(one, BlockTasks.AUTO, 2));
        assertEquals(List.of(20, 20, 20, 19), BlockTasks.of(one, 20).stream()
                .map(t -> t.endBlock() - t.firstBlock()).toList());

        assertThrows(IllegalArgumentException.class, () -> BlockTasks.blocksPerTask(four, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> BlockTasks.of(four, 0));
    }

    @Test
    void everyCutGivesEachCellTheRowOfItsDirectRunToTheBit() throws Exception {
        SweepPlan plan = plan(SPEC);
        List<SweepRow> direct = direct(plan);

        for (int blocksPerTask : new int[] {1, 2, 3, 5}) {
            assertEquals(direct, split(plan, blocksPerTask), blocksPerTask + " blocks per task");
        }
    }

    @Test
    void aScenarioRunCutIntoBlocksToo() throws Exception {
        SweepPlan plan = plan(SPEC.replace(", \"credit-pool-reputation.json\"", "")
                .replace("[\"base\"]", "[\"Black Thursday (12 March 2020)\"]"));

        assertEquals(direct(plan), split(plan, 2));
    }

    /** Each cell as the in-process engine evaluates it. */
    private static List<SweepRow> direct(SweepPlan plan) {
        List<SweepRow> rows = new ArrayList<>();
        for (SweepRequest request : plan.requests()) {
            request.cells().forEach(cell -> rows.add(SweepEngine.evaluate(request.base(),
                    request.variants().get(cell.variantIndex()), cell, plan.paths(), plan.metrics(), 1,
                    CancellationToken.none())));
        }
        return rows;
    }

    /** Every task simulated and sent over the wire, the parts of each cell merged in reverse order. */
    private static List<SweepRow> split(SweepPlan plan, int blocksPerTask) throws Exception {
        List<BlockTask> tasks = BlockTasks.of(plan, blocksPerTask);
        Map<Integer, List<PartialRun>> parts = new TreeMap<>();
        Map<Integer, BlockTask> taskOf = new TreeMap<>();
        for (BlockTask task : tasks) {
            PartialRun part = BlockRuns.simulate(plan.requests().get(task.structure()).base(), task, plan.paths(), 1);
            parts.computeIfAbsent(task.cellIndex(), c -> new ArrayList<>()).add(overTheWire(part));
            taskOf.put(task.cellIndex(), task);
        }
        List<SweepRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<PartialRun>> cell : parts.entrySet()) {
            BlockTask task = taskOf.get(cell.getKey());
            List<PartialRun> reversed = new ArrayList<>(cell.getValue());
            Collections.reverse(reversed);
            rows.add(BlockRuns.row(plan.requests().get(task.structure()).base(), task.variant(), task.cell(),
                    plan.paths(), plan.metrics(), reversed));
        }
        return rows;
    }

    private static PartialRun overTheWire(PartialRun part) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(part);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PartialRun) in.readObject();
        }
    }

    private static SweepPlan plan(String json) throws StructureFormatException {
        return SweepPlan.of(SweepSpecJson.parse(json.getBytes(StandardCharsets.UTF_8), SAMPLES));
    }
}
