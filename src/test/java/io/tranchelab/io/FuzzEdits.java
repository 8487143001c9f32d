package io.tranchelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structure documents with random field values: a valid document with one to three of its
 * values edited at the tree level (a number nudged or replaced by any double, a value replaced
 * by an edge case of another type, a field removed or added, an element duplicated, dropped or
 * wrapped). Small nudges keep many documents valid, so loading and round-tripping get fuzzed too.
 */
final class FuzzEdits {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FuzzEdits() {
    }

    /** Where a value sits: in an object under a name, or in an array at an index. */
    private record Slot(JsonNode container, String name, int index) {

        JsonNode value() {
            return container instanceof ObjectNode o ? o.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (container instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (container instanceof ObjectNode o) {
                o.remove(name);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    static String edited(SplittableRandom random, String validJson) {
        try {
            JsonNode tree = PLAIN.readTree(validJson);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                List<Slot> slots = new ArrayList<>();
                collect(tree, slots);
                if (!slots.isEmpty()) {
                    edit(random, slots.get(random.nextInt(slots.size())));
                }
            }
            return PLAIN.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private static void edit(SplittableRandom random, Slot slot) {
        JsonNode value = slot.value();
        switch (random.nextInt(value.isNumber() ? 9 : 6)) {
            case 0 -> slot.set(raw(FuzzValues.wild(random)));
            case 1 -> slot.remove();
            case 2 -> addSibling(random, slot);
            case 3 -> slot.set(NODES.arrayNode().add(value));
            case 4 -> slot.set(raw(value.isTextual() ? FuzzValues.string(random) : FuzzValues.number(random)));
            case 5 -> slot.set(NODES.textNode(value.asText()));
            case 6 -> slot.set(raw(FuzzValues.finiteDouble(random)));
            default -> slot.set(NODES.numberNode(value.doubleValue() * (1 + 0.05 * random.nextGaussian())));
        }
    }

    /** An unknown (or misspelt) field next to the value, or the array element given twice. */
    private static void addSibling(SplittableRandom random, Slot slot) {
        if (slot.container() instanceof ObjectNode object) {
            object.set(FuzzValues.fieldName(random), raw(FuzzValues.number(random)));
        } else {
            ((ArrayNode) slot.container()).insert(slot.index(), slot.value().deepCopy());
        }
    }

    private static JsonNode raw(String json) {
        return NODES.rawValueNode(new RawValue(json));
    }
}
