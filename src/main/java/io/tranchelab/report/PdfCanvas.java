package io.tranchelab.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A top-down writer on A4 pages: text lines, tables, drawings and images flow down the page and a new
 * page starts when one is full. Text is limited to what the standard PDF fonts can encode.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 48;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    PdfCanvas(PDDocument document) {
        this.document = document;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    void heading(String text, float size) throws IOException {
        ensure(size * 1.8f);
        write(text, bold, size, MARGIN);
        y -= size * 0.6f;
    }

    void paragraph(String text, float size) throws IOException {
        for (String line : wrap(safe(text), size)) {
            ensure(size * 1.4f);
            write(line, regular, size, MARGIN);
        }
        y -= size * 0.5f;
    }

    /** A table with a bold header row; column widths as shares of the page width. */
    void table(List<String> header, List<List<String>> rows, float[] widths, float size) throws IOException {
        ensure(size * 1.5f * Math.min(rows.size() + 1, 4));
        row(header, widths, size, bold);
        for (List<String> row : rows) {
            ensure(size * 1.5f);
            row(row, widths, size, regular);
        }
        y -= size * 0.6f;
    }

    /**
     * A drawing laid out on a {@code layoutWidth} x {@code layoutHeight} Java2D canvas, placed
     * {@code drawWidth} wide as vector paths and text (a chart, the structure diagram).
     */
    void vector(float layoutWidth, float layoutHeight, float drawWidth,
                java.util.function.Consumer<java.awt.Graphics2D> painter) throws IOException {
        float scale = drawWidth / layoutWidth;
        float drawHeight = layoutHeight * scale;
        ensure(drawHeight + 6);
        org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form =
                ChartExport.vectorForm(document, layoutWidth, layoutHeight, painter);
        content.saveGraphicsState();
        content.transform(new org.apache.pdfbox.util.Matrix(scale, 0, 0, scale, MARGIN, y - drawHeight));
        content.drawForm(form);
        content.restoreGraphicsState();
        y -= drawHeight + 8;
    }


    private void row(List<String> cells, float[] widths, float size, PDType1Font font) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float columnWidth = widths[i] * width();
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size);
            content.showText(fit(safe(cells.get(i)), font, size, columnWidth - 4));
            content.endText();
            x += columnWidth;
        }
        y -= size * 1.5f;
        content.setStrokingColor(new Color(0xd0d7de));
        content.moveTo(MARGIN, y + size * 0.2f);
        content.lineTo(MARGIN + width(), y + size * 0.2f);
        content.stroke();
    }

    private void write(String text, PDType1Font font, float size, float x) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y - size);
        content.showText(safe(text));
        content.endText();
        y -= size * 1.4f;
    }

    private void ensure(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
    }

    private List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (regular.getStringWidth(candidate) / 1000 * size > width() && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The longest prefix of the text (at least its first character) that is no wider than
     * {@code width}. One pass adding up glyph widths: cutting a character at a time and measuring
     * the rest again took 11 minutes for a 100,000-character name.
     */
    static String fit(String text, PDType1Font font, float size, float width) throws IOException {
        float limit = width * 1000 / size;
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int next = text.offsetByCodePoints(i, 1);
            used += font.getStringWidth(text.substring(i, next));
            if (used > limit) {
                return i == 0 ? text.substring(0, next) : text.substring(0, i);
            }
            i = next;
        }
        return text;
    }

    /** Replaces what WinAnsi (the standard fonts' encoding) cannot show. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\u0394') {
                out.append("d"); // Greek delta of "dEL"
            } else if (c == '\u2212') {
                out.append('-');
            } else if (c < 0x20) {
                out.append(' ');
            } else if (c < 0x7f || (c >= 0xa0 && c <= 0xff) || "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
