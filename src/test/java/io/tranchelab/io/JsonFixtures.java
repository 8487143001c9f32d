package io.tranchelab.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tranchelab.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The full example file, and edits of it at a JSON pointer, for format tests. */
final class JsonFixtures {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private JsonFixtures() {
    }

    static String fullText() {
        try (InputStream in = JsonFixtures.class.getResourceAsStream("full-structure.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode fullTree() {
        try {
            return (ObjectNode) PLAIN.readTree(fullText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full example with the value at {@code pointer} set to the JSON text {@code value}. */
    static String with(String pointer, String value) {
        ObjectNode tree = fullTree();
        set(tree, pointer, value);
        return tree.toString();
    }

    static void set(ObjectNode tree, String pointer, String value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        try {
            JsonNode parsed = PLAIN.readTree(value);
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(at.last().getMatchingProperty()), parsed);
            } else {
                ((ObjectNode) parent).set(at.last().getMatchingProperty(), parsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full example without the field at {@code pointer}. */
    static String without(String pointer) {
        ObjectNode tree = fullTree();
        remove(tree, pointer);
        return tree.toString();
    }

    static void remove(ObjectNode tree, String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        ((ObjectNode) tree.at(at.head())).remove(at.last().getMatchingProperty());
    }

    /** The problems reported for the text, which must be refused. */
    static List<Problem> problemsOf(String json) {
        return assertThrows(StructureFormatException.class, () -> StructureJson.parse(json)).problems();
    }
}
