package io.tranchelab.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tranchelab.batch.InProcessSweep;
import io.tranchelab.batch.SweepPlan;
import io.tranchelab.batch.SweepResults;
import io.tranchelab.batch.TaskProgress;
import io.tranchelab.cli.Cli;
import io.tranchelab.report.SweepCsv;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark's local mode against the in-process engine on the same plan: equal tables, double for
 * double, whatever the cut into block tasks and the partitioning; the sweep command finding the runner; a bad spec and an
 * unreachable master each refused in one line (docs/model.md §14.10).
 */
class LocalSparkSweepTest {

    @TempDir
    static Path work;

    private static SweepPlan plan;
    private static SweepResults inProcess;

    @BeforeAll
    static void runTheSpecInProcess() throws Exception {
        plan = SweepSpecs.plan(work);
        inProcess = InProcessSweep.run(plan, 2, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void localTwoGivesTheInProcessTableBitForBitWithProgressPerTask() {
        List<Integer> progress = new CopyOnWriteArrayList<>();

        SweepResults spark = new SparkSweepRunner().run(plan, "local[2]", (done, total) -> {
            assertEquals(SweepSpecs.CELLS, total);
            progress.add(done);
        }, CancellationToken.none());

        assertEquals(inProcess.tables(), spark.tables()); // List<Double>.equals: Double.equals, bit for bit
        assertEquals(SweepCsv.of(inProcess), SweepCsv.of(spark));
        assertEquals(SweepSpecs.CELLS, progress.size(), "one report per task: " + progress);
        assertEquals(SweepSpecs.CELLS, (int) progress.get(progress.size() - 1));
    }

    /** 16 tasks in 3 partitions: partitions of 5, 5 and 6 tasks, none aligned with a structure or variant. */
    @Test
    void anotherPartitioningGivesTheSameTable() {
        SweepResults spark = new SparkSweepRunner(Map.of(), 3).run(plan, "local[2]", TaskProgress.NONE,
                CancellationToken.none());

        assertEquals(inProcess.tables(), spark.tables());
    }

    /**
     * Each run of 400 paths cut into its 2 blocks (256 + 144 paths): 32 block tasks, one
     * partition each, the parts of each cell shuffled to its merge.
     */
    @Test
    void blockTasksGiveTheInProcessTableBitForBitWithProgressPerBlockTask() {
        List<Integer> progress = new CopyOnWriteArrayList<>();

        SweepResults spark = new SparkSweepRunner().run(plan, "local[2]", 1, (done, total) -> {
            assertEquals(2 * SweepSpecs.CELLS, total);
            progress.add(done);
        }, CancellationToken.none());

        assertEquals(inProcess.tables(), spark.tables());
        assertEquals(2 * SweepSpecs.CELLS, progress.size(), "one report per block task: " + progress);
        assertEquals(2 * SweepSpecs.CELLS, (int) progress.get(progress.size() - 1));
    }

    /**
     * 32 block tasks in 5 partitions of 6, 6, 7, 6 and 7 tasks: partitions that split a cell's
     * blocks between them; progress counts each partition's block tasks.
     */
    @Test
    void blockTasksInPartitionsThatSplitCellsGiveTheSameTable() {
        List<Integer> progress = new CopyOnWriteArrayList<>();

        SweepResults spark = new SparkSweepRunner(Map.of(), 5).run(plan, "local[2]", 1,
                (done, total) -> progress.add(done), CancellationToken.none());

        assertEquals(inProcess.tables(), spark.tables());
        assertEquals(5, progress.size(), "one report per partition: " + progress);
        assertEquals(2 * SweepSpecs.CELLS, (int) progress.get(progress.size() - 1));
        assertTrue(List.of(6, 7).contains(progress.get(0)), progress.toString());
    }

    /** The counter's idea of which block tasks a partition holds is Spark's own slicing. */
    @Test
    void theProgressCountsAPartitionsTasksAsSparkSlicesThem() {
        org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf().setMaster("local[1]")
                .setAppName("slices").set("spark.ui.enabled", "false");
        try (org.apache.spark.api.java.JavaSparkContext spark = new org.apache.spark.api.java.JavaSparkContext(conf)) {
            for (int[] nAndP : new int[][] {{32, 5}, {16, 3}, {7, 7}, {79, 4}}) {
                int n = nAndP[0];
                int p = nAndP[1];
                List<Integer> items = java.util.stream.IntStream.range(0, n).boxed().toList();
                List<Integer> sparks = spark.parallelize(items, p).glom().collect().stream().map(List::size).toList();
                List<Integer> ours = java.util.stream.IntStream.range(0, p).map(i -> TaskCounter.tasksIn(i, n, p))
                        .boxed().toList();
                assertEquals(sparks, ours, n + " in " + p);
            }
        }
        assertEquals(List.of(6, 6, 7, 6, 7), java.util.stream.IntStream.range(0, 5)
                .map(i -> TaskCounter.tasksIn(i, 32, 5)).boxed().toList()); // floor(32 i / 5): 0, 6, 12, 19, 25, 32
    }

    @Test
    void theSweepCommandFindsTheSparkRunnerAndWritesTheSameFileAsInProcess() throws Exception {
        Path spec = SweepSpecs.write(Files.createDirectories(work.resolve("cli")));
        Path here = work.resolve("cli/in-process.csv");
        Path onSpark = work.resolve("cli/spark.csv");

        Run local = run("sweep", spec.toString(), "--out", here.toString(), "--threads", "2");
        Run spark = run("sweep", spec.toString(), "--master", "local[2]", "--out", onSpark.toString());
        Path inBlocks = work.resolve("cli/spark-blocks.csv");
        Run blocks = run("sweep", spec.toString(), "--master", "local[2]", "--blocks-per-task", "1", "--out",
                inBlocks.toString());

        assertEquals(0, local.code, local.err);
        assertEquals(0, spark.code, spark.err);
        assertEquals(0, blocks.code, blocks.err);
        assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(onSpark));
        assertArrayEquals(Files.readAllBytes(here), Files.readAllBytes(inBlocks));
        assertEquals(SweepSpecs.CELLS + 1, Files.readAllLines(onSpark).size()); // the header and one row per run
        assertTrue(spark.err.contains("sweep: task 16 of 16 done ("), spark.err);
        assertTrue(blocks.err.contains("in tasks of 1 blocks of 256 paths"), blocks.err);
        assertTrue(blocks.err.contains("sweep: task 32 of 32 done ("), blocks.err);
    }

    @Test
    void aBadSpecIsRefusedAtItsPointerBeforeSparkStarts() throws Exception {
        Path folder = Files.createDirectories(work.resolve("bad"));
        Path spec = SweepSpecs.write(folder, SweepSpecs.SPEC.replace("/tranches/0/share", "/tranches/0/sahre"));

        Run run = run("sweep", spec.toString(), "--master", "local[2]");

        assertEquals(Cli.BAD_INPUT, run.code);
        assertEquals(spec + ": /variants/1/pointer: no such parameter in eth-lending-book.json ('/tranches/0/sahre')"
                + " (and 1 more problem)", run.errorLine().replaceFirst("^tranchelab: ", ""));
    }

    @Test
    void anUnreachableMasterIsOneLineAfterABoundedWait() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free now, and nobody listens once it is closed
        }
        long start = System.nanoTime();

        Run run = run("sweep", SweepSpecs.write(Files.createDirectories(work.resolve("unreachable"))).toString(),
                "--master", "spark://127.0.0.1:" + closedPort);

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Cli.BAD_INPUT, run.code);
        String line = run.errorLine();
        assertTrue(line.startsWith("tranchelab: cannot reach the Spark master at spark://127.0.0.1:" + closedPort),
                line);
        assertFalse(line.contains("Exception"), line);
        assertTrue(seconds < SparkSweepRunner.CONNECT_TIMEOUT.toSeconds() + 30, "took " + seconds + " s");
    }

    private record Run(int code, String out, String err) {

        /** The one line on stderr that is not progress. */
        String errorLine() {
            List<String> lines = err.lines().filter(l -> !l.startsWith("sweep: ")).toList();
            assertEquals(1, lines.size(), "expected one line on stderr besides progress, got:\n" + err);
            return lines.get(0);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
