package io.tranchelab.report;

import io.tranchelab.chart.ChartColors;
import io.tranchelab.format.Formats;
import io.tranchelab.model.CreditLine;
import io.tranchelab.model.LoanBook;
import io.tranchelab.model.Position;
import io.tranchelab.model.Structure;
import io.tranchelab.model.Tranche;
import io.tranchelab.model.YieldPosition;
import io.tranchelab.sim.TrancheMetrics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * The structure drawn for reports (Java2D, no JavaFX): the pool as a box listing its positions,
 * an arrow, and the tranche stack as a column whose blocks are proportional to the shares, each
 * labelled with its share, coupon and expected loss.
 */
public final class StructureDiagram {

    private static final Color INK = new Color(0x24292f);
    private static final Color BOX = new Color(0xf6f8fa);
    private static final Color EDGE = new Color(0xd0d7de);

    private StructureDiagram() {
    }

    public static BufferedImage render(Structure structure, List<TrancheMetrics> metrics, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g, structure, metrics, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws the diagram on any Java2D canvas (an image, or a PDF page as vector paths and text). */
    public static void draw(Graphics2D g, Structure structure, List<TrancheMetrics> metrics, int width, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int poolWidth = (int) (width * 0.52);
        drawPool(g, structure, 8, 8, poolWidth - 16, height - 16);
        drawArrow(g, poolWidth - 4, height / 2, (int) (width * 0.62));
        drawStack(g, structure, metrics, (int) (width * 0.64), 8, width - (int) (width * 0.64) - 8, height - 16);
    }

    private static void drawPool(Graphics2D g, Structure structure, int x, int y, int w, int h) {
        g.setColor(BOX);
        g.fillRoundRect(x, y, w, h, 12, 12);
        g.setColor(EDGE);
        g.drawRoundRect(x, y, w, h, 12, 12);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Pool", x + 12, y + 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int line = y + 48;
        for (Position position : structure.positions()) {
            if (line > y + h - 10) {
                g.drawString("...", x + 12, line);
                break;
            }
            g.drawString(clip(describe(position), 60), x + 12, line);
            line += 18;
        }
        if (structure.initialCash() > 0) {
            g.drawString("Cash " + Formats.money(structure.initialCash()), x + 12, line);
        }
    }

    static String describe(Position position) {
        if (position instanceof YieldPosition y) {
            return String.format(Locale.ROOT, "%s: %,.0f %s at %.2f %% APR", y.name(), y.units(), y.asset(),
                    100 * y.apr());
        }
        if (position instanceof LoanBook b) {
            return String.format(Locale.ROOT, "%s: %s lent against %s at %.2f %%", b.name(), Formats.money(b.principal()),
                    b.collateral(), 100 * b.rate());
        }
        CreditLine c = (CreditLine) position;
        return String.format(Locale.ROOT, "%s: %s in %d lines at %.2f %%", c.name(), Formats.money(c.principal()),
                c.lines(), 100 * c.rate());
    }

    private static void drawArrow(Graphics2D g, int x0, int y, int x1) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(x0, y, x1 - 8, y);
        g.fillPolygon(new int[] {x1, x1 - 12, x1 - 12}, new int[] {y, y - 7, y + 7}, 3);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("cash", x0 + 6, y - 8);
    }

    private static void drawStack(Graphics2D g, Structure structure, List<TrancheMetrics> metrics, int x, int y,
                                  int w, int h) {
        List<Tranche> tranches = structure.tranches();
        double top = y;
        for (int t = 0; t < tranches.size(); t++) {
            Tranche tranche = tranches.get(t);
            double blockHeight = h * tranche.share();
            g.setColor(ChartColors.awt(ChartColors.trancheHex(t, tranches.size())));
            g.fillRect(x, (int) top, w, (int) Math.ceil(blockHeight) - 2);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            String label = String.format(Locale.ROOT, "%s  %.1f %%", tranche.name(), 100 * tranche.share());
            String detail = t == tranches.size() - 1 ? "residual" : String.format(Locale.ROOT, "%.2f %%", 100 * tranche.coupon());
            if (metrics != null && t < metrics.size()) {
                detail += String.format(Locale.ROOT, "  EL %.2f %%", 100 * metrics.get(t).expectedLoss());
            }
            int middle = (int) (top + blockHeight / 2);
            if (blockHeight >= 34) {
                g.drawString(clip(label, 34), x + 8, middle - 2);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                g.drawString(detail, x + 8, middle + 13);
            } else if (blockHeight >= 14) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
                g.drawString(clip(label + "  " + detail, 44), x + 6, middle + 4);
            }
            top += blockHeight;
        }
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
