package io.tranchelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;

/**
 * The file layout: two-space indentation, {@code "name": value}, one field or list element per
 * line, except that the rows of the correlation matrix stay on one line each, so the matrix
 * reads as a matrix.
 */
final class JsonLayout extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    JsonLayout() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.NONE)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        indentArraysWith(new RowsInline());
        indentObjectsWith(new DefaultIndenter("  ", "\n"));
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new JsonLayout();
    }

    /** Indents array elements on their own lines, but keeps an array inside an array on one line. */
    private static final class RowsInline implements Indenter {

        private final DefaultIndenter lines = new DefaultIndenter("  ", "\n");

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            JsonStreamContext context = g.getOutputContext();
            if (context.inArray() && context.getParent() != null && context.getParent().inArray()) {
                g.writeRaw(' ');
            } else {
                lines.writeIndentation(g, level);
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
