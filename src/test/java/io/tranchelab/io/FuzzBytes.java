package io.tranchelab.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level inputs for the reader fuzz test: mutations of valid files (bit flips, deleted,
 * inserted, duplicated and swapped spans, truncation, numbers turned into strings or into
 * other numbers), and random bytes (invalid UTF-8, NULs, byte order marks of every encoding).
 */
final class FuzzBytes {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final byte[][] ODD_SEQUENCES = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, // UTF-8 byte order mark
        {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}, // UTF-16 byte order marks
        {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}, // UTF-32 byte order marks
        {0}, {0, 0, 0, 0}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC3}, // NUL, lone and overlong bytes
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80}, {(byte) 0xFF},
        "\\u".getBytes(StandardCharsets.US_ASCII), "\\ud800".getBytes(StandardCharsets.US_ASCII),
        "\"".getBytes(StandardCharsets.US_ASCII), "/*".getBytes(StandardCharsets.US_ASCII),
    };
    private static final byte[] JSON_ALPHABET = "{}[],:\"-+.0123456789eENaIfinty \n\t\\/ul".getBytes(
            StandardCharsets.US_ASCII);

    private FuzzBytes() {
    }

    static byte[] mutated(SplittableRandom random, byte[] valid) {
        byte[] bytes = valid;
        for (int edits = 1 + random.nextInt(3); edits > 0 && bytes.length > 0; edits--) {
            bytes = mutateOnce(random, bytes);
        }
        return bytes;
    }

    private static byte[] mutateOnce(SplittableRandom random, byte[] bytes) {
        int at = random.nextInt(bytes.length);
        int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
        return switch (random.nextInt(9)) {
            case 0 -> flipBit(random, bytes, at);
            case 1 -> concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + length, bytes.length));
            case 2 -> insert(bytes, at, randomBytes(random, 1 + random.nextInt(8), JSON_ALPHABET));
            case 3 -> insert(bytes, random.nextInt(bytes.length + 1), Arrays.copyOfRange(bytes, at, at + length));
            case 4 -> Arrays.copyOf(bytes, at);
            case 5 -> insert(bytes, at, ODD_SEQUENCES[random.nextInt(ODD_SEQUENCES.length)]);
            case 6 -> swapSpans(random, bytes, at, length);
            default -> replaceNumber(random, bytes);
        };
    }

    private static byte[] flipBit(SplittableRandom random, byte[] bytes, int at) {
        byte[] out = bytes.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    /** Moves the span [at, at + length) to a random place. */
    private static byte[] swapSpans(SplittableRandom random, byte[] bytes, int at, int length) {
        byte[] span = Arrays.copyOfRange(bytes, at, at + length);
        byte[] rest = concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + length, bytes.length));
        return insert(rest, random.nextInt(rest.length + 1), span);
    }

    /** One number of the text, written as a string, or replaced by another number or an edge case. */
    private static byte[] replaceNumber(SplittableRandom random, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher numbers = NUMBER.matcher(text);
        int count = 0;
        while (numbers.find()) {
            count++;
        }
        if (count == 0) {
            return bytes;
        }
        numbers.reset();
        for (int target = random.nextInt(count); target >= 0; target--) {
            numbers.find();
        }
        String replacement = switch (random.nextInt(3)) {
            case 0 -> "\"" + numbers.group() + "\"";
            case 1 -> FuzzValues.number(random);
            default -> FuzzValues.wild(random);
        };
        return (text.substring(0, numbers.start()) + replacement + text.substring(numbers.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Up to 2,000 bytes: any bytes, JSON-ish characters, or a plausible start followed by garbage. */
    static byte[] random(SplittableRandom random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(2_000) : random.nextInt(64);
        byte[] body = switch (random.nextInt(3)) {
            case 0 -> randomBytes(random, length, null);
            case 1 -> randomBytes(random, length, JSON_ALPHABET);
            default -> concat("{\"schemaVersion\":1,\"name\":\"".getBytes(StandardCharsets.UTF_8),
                    randomBytes(random, length, null));
        };
        for (int odd = random.nextInt(4); odd > 0; odd--) {
            body = insert(body, random.nextInt(body.length + 1), ODD_SEQUENCES[random.nextInt(ODD_SEQUENCES.length)]);
        }
        return body;
    }

    private static byte[] randomBytes(SplittableRandom random, int length, byte[] alphabet) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet == null ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
        }
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return insert(first, first.length, second);
    }
}
