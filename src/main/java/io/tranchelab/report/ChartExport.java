package io.tranchelab.report;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import io.tranchelab.io.AtomicFiles;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A chart as a file: PNG for slides, SVG for documents that scale. Written atomically. */
public final class ChartExport {

    private ChartExport() {
    }

    public static void png(JFreeChart chart, int width, int height, Path out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(chart.createBufferedImage(width, height), "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFiles.write(out, bytes.toByteArray());
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
