package io.tranchelab.cli;

import io.tranchelab.format.Formats;
import io.tranchelab.format.SafeText;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The one way the CLI prints. Formats and fixed words are the program's; every text argument
 * is treated as input (names from a file, file names, messages quoting a file) and printed
 * through {@link SafeText}: control characters made visible, long texts cut. A file therefore
 * cannot move the cursor, retitle the window or forge a line of output.
 */
final class Terminal {

    /** Longest text printed in one table cell or title, e.g. a structure's name. */
    static final int TEXT_LIMIT = 120;
    /** Problems listed one per line by validate before the rest is counted. */
    static final int PROBLEM_LINES = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;

    Terminal(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code printf} to stdout, each String argument made safe and cut at {@link #TEXT_LIMIT}. */
    void printf(String format, Object... args) {
        out.printf(Locale.ROOT, format, safe(args));
    }

    /** One line to stdout built from input, e.g. "wrote FILE". */
    void println(String text) {
        out.println(SafeText.message(text));
    }

    void println() {
        out.println();
    }

    /** One line of at most {@link SafeText#MESSAGE_LIMIT} characters on stderr, after "tranchelab: ". */
    void error(String message) {
        err.println("tranchelab: " + SafeText.message(message));
    }

    /** CSV on stdout, line by line, control characters made visible but no cell cut (it is data, not a message). */
    void csv(String csv) {
        for (String line : csv.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                out.print(SafeText.visible(line) + "\r\n");
            }
        }
        out.flush();
    }

    /** A line of progress on stderr, so that stdout keeps only the results (a long sweep reports as it goes). */
    void progress(String message) {
        err.println(SafeText.message(message));
    }

    /** Problems on stderr, one a line (validate): the first {@link #PROBLEM_LINES}, then how many more. */
    void problems(List<String> lines) {
        for (int i = 0; i < Math.min(PROBLEM_LINES, lines.size()); i++) {
            err.println(SafeText.message(lines.get(i)));
        }
        if (lines.size() > PROBLEM_LINES) {
            err.println("… and " + Formats.count(lines.size() - PROBLEM_LINES) + " more problems");
        }
    }

    /**
     * Pretty JSON on stdout. Jackson escapes C0 controls in strings already; C1 controls and
     * bidirectional overrides are escaped too, so the text stays valid JSON and safe to show.
     */
    void json(JsonNode node) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().with(new ControlEscapes()).writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static Object[] safe(Object[] args) {
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence text) {
                safe[i] = SafeText.line(text.toString(), TEXT_LIMIT);
            }
        }
        return safe;
    }

    private static final class ControlEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= Character.MAX_VALUE && SafeText.needsEscape((char) ch)
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch))
                    : null;
        }
    }
}
