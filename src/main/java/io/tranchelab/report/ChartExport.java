package io.tranchelab.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

import io.tranchelab.io.AtomicFiles;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A chart as a file: PNG for slides, SVG and PDF for documents that scale (vector paths and real
 * text). Written atomically.
 */
public final class ChartExport {

    /**
     * Wider images are laid out at this width and scaled up: a 1920 x 1080 PNG looks like the
     * chart at 960 x 540 with every line and letter twice as sharp, not like a page of tiny text.
     */
    public static final int LAYOUT_WIDTH = 960;

    private ChartExport() {
    }

    public static void png(JFreeChart chart, int width, int height, Path out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image(chart, width, height), "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFiles.write(out, bytes.toByteArray());
    }

    /** The chart as {@code width} x {@code height} pixels, laid out at most {@link #LAYOUT_WIDTH} wide. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        double scale = Math.max(1, (double) width / LAYOUT_WIDTH);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(scale, scale);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    public static void svg(JFreeChart chart, int width, int height, Path out) throws IOException {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        text(graphics.getSVGDocument(), out);
    }

    /**
     * The chart as a one-page PDF of {@code width} x {@code height} points: lines and areas as
     * vector paths, titles, ticks and labels as text in the standard PDF fonts (searchable,
     * sharp at any zoom).
     */
    public static void pdf(JFreeChart chart, int width, int height, Path out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDFormXObject form = vectorForm(document, width, height, g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height)));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            AtomicFiles.write(out, bytes.toByteArray());
        }
    }

    /**
     * What {@code painter} draws on a {@code width} x {@code height} Java2D canvas, as a PDF form
     * (vector): text whose font maps to a standard PDF font (SansSerif, the charts' font, maps to
     * Helvetica) stays text; a glyph those fonts cannot encode is drawn as its outline.
     */
    public static PDFormXObject vectorForm(PDDocument document, float width, float height,
                                           java.util.function.Consumer<Graphics2D> painter) throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
        synchronized (ChartExport.class) {
            // JFreeChart draws axis labels and ticks through a TextLayout by default (a workaround
            // for rotated text on old JDKs), which reaches a Graphics2D as glyph outlines, not text;
            // plain drawString keeps them text in the PDF. Restored after: a global switch.
            boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
            try {
                graphics.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
                painter.accept(graphics);
            } finally {
                TextUtils.setUseDrawRotatedStringWorkaround(workaround);
                graphics.dispose();
            }
        }
        return graphics.getXFormObject();
    }

    /** Writes text (CSV, SVG) the same way. */
    public static void text(String content, Path out) throws IOException {
        AtomicFiles.write(out, content.getBytes(StandardCharsets.UTF_8));
    }
}
