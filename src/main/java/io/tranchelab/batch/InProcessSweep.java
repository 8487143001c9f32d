package io.tranchelab.batch;

import io.tranchelab.design.SweepEngine;
import io.tranchelab.design.SweepRequest;
import io.tranchelab.design.SweepTable;
import io.tranchelab.sim.CancellationToken;
import io.tranchelab.sim.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/** Runs a plan in this process on the sweep engine, structure after structure, on {@code threads} threads. */
public final class InProcessSweep {

    private InProcessSweep() {
    }

    /** Progress is the fraction of all the plan's cells done. */
    public static SweepResults run(SweepPlan plan, int threads, ProgressListener progress, CancellationToken cancel) {
        List<SweepTable> tables = new ArrayList<>();
        int total = plan.cells();
        int before = 0;
        for (SweepRequest request : plan.requests()) {
            int done = before;
            int cells = request.cells().size();
            tables.add(SweepEngine.run(request, threads, f -> progress.progress((done + f * cells) / total), cancel));
            before += cells;
        }
        return new SweepResults(plan, tables);
    }
}
