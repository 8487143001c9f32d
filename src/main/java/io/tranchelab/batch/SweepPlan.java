package io.tranchelab.batch;

import io.tranchelab.design.InvalidOverrideException;
import io.tranchelab.design.MetricSpec;
import io.tranchelab.design.ParameterOverride;
import io.tranchelab.design.StructureOverrides;
import io.tranchelab.design.SweepRequest;
import io.tranchelab.design.Variant;
import io.tranchelab.io.StructureFormatException;
import io.tranchelab.io.SweepSpec;
import io.tranchelab.model.Problem;
import io.tranchelab.model.ProblemList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep spec turned into the engine's requests: one {@link SweepRequest} per structure, each
 * with the same variants (the Cartesian product of the spec's axes), scenarios, seeds, paths and
 * metrics. Everything a run could refuse is refused here, before any run, at its pointer in the
 * spec: a metric that is not one, or names a tranche a structure lacks; a variant that makes a
 * structure invalid. Both runners (in-process, Spark) run the same plan into the same table.
 */
public record SweepPlan(SweepSpec spec, List<Variant> variants, List<SweepRequest> requests) {

    public SweepPlan {
        variants = List.copyOf(variants);
        requests = List.copyOf(requests);
    }

    /** The plan of {@code spec} at the spec's paths. */
    public static SweepPlan of(SweepSpec spec) throws StructureFormatException {
        return of(spec, spec.paths());
    }

    /**
     * The plan of {@code spec} at {@code paths} paths per run (the command line's --paths).
     *
     * @throws StructureFormatException with every problem found, each at its pointer in the spec
     */
    public static SweepPlan of(SweepSpec spec, int paths) throws StructureFormatException {
        ProblemList problems = new ProblemList();
        List<MetricSpec> metrics = metrics(spec, problems);
        List<Variant> variants = variants(spec.axes());
        checkVariants(spec, variants, problems);
        if (!problems.isEmpty()) {
            throw new StructureFormatException(problems.toList());
        }
        List<SweepRequest> requests = new ArrayList<>();
        for (SweepSpec.StructureFile structure : spec.structures()) {
            requests.add(new SweepRequest(structure.structure(), variants, spec.scenarios(), spec.seeds(), paths,
                    metrics));
        }
        return new SweepPlan(spec, variants, requests);
    }

    /** Runs in all: structures x variants x scenarios x seeds. */
    public int cells() {
        return requests.stream().mapToInt(r -> r.cells().size()).sum();
    }

    public List<MetricSpec> metrics() {
        return requests.get(0).metrics();
    }

    public int paths() {
        return requests.get(0).paths();
    }

    private static List<MetricSpec> metrics(SweepSpec spec, ProblemList problems) {
        List<MetricSpec> metrics = new ArrayList<>();
        for (int i = 0; i < spec.metrics().size(); i++) {
            String at = "/metrics/" + i;
            try {
                MetricSpec metric = MetricSpec.parse(spec.metrics().get(i));
                for (SweepSpec.StructureFile structure : spec.structures()) {
                    try {
                        metric.requireIn(structure.structure());
                    } catch (IllegalArgumentException e) {
                        problems.add(at, e.getMessage() + " (in " + fileName(structure.file()) + ")");
                    }
                }
                metrics.add(metric);
            } catch (IllegalArgumentException e) {
                problems.add(at, e.getMessage());
            }
        }
        return metrics;
    }

    /**
     * The Cartesian product of the axes, the last axis varying fastest: axes (a: 1, 2) and
     * (b: 5, 6) give a=1 b=5, a=1 b=6, a=2 b=5, a=2 b=6. No axes: the base alone.
     */
    static List<Variant> variants(List<SweepSpec.Axis> axes) {
        if (axes.isEmpty()) {
            return List.of(Variant.base());
        }
        List<List<ParameterOverride>> combinations = List.of(List.of());
        for (SweepSpec.Axis axis : axes) {
            List<List<ParameterOverride>> next = new ArrayList<>(combinations.size() * axis.values().size());
            for (List<ParameterOverride> prefix : combinations) {
                for (double value : axis.values()) {
                    List<ParameterOverride> combination = new ArrayList<>(prefix);
                    combination.add(new ParameterOverride(axis.pointer(), value));
                    next.add(combination);
                }
            }
            combinations = next;
        }
        List<Variant> variants = new ArrayList<>(combinations.size());
        for (List<ParameterOverride> overrides : combinations) {
            variants.add(new Variant(label(overrides), overrides));
        }
        return variants;
    }

    /** "/assets/0/volatility=0.6 /positions/0/liquidationCapacity=1.0E7": each value as its exact text. */
    static String label(List<ParameterOverride> overrides) {
        StringBuilder label = new StringBuilder();
        for (ParameterOverride override : overrides) {
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(override.pointer()).append('=').append(override.value());
        }
        return label.toString();
    }

    /**
     * Applies every variant to every structure, as the engine would before its first run, and
     * reports a refused one at the axis whose pointer the refusal names (else at /variants),
     * once per axis and structure: a grid that leaves the allowed range is one mistake.
     */
    private static void checkVariants(SweepSpec spec, List<Variant> variants, ProblemList problems) {
        for (SweepSpec.StructureFile structure : spec.structures()) {
            List<String> reported = new ArrayList<>();
            for (Variant variant : variants) {
                try {
                    StructureOverrides.apply(structure.structure(), variant.overrides());
                } catch (InvalidOverrideException e) {
                    Problem first = e.problems().isEmpty() ? new Problem("", e.getMessage()) : e.problems().get(0);
                    String at = axisAt(spec.axes(), first.pointer());
                    if (!reported.contains(at)) {
                        reported.add(at);
                        problems.add(at, "the variant " + variant.label() + " is refused in "
                                + fileName(structure.file()) + ": " + first);
                    }
                }
            }
        }
    }

    private static String axisAt(List<SweepSpec.Axis> axes, String structurePointer) {
        for (SweepSpec.Axis axis : axes) {
            if (axis.pointer().equals(structurePointer)) {
                return axis.at();
            }
        }
        return "/variants";
    }

    static String fileName(String file) {
        try {
            Path name = Path.of(file).getFileName();
            return name == null ? file : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }
}
