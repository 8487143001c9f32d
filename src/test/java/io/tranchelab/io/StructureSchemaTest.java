package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.ExampleStructures;
import io.tranchelab.model.Pointers;
import io.tranchelab.model.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Keeps docs/structure.schema.json in step with the code: the schema's objects have exactly
 * the fields the reader accepts ({@link JsonShape}) and the writer emits, its required lists are
 * what the reader requires, and every simple bound it states is one the validator enforces.
 */
class StructureSchemaTest {

    private static final JsonNode SCHEMA = load();
    private static final ObjectNode WRITTEN = writtenFullExample();
    /** The full example under each waterfall kind (docs/model.md §7.9): one structure has one kind. */
    private static final List<ObjectNode> WRITTEN_KINDS = ExampleStructures.ofEachKind().stream()
            .map(StructureSchemaTest::written).toList();

    @Test
    void theSchemaIsDraft2020_12AndDescribesTheStructure() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").asText());
        assertEquals("#/$defs/structure", SCHEMA.get("$ref").asText());
    }

    @Test
    void eachSchemaObjectHasExactlyTheFieldsTheReaderAccepts() {
        Set<String> defs = new TreeSet<>();
        SCHEMA.get("$defs").fieldNames().forEachRemaining(defs::add);
        assertEquals(Arrays.stream(JsonShape.values()).map(JsonShape::schemaName).collect(Collectors.toSet()), defs);
        for (JsonShape shape : JsonShape.values()) {
            JsonNode def = SCHEMA.get("$defs").get(shape.schemaName());
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(shape.fields(), properties, shape.schemaName());
            assertFalse(def.get("additionalProperties").asBoolean(true), shape.schemaName() + " must be closed");
            if (shape.kind() != null) {
                assertEquals(shape.kind(), def.get("properties").get("kind").get("const").asText());
            }
        }
    }

    @Test
    void theWriterEmitsEveryFieldTheSchemaDescribesAndNoOther() {
        // per schema object: the fields written in any example (an optional field at its default is omitted)
        Map<String, Set<String>> written = new java.util.TreeMap<>();
        Map<String, Set<String>> described = new java.util.TreeMap<>();
        eachObjectOfEveryExample((tree, pointer, def) -> {
            String shape = def.get("description").asText();
            tree.at(pointer).fieldNames().forEachRemaining(f -> written.computeIfAbsent(shape, k -> new TreeSet<>()).add(f));
            Set<String> fields = described.computeIfAbsent(shape, k -> new TreeSet<>());
            def.get("properties").fieldNames().forEachRemaining(fields::add);
            Set<String> extra = new TreeSet<>(written.get(shape));
            extra.removeAll(fields);
            assertTrue(extra.isEmpty(), pointer + " writes fields the schema does not describe: " + extra);
        });
        assertEquals(described, written);
        assertEquals(JsonShape.values().length, described.size(), "every shape occurs in the examples");
    }

    @Test
    void theSchemaRequiresExactlyTheFieldsTheReaderRequires() {
        eachObjectOfEveryExample((example, pointer, def) -> {
            Set<String> required = new TreeSet<>();
            def.get("required").forEach(r -> required.add(r.asText()));
            def.get("properties").fieldNames().forEachRemaining(field -> {
                String at = Pointers.child(pointer, field);
                ObjectNode tree = example.deepCopy();
                JsonFixtures.remove(tree, at);
                boolean reportedMissing = problems(tree).stream()
                        .anyMatch(p -> p.pointer().equals(at) && p.message().contains("missing required field"));
                assertEquals(required.contains(field), reportedMissing, at);
            });
        });
    }

    @Test
    void everyBoundTheSchemaStatesIsTheValidatorsBound() {
        List<String> checked = new ArrayList<>();
        eachObjectOfEveryExample((example, pointer, def) -> def.get("properties").properties().forEach(property -> {
            String at = Pointers.child(pointer, property.getKey());
            boundaryValues(property.getValue()).forEach((value, allowed) -> {
                if (allowed && (PINNED_BY_ANOTHER_FIELD.stream().anyMatch(at::matches)
                        || example != WRITTEN && PINNED_BY_THE_KIND.stream().anyMatch(at::matches))) {
                    return;
                }
                ObjectNode tree = example.deepCopy();
                JsonFixtures.set(tree, at, value);
                List<Problem> problems = problems(tree);
                assertEquals(!allowed, problems.stream().anyMatch(p -> p.pointer().equals(at)),
                        () -> at + " = " + value + (allowed ? " should be accepted" : " should be refused")
                                + ", got " + problems);
                checked.add(at);
            });
        }));
        assertTrue(checked.size() > 80, "bounds checked: " + checked);
    }

    /** Fields (patterns) whose allowed values the schema states in general, but other fields narrow here. */
    private static final Set<String> PINNED_BY_ANOTHER_FIELD = Set.of(
            "/tranches/2/coupon", // the equity tranche's coupon is 0
            "/creditScoreTable/\\d+/minScore", // the first band starts at 0, the others increase strictly
            "/positions/1/ltvHigh", // at least ltvLow
            "/scenarios/0/correlationOverride", // at least -1/(n-1) for n assets
            "/positions/0/units", // units x price is at least a cent
            "/simulation/paths", // paths x steps x (assets, positions, borrowers, chains) within the work limit
            "/scenarios/0/volatilityMultiplier", // volatility x multiplier is at most 5
            "/waterfall/distribution/(min|max)SeniorRatio"); // the band of a Tinlake senior ratio is not empty

    /** Fields a waterfall kind other than sequential narrows (docs/model.md §7.9): checked on the full example only. */
    private static final Set<String> PINNED_BY_THE_KIND = Set.of(
            "/tranches/[01]/coupon", // the junior of two tranches; a senior whose kind splits the income
            "/waterfall/(reserveTarget|ocThreshold)"); // the protocol kinds have neither

    /**
     * For each bound the property states, the values on either side of it, mapped to whether
     * the value is allowed: minimum 0 gives -1e-6 refused and 0 allowed.
     */
    private static Map<String, Boolean> boundaryValues(JsonNode property) {
        Map<String, Boolean> values = new java.util.LinkedHashMap<>();
        boolean integer = "integer".equals(property.path("type").asText());
        double step = integer ? 1 : 1e-6;
        // keyword -> direction of "outside" (-1 below a lower bound, +1 above an upper one), and whether the bound is in
        Map.of("minimum", -1, "exclusiveMinimum", -1, "maximum", 1, "exclusiveMaximum", 1).forEach((keyword, out) -> {
            if (property.has(keyword)) {
                double bound = property.get(keyword).asDouble();
                boolean inclusive = !keyword.startsWith("exclusive");
                double outside = inclusive ? bound + out * step : bound;
                double inside = inclusive ? bound : bound - out * step;
                values.put(text(outside, integer), false);
                values.put(text(inside, integer), true);
            }
        });
        return values;
    }

    private static String text(double value, boolean integer) {
        return integer ? Long.toString((long) value) : Double.toString(value);
    }

    interface ObjectVisitor {
        void visit(ObjectNode tree, String pointer, JsonNode def);
    }

    /** Calls back with the tree, pointer and schema definition of every object of the full example and of its kinds. */
    private static void eachObjectOfEveryExample(ObjectVisitor action) {
        List<ObjectNode> trees = new ArrayList<>();
        trees.add(WRITTEN);
        trees.addAll(WRITTEN_KINDS);
        for (ObjectNode tree : trees) {
            walk(tree, "", SCHEMA, (pointer, def) -> action.visit(tree, pointer, def));
        }
    }

    private static void walk(JsonNode node, String pointer, JsonNode schema, BiConsumer<String, JsonNode> action) {
        JsonNode def = resolve(schema, node);
        if (node.isObject() && def.has("properties")) {
            action.accept(pointer, def);
            node.properties().forEach(field -> walk(field.getValue(), Pointers.child(pointer, field.getKey()),
                    def.get("properties").get(field.getKey()), action));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), Pointers.child(pointer, i), def.get("items"), action);
            }
        }
    }

    /** Follows $ref, and picks the oneOf alternative whose kind is the node's kind. */
    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        if (schema.has("$ref")) {
            return resolve(SCHEMA.at(schema.get("$ref").asText().substring(1)), node);
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                JsonNode def = resolve(option, node);
                if (def.get("properties").get("kind").get("const").asText().equals(node.path("kind").asText())) {
                    return def;
                }
            }
            throw new AssertionError("no schema alternative for kind " + node.path("kind"));
        }
        return schema;
    }

    private static List<Problem> problems(ObjectNode tree) {
        try {
            StructureJson.parse(tree.toString());
            return List.of();
        } catch (StructureFormatException e) {
            return e.problems();
        }
    }

    private static JsonNode load() {
        try {
            return new ObjectMapper().readTree(Path.of("docs/structure.schema.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("docs/structure.schema.json must be readable", e);
        }
    }

    /**
     * The full example with the shapes it leaves out because other tests edit it freely: a
     * reinvestment rule naming its yield position (docs/model.md §7.6).
     */
    private static io.tranchelab.model.Structure fullWithEveryShape() {
        io.tranchelab.model.Structure full = ExampleStructures.full();
        return full.withWaterfall(full.waterfall().withReinvestment(new io.tranchelab.model.Reinvestment(
                io.tranchelab.model.Reinvestment.Rule.POSITION, "stETH staking", 0.03)));
    }

    private static ObjectNode writtenFullExample() {
        return written(fullWithEveryShape());
    }

    private static ObjectNode written(io.tranchelab.model.Structure structure) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(StructureJson.toJson(structure));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
