package io.tranchelab.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Values the reader fuzz test plants in documents: the edges of every JSON type, as JSON text. */
final class FuzzValues {

    /** JSON texts a field should never choke on: non-finite and extreme numbers, odd strings, wrong types. */
    static final String[] WILD = {
        "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1e400", "-1e400", "1e-400", "4.9e-324",
        "2.2250738585072014E-308", "1.7976931348623157e308", "-0.0", "0", "-0", "-1", "1", "0.5", "1.0",
        "1.0000000000000002", "0.9999999999999999", "2147483647", "2147483648", "-2147483649", "1e9", "1e10",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
        "1e15", "1.5e300", "100.5", "1E4", "10000.0", "\"NaN\"", "\"1e4\"", "\"10000\"", "\"\"", "\" \"",
        "\"\\ud800\"", "\"a\\udc00b\"", "\"\\u0000\"", "\"\\u202e\"", "\"caf\u00e9 \u20ac \ud83d\ude00\"", "\"ETH\"",
        "\"USD\"", "\"stETH\"", "\"base\"", "\"BASE\"", "\"VOLATILE\"", "\"PEGGED\"", "\"YIELD\"", "\"LOAN_BOOK\"",
        "\"CREDIT_LINE\"", "\"PRICE\"", "\"DEPEG\"", "true", "false", "null", "[]", "{}", "[1]", "[[1]]",
        "[[1,0],[0,1]]", "{\"kind\":\"YIELD\"}", "[null]", "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]",
    };

    /** Every field name of the format, so that random objects often have the fields the reader looks for. */
    static final List<String> FIELD_NAMES;

    static {
        Set<String> names = new LinkedHashSet<>();
        for (JsonShape shape : JsonShape.values()) {
            names.addAll(shape.fields());
        }
        FIELD_NAMES = List.copyOf(names);
    }

    private static final String[] IDS = {"ETH", "stETH", "USDC", "USD", "BTC", "A", "", " ", "a/b~c", "base"};

    private FuzzValues() {
    }

    static String wild(SplittableRandom random) {
        return WILD[random.nextInt(WILD.length)];
    }

    /** A number as JSON text: mostly plausible magnitudes, sometimes any finite double or an integer. */
    static String number(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> Double.toString(random.nextDouble());
            case 1 -> Double.toString(random.nextDouble(-2, 2));
            case 2 -> Long.toString(random.nextLong(-10, 20_000));
            case 3 -> Double.toString(Math.pow(10, random.nextDouble(-12, 12)));
            case 4 -> finiteDouble(random);
            default -> wild(random);
        };
    }

    static String finiteDouble(SplittableRandom random) {
        double value = Double.longBitsToDouble(random.nextLong());
        return Double.isFinite(value) ? Double.toString(value) : "0.25";
    }

    /** A string as JSON text: an asset id, a field name, random printable text or random code points. */
    static String string(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> quoted(IDS[random.nextInt(IDS.length)]);
            case 1 -> quoted(FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size())));
            case 2 -> quoted(randomText(random));
            default -> wild(random);
        };
    }

    static String fieldName(SplittableRandom random) {
        return random.nextInt(4) == 0 ? randomText(random) : FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size()));
    }

    /** Up to 12 characters from all of Unicode, escaped where JSON requires it (and some lone surrogates). */
    static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(13); i > 0; i--) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x20, 0x7f);
            text.appendCodePoint(c >= 0xD800 && c <= 0xDFFF ? 'x' : c);
        }
        return text.toString();
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    static <T> List<T> shuffled(SplittableRandom random, List<T> items) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = out.get(i);
            out.set(i, out.get(j));
            out.set(j, swap);
        }
        return out;
    }
}
