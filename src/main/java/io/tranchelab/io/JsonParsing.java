package io.tranchelab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tranchelab.model.Problem;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Parses text into a JSON tree with limits that refuse huge or deeply nested input before it
 * costs memory or stack, and turns every parser failure into a {@link Problem} with the line
 * and column (and, where the parser knows it, the pointer of the value being read).
 */
final class JsonParsing {

    static final long MAX_DOCUMENT_LENGTH = 10_000_000;
    /** The format nests at most 5 levels (root, scenarios, a scenario, shocks, a shock). */
    static final int MAX_NESTING_DEPTH = 16;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_STRING_LENGTH = 100_000;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_STRING_LENGTH)
                            .build())
                    .build())
            // NaN and Infinity are read so that they can be reported at their pointer, with the other problems.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonParsing() {
    }

    static JsonNode parse(String json) throws StructureFormatException {
        try {
            return requireDocument(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new StructureFormatException(List.of(problem(e)));
        }
    }

    static JsonNode parse(byte[] json) throws StructureFormatException {
        try {
            return requireDocument(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new StructureFormatException(List.of(e instanceof JsonProcessingException p ? problem(p)
                    : new Problem("", "cannot read the JSON: " + e.getMessage())));
        }
    }

    private static JsonNode requireDocument(JsonNode tree) throws StructureFormatException {
        if (tree == null || tree.isMissingNode()) {
            throw new StructureFormatException(List.of(new Problem("", "the document is empty; a structure is a"
                    + " JSON object (docs/format.md)")));
        }
        return tree;
    }

    private static Problem problem(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return new Problem("", limitExceeded(e.getOriginalMessage()) + where);
        }
        return new Problem(pointerOf(e), "malformed JSON" + where + ": " + explain(e.getOriginalMessage()));
    }

    /** Jackson's own words, with the common cases rephrased and the parser's internals cut out. */
    private static String explain(String message) {
        String text = firstLine(message).replaceAll("\\s*\\(start marker at \\[Source:.*$", "")
                .replaceAll("\\s*\\(bound as .*$", "");
        if (text.startsWith("Duplicate field") || text.startsWith("Duplicate Object property")) {
            return text.replaceFirst("^Duplicate (field|Object property) ", "the field ")
                    + " appears twice; a field may appear only once in an object";
        }
        if (text.startsWith("Trailing token")) {
            return "more text follows the end of the JSON object; a file holds exactly one structure";
        }
        if (text.startsWith("Unexpected end-of-input")) {
            return "the text ends before the JSON is complete (" + text.replaceFirst("^Unexpected end-of-input:? ?", "")
                    + ")";
        }
        return text;
    }

    private static String limitExceeded(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (text.contains("nesting depth")) {
            return "the document is nested more than " + MAX_NESTING_DEPTH + " levels deep; a structure needs at most 5";
        }
        if (text.contains("document length")) {
            return "the document is longer than " + String.format(Locale.ROOT, "%,d", MAX_DOCUMENT_LENGTH)
                    + " characters; a structure file must be smaller";
        }
        if (text.contains("number value length")) {
            return "a number has more than " + MAX_NUMBER_LENGTH + " characters; write it with fewer digits";
        }
        if (text.contains("string value length") || text.contains("name length")) {
            return "a text is longer than " + String.format(Locale.ROOT, "%,d", MAX_STRING_LENGTH)
                    + " characters; shorten it";
        }
        return "the document exceeds a size limit (" + firstLine(message) + ")";
    }

    /** Where the parser was reading, when it can tell ("/tranches/2/share"); "" otherwise. */
    private static String pointerOf(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return parser.getParsingContext().pathAsPointer().toString();
        }
        return "";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
