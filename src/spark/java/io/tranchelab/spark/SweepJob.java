package io.tranchelab.spark;

import io.tranchelab.design.MetricSpec;

import java.io.Serializable;
import java.util.List;

/**
 * What every task shares, broadcast once to each executor: the structures as their JSON text
 * (the file format is the structure's one serial form, and it reads back to an equal structure),
 * the paths per run, the metrics, and the simulator threads per task.
 */
record SweepJob(List<String> structures, int paths, List<MetricSpec> metrics, int threadsPerTask)
        implements Serializable {

    SweepJob {
        structures = List.copyOf(structures);
        metrics = List.copyOf(metrics);
    }
}
