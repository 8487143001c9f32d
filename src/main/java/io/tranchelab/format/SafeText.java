package io.tranchelab.format;

import java.util.List;

/**
 * Text from an input file made safe to print on a terminal. A structure's names and a file's
 * own field names can hold ESC, BEL, NUL or a line break: printed as they are, they would let a
 * file set the terminal's title, clear the screen or print a fake line. Here every control
 * character becomes visible ({@code \u001b}, {@code \n}), and long texts and lists are cut
 * with a count of what was left out, so one message stays one readable line.
 */
public final class SafeText {

    /** Longest one-line message printed whole; a file can make a message as long as it likes. */
    public static final int MESSAGE_LIMIT = 500;
    /** Longest item of a list in a message (a scenario's name, say). */
    static final int ITEM_LIMIT = 40;

    private SafeText() {
    }

    /**
     * The text with every control character written out: C0 controls (NUL to US), DEL, C1
     * controls (U+0080 to U+009F: a terminal may read U+009B as an escape sequence), the line and
     * paragraph separators, and the bidirectional overrides that can make a line read other than
     * it is (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C).
     */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                safe.append(c);
            } else if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else {
                safe.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return safe.toString();
    }

    /** Whether {@link #visible} writes the character out rather than printing it. */
    public static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    /** {@link #visible} and at most {@code limit} characters, the rest counted: "… (199,500 more characters)". */
    public static String line(String text, int limit) {
        String safe = visible(text);
        if (safe.length() <= limit) {
            return safe;
        }
        int cut = limit;
        if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
            cut--;
        }
        return safe.substring(0, cut) + "… (" + Formats.count(safe.length() - cut) + " more characters)";
    }

    /** A one-line message of at most {@link #MESSAGE_LIMIT} characters. */
    public static String message(String text) {
        return line(text, MESSAGE_LIMIT);
    }

    /**
     * The first {@code shown} items joined by ", ", each cut at {@link #ITEM_LIMIT} characters,
     * then "… and 2,990 more" when there are more: short enough to stay whole in a message.
     */
    public static String list(List<String> items, int shown) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < Math.min(shown, items.size()); i++) {
            String item = items.get(i);
            joined.append(i == 0 ? "" : ", ")
                    .append(item.length() <= ITEM_LIMIT ? item : item.substring(0, ITEM_LIMIT - 1) + "…");
        }
        if (items.size() > shown) {
            joined.append(" … and ").append(Formats.count(items.size() - shown)).append(" more");
        }
        return joined.toString();
    }
}
