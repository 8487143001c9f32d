package io.tranchelab.batch;

import io.tranchelab.design.SweepCell;
import io.tranchelab.design.SweepEngine;
import io.tranchelab.design.SweepRequest;
import io.tranchelab.sim.SplitRun;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan cut into {@link BlockTask}s: each cell's run into ranges of {@code blocksPerTask}
 * blocks of 256 paths (the last range possibly shorter), cells in the plan's order, ranges in
 * block order. How a plan is cut changes where the work runs, never a figure: the ranges of a
 * cell merge into its whole run to the bit (docs/model.md §9, §14.10).
 */
public final class BlockTasks {

    /** Blocks per task chosen by {@link #blocksPerTask} from the cores. */
    public static final int AUTO = 0;
    /** The automatic cut aims at this many tasks per core, so that a slow task leaves no core idle for long. */
    public static final int TASKS_PER_CORE = 2;

    private BlockTasks() {
    }

    /** Blocks (of 256 paths) in each run of the plan: every cell runs the plan's paths. */
    public static int blocksPerRun(SweepPlan plan) {
        return SplitRun.blocks(SweepEngine.settings("base", 0, plan.paths(), 1));
    }

    /**
     * The blocks per task: {@code requested} when it is positive (capped at a whole run), else
     * automatic: a whole run per task when the plan has at least {@link #TASKS_PER_CORE} cells
     * per core, otherwise each run cut into as many ranges as it takes to give every core that
     * many tasks (a run of one block stays one task).
     */
    public static int blocksPerTask(SweepPlan plan, int requested, int cores) {
        if (requested < 0) {
            throw new IllegalArgumentException("blocks per task must be at least 1 (or 0 for automatic), was "
                    + requested);
        }
        int blocks = blocksPerRun(plan);
        if (requested > 0) {
            return Math.min(requested, blocks);
        }
        long wanted = (long) TASKS_PER_CORE * Math.max(1, cores);
        int cells = plan.cells();
        if (cells >= wanted) {
            return blocks;
        }
        long rangesPerRun = Math.min(blocks, (wanted + cells - 1) / cells);
        return (int) ((blocks + rangesPerRun - 1) / rangesPerRun);
    }

    /** The tasks: cell by cell in the plan's order, each cell's ranges in block order. */
    public static List<BlockTask> of(SweepPlan plan, int blocksPerTask) {
        if (blocksPerTask < 1) {
            throw new IllegalArgumentException("blocks per task must be at least 1, was " + blocksPerTask);
        }
        int blocks = blocksPerRun(plan);
        List<BlockTask> tasks = new ArrayList<>();
        int cellIndex = 0;
        for (int s = 0; s < plan.requests().size(); s++) {
            SweepRequest request = plan.requests().get(s);
            for (SweepCell cell : request.cells()) {
                for (int first = 0; first < blocks; first += blocksPerTask) {
                    tasks.add(new BlockTask(tasks.size(), cellIndex, s, request.variants().get(cell.variantIndex()),
                            cell, first, Math.min(blocks, first + blocksPerTask), blocks));
                }
                cellIndex++;
            }
        }
        return tasks;
    }
}
