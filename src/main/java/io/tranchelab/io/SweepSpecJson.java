package io.tranchelab.io;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.tranchelab.model.Limits;
import io.tranchelab.model.Problem;
import io.tranchelab.model.ProblemList;
import io.tranchelab.model.Scenario;
import io.tranchelab.model.Structure;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a sweep spec (docs/format.md, "Sweep spec") as a structure file is read: one pass over
 * the JSON tree that finds every problem, each named by its JSON pointer into the spec
 * ("/variants/1/pointer: no such parameter in eth-lending-book.json"). The structures it names
 * are read relative to the spec's folder and validated; a problem in one is reported at its
 * entry, "/structures/0", with the structure's own pointer after the file name.
 */
public final class SweepSpecJson {

    public static final int SCHEMA_VERSION = 1;
    /** Limits that keep a mistyped spec (steps: 1e9) from asking for a run of years. */
    public static final int MAX_STRUCTURES = 100;
    public static final int MAX_AXES = 10;
    public static final int MAX_AXIS_VALUES = 10_000;
    public static final int MAX_VARIANTS = 100_000;
    public static final int MAX_SEEDS = 10_000;
    public static final int MAX_METRICS = 100;
    public static final long MAX_CELLS = 1_000_000;

    static final List<String> SPEC_FIELDS = List.of("schemaVersion", "name", "structures", "variants", "scenarios",
            "seeds", "paths", "metrics");
    static final List<String> GRID_FIELDS = List.of("pointer", "from", "to", "steps");
    static final List<String> LIST_FIELDS = List.of("pointer", "values");

    private final Path folder;
    private final ProblemList problems = new ProblemList();

    private SweepSpecJson(Path folder) {
        this.folder = folder;
    }

    /**
     * The spec in {@code file}, its structures read relative to the file's folder.
     *
     * @throws IOException                 when the spec file itself cannot be read (missing, a folder)
     * @throws StructureFormatException    with every problem found, each naming its pointer in the spec
     */
    public static SweepSpec read(Path file) throws IOException, StructureFormatException {
        Path folder = file.toAbsolutePath().getParent();
        return parse(StructureJson.readLimited(file), folder);
    }

    /** A spec from its text, structure paths read relative to {@code folder}. */
    public static SweepSpec parse(byte[] json, Path folder) throws StructureFormatException {
        SweepSpecJson reader = new SweepSpecJson(folder);
        SweepSpec spec = reader.readRoot(NodeReader.root(JsonParsing.parse(json), reader.problems));
        if (!reader.problems.isEmpty() || spec == null) {
            List<Problem> found = reader.problems.toList();
            throw new StructureFormatException(found.isEmpty() ? List.of(new Problem("", "not a sweep spec")) : found);
        }
        return spec;
    }

    private SweepSpec readRoot(NodeReader in) {
        if (!in.isObject()) {
            return null;
        }
        in.allowOnly(SPEC_FIELDS);
        if (!versionSupported(in)) {
            return null;
        }
        String name = in.text("name", "");
        List<SweepSpec.StructureFile> structures = structures(in);
        List<SweepSpec.Axis> axes = new ArrayList<>();
        for (NodeReader axis : in.array("variants", false, MAX_AXES)) {
            axis(axis, structures).ifPresent(axes::add);
        }
        List<String> scenarios = scenarios(in, structures);
        List<Long> seeds = new ArrayList<>();
        for (NodeReader seed : nonEmpty(in, "seeds", MAX_SEEDS)) {
            seeds.add(seed.asWholeLong());
        }
        int paths = in.whole("paths");
        if (in.has("paths") && (paths < 1 || paths > Limits.MAX_PATHS)) {
            in.report("/paths", String.format(Locale.ROOT, "is %,d; paths must be from 1 to %,d", paths,
                    Limits.MAX_PATHS));
        }
        List<String> metrics = new ArrayList<>();
        for (NodeReader metric : nonEmpty(in, "metrics", MAX_METRICS)) {
            metrics.add(metric.asText());
        }
        if (!problems.isEmpty()) {
            return null;
        }
        SweepSpec spec = new SweepSpec(name, structures, axes, scenarios, seeds, paths, metrics);
        checkSize(in, spec);
        return spec;
    }

    private static boolean versionSupported(NodeReader in) {
        if (!in.has("schemaVersion")) {
            in.report("/schemaVersion", "missing required field; it must be " + SCHEMA_VERSION);
            return true;
        }
        JsonNode version = in.raw("schemaVersion");
        if (!version.isIntegralNumber() || version.longValue() != SCHEMA_VERSION) {
            in.report("/schemaVersion", "is " + (version.isNumber() ? version.asText() : JsonValues.describe(version))
                    + "; this version of TrancheLab reads sweep specs of schemaVersion " + SCHEMA_VERSION + " only");
            return false;
        }
        return true;
    }

    private List<SweepSpec.StructureFile> structures(NodeReader in) {
        List<SweepSpec.StructureFile> out = new ArrayList<>();
        for (NodeReader entry : nonEmpty(in, "structures", MAX_STRUCTURES)) {
            boolean text = entry.isText();
            String file = entry.asText();
            if (file.isEmpty()) {
                if (text) {
                    entry.report(entry.pointer(), "is empty; give a structure file's path, relative to the spec");
                }
                continue;
            }
            try {
                out.add(new SweepSpec.StructureFile(file, StructureJson.read(folder.resolve(file))));
            } catch (NoSuchFileException e) {
                entry.report(entry.pointer(), file + ": no such file (paths are relative to the spec's folder, "
                        + folder + ")");
            } catch (IOException | java.nio.file.InvalidPathException e) {
                entry.report(entry.pointer(), file + ": cannot read (" + e.getMessage() + ")");
            } catch (StructureFormatException e) {
                // the first problem, as the CLI reports a structure it cannot load; validate lists them all
                int more = e.problems().size() - 1;
                entry.report(entry.pointer(), file + ": " + e.problems().get(0) + (more == 0 ? ""
                        : String.format(Locale.ROOT, " (and %,d more: tranchelab validate %s lists them)", more, file)));
            }
        }
        return out;
    }

