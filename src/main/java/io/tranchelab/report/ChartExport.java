package io.tranchelab.report;

import org.jfree.chart.JFreeChart;
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

/** A chart as a file: PNG for slides, SVG for documents that scale. Written atomically. */
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

    /** Writes text (CSV, SVG) the same way. */
    public static void text(String content, Path out) throws IOException {
        AtomicFiles.write(out, content.getBytes(StandardCharsets.UTF_8));
    }
}
