package io.tranchelab.batch;

import io.tranchelab.design.SweepCell;
import io.tranchelab.design.Variant;

import java.io.Serializable;

/**
 * One task of a distributed sweep: blocks {@code firstBlock} to {@code endBlock - 1} of the run of
 * one cell ({@link io.tranchelab.sim.SplitRun}, docs/model.md §9). {@code cellIndex} is the cell's
 * place in the plan's fixed order (structure, variant, scenario, seed), where its row goes;
 * {@code structure} indexes the plan's structures; {@code index} is the task's place in the
 * order {@link BlockTasks#of} lists them.
 */
public record BlockTask(int index, int cellIndex, int structure, Variant variant, SweepCell cell, int firstBlock,
                        int endBlock, int cellBlocks) implements Serializable {

    public BlockTask {
        if (firstBlock < 0 || endBlock > cellBlocks || firstBlock >= endBlock) {
            throw new IllegalArgumentException("blocks " + firstBlock + " to " + (endBlock - 1)
                    + " are not a range of a run of " + cellBlocks + " blocks");
        }
    }

    /** The task runs the whole of its cell's run: its row needs no merge. */
    public boolean wholeCell() {
        return firstBlock == 0 && endBlock == cellBlocks;
    }
}