    /** A grid {pointer, from, to, steps} or a list {pointer, values}, checked against every structure. */
    private java.util.Optional<SweepSpec.Axis> axis(NodeReader in, List<SweepSpec.StructureFile> structures) {
        if (!in.isObject()) {
            return java.util.Optional.empty();
        }
        boolean list = in.has("values");
        in.allowOnly(list ? LIST_FIELDS : GRID_FIELDS);
        String pointer = in.text("pointer");
        if (in.has("pointer") && !pointer.isEmpty()) {
            checkPointer(in.at("pointer"), pointer, structures);
        }
        List<Double> values = list ? listValues(in) : gridValues(in);
        return values.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new SweepSpec.Axis(in.pointer(), pointer, values));
    }

    private static List<Double> listValues(NodeReader in) {
        List<Double> values = new ArrayList<>();
        for (NodeReader value : nonEmpty(in, "values", MAX_AXIS_VALUES)) {
            values.add(value.asNumber());
        }
        return values;
    }

    /**
     * {@code steps} values evenly spaced from {@code from} to {@code to}, both included: value i is
     * from + (to - from) * i / (steps - 1), and the last is {@code to} exactly.
     */
    private static List<Double> gridValues(NodeReader in) {
        double from = in.number("from");
        double to = in.number("to");
        int steps = in.whole("steps");
        if (!in.has("from") || !in.has("to") || !in.has("steps")) {
            return List.of();
        }
        if (steps < 2 || steps > MAX_AXIS_VALUES) {
            in.report(in.at("steps"), String.format(Locale.ROOT, "is %,d; a grid has from 2 to %,d steps (for one"
                    + " value write \"values\": [%s])", steps, MAX_AXIS_VALUES, Double.toString(from)));
            return List.of();
        }
        List<Double> values = new ArrayList<>(steps);
        for (int i = 0; i < steps - 1; i++) {
            values.add(from + (to - from) * i / (steps - 1));
        }
        values.add(to);
        return values;
    }

    /** The pointer must name a number in every structure: the same parameter is varied in each. */
    private void checkPointer(String at, String pointer, List<SweepSpec.StructureFile> structures) {
        JsonPointer path;
        try {
            path = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            problems.add(at, "'" + pointer + "' is not a JSON pointer; write one like /assets/0/volatility");
            return;
        }
        for (SweepSpec.StructureFile structure : structures) {
            JsonNode node = StructureWriter.toTree(structure.structure()).at(path);
            String file = fileName(structure.file());
            if (node.isMissingNode()) {
                problems.add(at, "no such parameter in " + file + " ('" + pointer + "')");
            } else if (!node.isNumber()) {
                problems.add(at, "'" + pointer + "' is not a number in " + file + "; only numbers can be varied");
            }
        }
    }

    private List<String> scenarios(NodeReader in, List<SweepSpec.StructureFile> structures) {
        List<String> names = new ArrayList<>();
        for (NodeReader entry : nonEmpty(in, "scenarios", Limits.MAX_SCENARIOS + 1)) {
            String name = entry.asText();
            if (names.contains(name)) {
                entry.report(entry.pointer(), "'" + name + "' is listed twice; list each scenario once");
                continue;
            }
            names.add(name);
            for (SweepSpec.StructureFile structure : structures) {
                if (!Scenario.BASE_NAME.equals(name) && structure.structure().scenario(name).isEmpty()) {
                    List<String> known = new ArrayList<>(List.of(Scenario.BASE_NAME));
                    structure.structure().scenarios().forEach(s -> known.add(s.name()));
                    entry.report(entry.pointer(), "no scenario '" + name + "' in " + fileName(structure.file())
                            + "; it has: " + String.join(", ", known));
                }
            }
        }
        return names;
    }

    private static void checkSize(NodeReader in, SweepSpec spec) {
        long variants = 1;
        for (SweepSpec.Axis axis : spec.axes()) {
            variants *= axis.values().size();
            if (variants > MAX_VARIANTS) {
                in.report("/variants", String.format(Locale.ROOT, "make more than %,d variants (the product of the"
                        + " axes' lengths); sweep fewer values", MAX_VARIANTS));
                return;
            }
        }
        if (spec.cellCount() > MAX_CELLS) {
            in.report("", String.format(Locale.ROOT, "asks for %,d runs (structures x variants x scenarios x"
                    + " seeds); at most %,d are allowed", spec.cellCount(), MAX_CELLS));
        }
    }

    /** A required array with at least one element. */
    private static List<NodeReader> nonEmpty(NodeReader in, String field, int max) {
        List<NodeReader> elements = in.array(field, true, max);
        if (in.has(field) && in.raw(field).isArray() && in.raw(field).isEmpty()) {
            in.report(in.at(field), "is empty; list at least one");
        }
        return elements;
    }

    private static String fileName(String file) {
        try {
            Path name = Path.of(file).getFileName();
            return name == null ? file : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }
}
