package io.tranchelab.io;

import io.tranchelab.model.Structure;

import java.util.List;
import java.util.Objects;

/**
 * A sweep spec file as read (docs/format.md, "Sweep spec"): the structures to sweep, the axes
 * whose Cartesian product makes the variants, and the scenarios, seeds, paths and metrics every
 * variant of every structure runs with. Its form is checked by {@link SweepSpecJson}: each
 * structure loaded and valid, each axis pointer naming a number of every structure, each scenario
 * known to every structure. Metrics stay text here; the layer that knows them reads them.
 */
public record SweepSpec(String name, List<StructureFile> structures, List<Axis> axes, List<String> scenarios,
                        List<Long> seeds, int paths, List<String> metrics) {

    public SweepSpec {
        Objects.requireNonNull(name, "name");
        structures = List.copyOf(structures);
        axes = List.copyOf(axes);
        scenarios = List.copyOf(scenarios);
        seeds = List.copyOf(seeds);
        metrics = List.copyOf(metrics);
    }

    /** A structure of the spec: the path as the spec wrote it (relative to the spec's folder) and the structure. */
    public record StructureFile(String file, Structure structure) {

        public StructureFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(structure, "structure");
        }
    }

    /**
     * One parameter varied: the number at {@code pointer} (into each structure's JSON form) takes
     * each of {@code values} in turn. {@code at} is where the axis is in the spec ("/variants/1"),
     * so a value refused later can still be named in the spec.
     */
    public record Axis(String at, String pointer, List<Double> values) {

        public Axis {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(pointer, "pointer");
            values = List.copyOf(values);
        }
    }

    /** The number of variants: the product of the axes' lengths (1, the base alone, without axes). */
    public int variantCount() {
        long count = 1;
        for (Axis axis : axes) {
            count *= axis.values().size();
        }
        return (int) count;
    }

    /** The runs the spec asks for: structures x variants x scenarios x seeds. */
    public long cellCount() {
        return (long) structures.size() * variantCount() * scenarios.size() * seeds.size();
    }
}
