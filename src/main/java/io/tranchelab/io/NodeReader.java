package io.tranchelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.tranchelab.model.Pointers;
import io.tranchelab.model.ProblemList;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads one JSON object of the tree, knowing its JSON pointer. Nothing here throws: a missing
 * field, a wrong type or a non-finite number is recorded as a {@link Problem} and a neutral
 * value is returned, so that one pass finds every problem in the file.
 */
final class NodeReader {

    private final JsonNode node;
    private final String pointer;
    private final ProblemList problems;
    /** The file's schemaVersion: what it may use (docs/format.md "Versions"). */
    private final int version;

    private NodeReader(JsonNode node, String pointer, ProblemList problems, int version) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        this.version = version;
    }

    /** The root of a file of the current schemaVersion. */
    static NodeReader root(JsonNode node, ProblemList problems) {
        return root(node, problems, StructureJson.SCHEMA_VERSION);
    }

    /** The root of a file of {@code version}: fields and kinds added in later versions are refused. */
    static NodeReader root(JsonNode node, ProblemList problems, int version) {
        return new NodeReader(node, "", problems, version);
    }

    int version() {
        return version;
    }

    String pointer() {
        return pointer;
    }

    void report(String at, String message) {
        problems.add(at, message);
    }

    /** The field's JSON value as it is; only after {@link #has} said it is there. */
    JsonNode raw(String field) {
        return node.get(field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /**
     * Reports every field the shape does not have, and every field (or the whole object, for a
     * shape that is new) that the file's schemaVersion does not have yet.
     */
    void allowOnly(JsonShape shape) {
        if (shape.since() > version) {
            report(pointer, "a " + shape.schemaName() + " needs schemaVersion " + shape.since()
                    + "; this file is schemaVersion " + version);
            return;
        }
        allowOnly(shape.fields());
        for (String field : shape.fields()) {
            int since = shape.since(field);
            if (since > version && node.has(field)) {
                report(Pointers.child(pointer, field), "needs schemaVersion " + since + "; this file is schemaVersion "
                        + version);
            }
        }
    }

    /** Reports every field not in {@code fields} (for documents other than a structure, e.g. a sweep spec). */
    void allowOnly(List<String> fields) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!fields.contains(name)) {
                String suggestion = FieldNames.closest(name, fields);
                report(Pointers.child(pointer, name), "unknown field"
                        + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)")
                        + "; allowed here: " + String.join(", ", fields));
            }
        }
    }

    String text(String field) {
        JsonNode value = required(field);
        return value == null ? "" : JsonValues.text(value, at(field), this);
    }

    String text(String field, String fallback) {
        return node.has(field) ? JsonValues.text(node.get(field), at(field), this) : fallback;
    }

    double number(String field) {
        JsonNode value = required(field);
        return value == null ? 0 : JsonValues.number(value, at(field), this);
    }

    double number(String field, double fallback) {
        return node.has(field) ? JsonValues.number(node.get(field), at(field), this) : fallback;
    }

    OptionalDouble optionalNumber(String field) {
        return node.has(field) ? OptionalDouble.of(JsonValues.number(node.get(field), at(field), this))
                : OptionalDouble.empty();
    }

    int whole(String field) {
        JsonNode value = required(field);
        return value == null ? 0 : (int) JsonValues.whole(value, at(field), Integer.MIN_VALUE, Integer.MAX_VALUE, this);
    }

    int whole(String field, int fallback) {
        return node.has(field)
                ? (int) JsonValues.whole(node.get(field), at(field), Integer.MIN_VALUE, Integer.MAX_VALUE, this)
                : fallback;
    }

    long wholeLong(String field) {
        JsonNode value = required(field);
        return value == null ? 0 : JsonValues.whole(value, at(field), Long.MIN_VALUE, Long.MAX_VALUE, this);
    }

    /** The nested object, empty when absent (or reported when required) or not an object. */
    Optional<NodeReader> object(String field, boolean required) {
        JsonNode value = required ? required(field) : node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        return JsonValues.expect(value, value.isObject(), "an object", at(field), this)
                ? Optional.of(new NodeReader(value, at(field), problems, version)) : Optional.empty();
    }

    /**
     * The elements of an array field; empty when absent (or reported when required), not an
     * array, or longer than {@code max}. The length is checked before anything is built per
     * element, so that a small file with a huge array (30,000 assets) costs nothing sized by it.
     */
    List<NodeReader> array(String field, boolean required, int max) {
        JsonNode value = required ? required(field) : node.get(field);
        if (value == null || !JsonValues.expect(value, value.isArray(), "an array", at(field), this)) {
            return List.of();
        }
        return new NodeReader(value, at(field), problems, version).elements(max);
    }

    /** The elements of this node, which is an array; none (and reported) when there are more than {@code max}. */
    List<NodeReader> elements(int max) {
        if (!withinCount(node.size(), max, "entries")) {
            return List.of();
        }
        List<NodeReader> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new NodeReader(node.get(i), Pointers.child(pointer, i), problems, version));
        }
        return out;
    }

    /** Reports, at this node, a count of elements or fields over its limit. */
    boolean withinCount(int count, int max, String things) {
        if (count <= max) {
            return true;
        }
        report(pointer, String.format(Locale.ROOT, "has %,d %s; at most %,d are allowed", count, things, max));
        return false;
    }

    /** The number of fields of this node, which is an object. */
    int fieldCount() {
        return node.size();
    }

    /** This node as an object to read fields from; reports and returns false when it is something else. */
    boolean isObject() {
        return JsonValues.expect(node, node.isObject(), "an object", pointer, this);
    }

    /** This node as an array (for rows of a matrix); reports and returns false when it is something else. */
    boolean isArray() {
        return JsonValues.expect(node, node.isArray(), "an array", pointer, this);
    }

    /** This node as a number (for array entries). */
    double asNumber() {
        return JsonValues.number(node, pointer, this);
    }

    /** Whether this node is a string (to tell an empty one from one of another type, reported already). */
    boolean isText() {
        return node.isTextual();
    }

    /** This node as a string (for array entries). */
    String asText() {
        return JsonValues.text(node, pointer, this);
    }

    /** This node as a whole number of any size a long holds (for array entries, e.g. seeds). */
    long asWholeLong() {
        return JsonValues.whole(node, pointer, Long.MIN_VALUE, Long.MAX_VALUE, this);
    }

    Iterator<String> fieldNames() {
        return node.fieldNames();
    }

    String at(String field) {
        return Pointers.child(pointer, field);
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            report(at(field), "missing required field");
        }
        return value;
    }
}
