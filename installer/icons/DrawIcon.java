import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the TrancheLab application icon: a tranche column (senior, mezzanine, equity) on a
 * dark rounded tile. Writes the Linux PNGs, a Windows .ico and a macOS .icns, all with PNG
 * payloads, so no image tool beyond the JDK is needed.
 *
 * <p>Run from the project root: {@code java installer/icons/DrawIcon.java installer/icons}
 */
public final class DrawIcon {

    private static final Color TILE = new Color(0x0E2438);
    private static final Color RIM = new Color(0x24496B);
    private static final Color SENIOR = new Color(0x8FD3FE);
    private static final Color MEZZANINE = new Color(0x2F86D6);
    private static final Color EQUITY = new Color(0x12A89D);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("tranchelab-256.png").toFile());
        ImageIO.write(draw(512), "png", dir.resolve("tranchelab-512.png").toFile());
        Files.write(dir.resolve("tranchelab.ico"), ico(16, 24, 32, 48, 64, 128, 256));
        Map<String, Integer> icnsTypes = new LinkedHashMap<>();
        icnsTypes.put("icp4", 16);
        icnsTypes.put("icp5", 32);
        icnsTypes.put("icp6", 64);
        icnsTypes.put("ic07", 128);
        icnsTypes.put("ic08", 256);
        icnsTypes.put("ic09", 512);
        icnsTypes.put("ic10", 1024);
        Files.write(dir.resolve("tranchelab.icns"), icns(icnsTypes));
    }

    /** Drawn at each size rather than scaled, so small icons stay sharp. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double margin = s * 0.06;
        double tile = s - 2 * margin;
        RoundRectangle2D background = new RoundRectangle2D.Double(margin, margin, tile, tile, tile * 0.36, tile * 0.36);
        g.setColor(TILE);
        g.fill(background);
        g.setColor(RIM);
        g.setStroke(new BasicStroke((float) Math.max(1, s * 0.012)));
        g.draw(background);

        // The column: senior on top (the largest, safest slice), equity at the bottom.
        double left = s * 0.27;
        double width = s * 0.46;
        double gap = Math.max(1, s * 0.035);
        double top = s * 0.22;
        double bottom = s * 0.78;
        double[] shares = {0.50, 0.30, 0.20};
        Color[] colors = {SENIOR, MEZZANINE, EQUITY};
        double available = bottom - top - gap * (shares.length - 1);
        double y = top;
        for (int i = 0; i < shares.length; i++) {
            double h = available * shares[i];
            double arc = Math.min(h, width) * 0.22;
            g.setColor(colors[i]);
            g.fill(new RoundRectangle2D.Double(left, y, width, h, arc, arc));
            y += h + gap;
        }
        g.dispose();
        return image;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG entries (Windows Vista and later). */
    static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        int headerLength = 6 + 16 * sizes.length;
        int total = headerLength;
        for (byte[] image : images) {
            total += image.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerLength;
        for (int i = 0; i < sizes.length; i++) {
            int dimension = sizes[i] >= 256 ? 0 : sizes[i];
            buffer.put((byte) dimension).put((byte) dimension).put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32);
            buffer.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            buffer.put(image);
        }
        return buffer.array();
    }

    /** ICNS with PNG entries, keyed by OSType. */
    static byte[] icns(Map<String, Integer> typesToSizes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (Map.Entry<String, Integer> entry : typesToSizes.entrySet()) {
            byte[] image = png(entry.getValue());
            entries.writeBytes(entry.getKey());
            entries.writeInt(image.length + 8);
            entries.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(body.size() + 8);
        body.writeTo((OutputStream) file);
        return file.toByteArray();
    }
}
