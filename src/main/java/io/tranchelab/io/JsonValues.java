package io.tranchelab.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Converts single JSON values, reporting a wrong type or a non-finite number at the value's pointer. */
final class JsonValues {

    private static final int SHOWN_TEXT = 40;

    private JsonValues() {
    }

    static String text(JsonNode value, String pointer, NodeReader reader) {
        if (!expect(value, value.isTextual(), "a string", pointer, reader)) {
            return "";
        }
        String text = value.textValue();
        int bad = unpairedSurrogate(text);
        if (bad >= 0) {
            // JSON lets "\ud800" through, but no UTF-8 file can hold it: a save would turn it into "?".
            reader.report(pointer, String.format(java.util.Locale.ROOT, "has an unpaired surrogate (\\u%04x) at character %d; text must be"
                    + " valid Unicode", (int) text.charAt(bad), bad + 1));
            return "";
        }
        return text;
    }

    /** The index of the first lone half of a UTF-16 surrogate pair, or -1 when there is none. */
    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static double number(JsonNode value, String pointer, NodeReader reader) {
        if (!expect(value, value.isNumber(), "a number", pointer, reader)) {
            return 0;
        }
        double number = value.doubleValue();
        if (Double.isNaN(number)) {
            reader.report(pointer, "NaN is not a number; a finite number is required");
            return 0;
        }
        if (Double.isInfinite(number)) {
            reader.report(pointer, "is not finite (" + value.asText() + "); a finite number is required");
            return 0;
        }
        return number;
    }

    /** A whole number in [min, max]; a number with a fractional part or out of that range is reported. */
    static long whole(JsonNode value, String pointer, long min, long max, NodeReader reader) {
        if (!expect(value, value.isNumber(), "a whole number", pointer, reader)) {
            return 0;
        }
        boolean integral = value.isIntegralNumber()
                || Double.isFinite(value.doubleValue()) && value.doubleValue() == Math.rint(value.doubleValue());
        if (!integral) {
            reader.report(pointer, "is " + value.asText() + "; a whole number is required");
            return 0;
        }
        boolean fits = value.isIntegralNumber()
                ? value.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(min)) >= 0
                        && value.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(max)) <= 0
                : value.doubleValue() >= min && value.doubleValue() <= max;
        if (!fits) {
            reader.report(pointer, "is " + value.asText() + ", out of range for this field; a whole number from "
                    + min + " to " + max + " is required");
            return 0;
        }
        return value.isIntegralNumber() ? value.longValue() : (long) value.doubleValue();
    }

    /** Reports a wrong type: "expected a number, found a string ("abc")". */
    static boolean expect(JsonNode value, boolean ok, String expected, String pointer, NodeReader reader) {
        if (!ok) {
            reader.report(pointer, "expected " + expected + ", found " + describe(value));
        }
        return ok;
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string (\"" + abbreviate(value.textValue()) + "\")";
            case NUMBER -> "a number (" + value.asText() + ")";
            case BOOLEAN -> value.asText();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null (leave an optional field out instead)";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= SHOWN_TEXT ? text : text.substring(0, SHOWN_TEXT) + "...";
    }
}
