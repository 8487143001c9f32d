package io.tranchelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The hostile classes of input that once crashed a run or never ended, planted in valid
 * documents: huge arrays of every element kind at every array position, extreme numbers in
 * every numeric field, and control characters in every string.
 */
final class FuzzHostile {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Keeps a generated document to 500 KB, still thousands of elements over any limit: an 8 MB
     * one takes seconds to parse on a loaded 2-core machine (the 10 MB limit is tested elsewhere).
     */
    private static final int MAX_GENERATED_CHARS = 500_000;

    /** Around every limit of the format (50, 100, 1,000, 1,001 ...) and far beyond (30,000 assets took 6 GB). */
    private static final int[] SIZES = {0, 1, 2, 19, 20, 21, 49, 50, 51, 99, 100, 101, 999, 1000, 1001, 1002, 5000,
        30_000, 200_000};

    /** Beyond every plausible range, the doubles' own edges, and values that once made NaN. */
    static final String[] EXTREME_NUMBERS = {"1e308", "-1e308", "1.7976931348623157e308", "4.9e-324", "-4.9e-324",
        "1e-300", "2.2250738585072014E-308", "710", "-710", "1000", "-1000", "1e6", "1e9", "1e12", "1e13", "1e15",
        "1e16", "1e100", "-1e100", "365", "366", "36500", "36501", "0.01", "0.009", "1e-9", "9e-10", "3", "3.0001",
        "5", "5.0001", "-20", "-20.0001", "10", "10.0001", "100", "100.0001", "0", "-0.0", "-1", "2147483647",
        "2147483648", "-2147483648", "9223372036854775807", "9223372036854775808", "1E400", "-1E400"};

    /** Control characters, escaped as JSON allows and (making the JSON malformed) raw. */
    private static final char[] CONTROLS = {'\u0000', '\u0001', '\u0007', '\u0008', '\t', '\n', '\u000b', '\u000c',
        '\r', '\u001b', '\u001f', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u2028', '\u2029', '\u202e',
        '\ufeff', '\ufffe', '\uffff'};

    private FuzzHostile() {
    }

    /** An array (or the drift overrides object) replaced by many copies of one kind of element. */
    static String hugeArray(SplittableRandom random, String validJson) {
        JsonNode tree = read(validJson);
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(tree, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        int size = SIZES[random.nextInt(SIZES.length)];
        if (target instanceof ObjectNode overrides) {
            overrides.removeAll();
            for (int i = 0; i < size && i * 12 < MAX_GENERATED_CHARS; i++) {
                overrides.put("A" + i, 0.1);
            }
            return tree.toString();
        }
        ArrayNode array = (ArrayNode) target;
        JsonNode element = elementKind(random, array);
        int each = element.toString().length() + 1;
        array.removeAll();
        for (int i = 0; i < size && (long) i * each < MAX_GENERATED_CHARS; i++) {
            array.add(element.deepCopy());
        }
        return tree.toString();
    }

    /** One or two numeric values set to extremes. */
    static String extremeNumbers(SplittableRandom random, String validJson) {
        JsonNode tree = read(validJson);
        List<Slot> numbers = new ArrayList<>();
        collectLeaves(tree, numbers, true);
        String text = tree.toString();
        for (int edits = 1 + random.nextInt(2); edits > 0 && !numbers.isEmpty(); edits--) {
            Slot slot = numbers.get(random.nextInt(numbers.size()));
            slot.set(NODES.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(
                    EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)])));
            text = tree.toString();
        }
        return text;
    }

    /** Control characters inside one or two strings (or field names), escaped or raw. */
    static String controlCharacters(SplittableRandom random, String validJson) {
        JsonNode tree = read(validJson);
        List<Slot> strings = new ArrayList<>();
        collectLeaves(tree, strings, false);
        boolean raw = random.nextInt(4) == 0;
        String marker = "\u0001MARK\u0001";
        for (int edits = 1 + random.nextInt(2); edits > 0 && !strings.isEmpty(); edits--) {
            Slot slot = strings.get(random.nextInt(strings.size()));
            StringBuilder text = new StringBuilder(slot.value().asText());
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                text.insert(random.nextInt(text.length() + 1), raw ? marker : String.valueOf(
                        CONTROLS[random.nextInt(CONTROLS.length)]));
            }
            slot.set(NODES.textNode(text.toString()));
        }
        String json = tree.toString();
        if (raw) {
            // Jackson escapes what it writes: put the control characters in unescaped, as a hand-edited file might
            while (json.contains("\\u0001MARK\\u0001")) {
                json = json.replaceFirst("\\\\u0001MARK\\\\u0001",
                        String.valueOf(CONTROLS[random.nextInt(CONTROLS.length)]).replace("\\", "\\\\"));
            }
        }
        return json;
    }

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
    }

    /** An element like those of the array (a copy of one), or one of another kind. */
    private static JsonNode elementKind(SplittableRandom random, ArrayNode array) {
        if (!array.isEmpty() && random.nextBoolean()) {
            return array.get(random.nextInt(array.size())).deepCopy();
        }
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(random.nextInt(3) - 1);
            case 1 -> NODES.textNode("x");
            case 2 -> NODES.nullNode();
            case 3 -> NODES.objectNode();
            case 4 -> NODES.arrayNode().add(1.0);
            default -> NODES.booleanNode(true);
        };
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            out.add(node);
        }
        Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            java.util.Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("driftOverrides") && field.getValue().isObject()) {
                out.add(field.getValue());
            }
            collectContainers(field.getValue(), out);
        }
        if (node.isArray()) {
            node.forEach(child -> collectContainers(child, out));
        }
    }

    private static void collectLeaves(JsonNode node, List<Slot> out, boolean numbers) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode child = node.get(name);
                if (numbers ? child.isNumber() && !name.equals("schemaVersion") : child.isTextual()) {
                    out.add(new Slot(node, name, -1));
                }
                collectLeaves(child, out, numbers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                if (numbers ? child.isNumber() : child.isTextual()) {
                    out.add(new Slot(node, null, i));
                }
                collectLeaves(child, out, numbers);
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
