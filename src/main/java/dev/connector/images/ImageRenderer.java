package dev.connector.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws an {@link Image} and scales it to a requested size, as PNG bytes. Uses shapes only (no text), so that it
 * works on a headless server without fonts. Stateless and thread-safe.
 */
final class ImageRenderer {

    /** The largest width or height served, to keep a request's memory bounded. */
    static final int MAX_SIDE = 2000;

    /** The image at {@code width} x {@code height} (either may be null) in {@code mode} (null means Fit). */
    byte[] png(Image image, Integer width, Integer height, ResizeMode mode) {
        BufferedImage original = draw(image);
        BufferedImage result = resize(original, width, height, mode == null ? ResizeMode.Fit : mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(result, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode image " + image.id() + " as PNG", e);
        }
        return out.toByteArray();
    }

    static BufferedImage draw(Image image) {
        int w = image.width();
        int h = image.height();
        BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color wall = new Color(image.wall());
            Color accent = new Color(image.accent());
            g.setPaint(new GradientPaint(0, 0, wall.brighter(), 0, h * 0.7f, wall));
            g.fillRect(0, 0, w, h);
            g.setColor(wall.darker());
            g.fillRect(0, (int) (h * 0.7), w, h - (int) (h * 0.7));
            // A window with a sky behind it.
            g.setPaint(new GradientPaint(0, h * 0.1f, new Color(0x9CC9F0), 0, h * 0.4f, new Color(0xE8F3FC)));
            g.fillRect((int) (w * 0.6), (int) (h * 0.1), (int) (w * 0.3), (int) (h * 0.3));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(Math.max(2f, w / 150f)));
            g.drawRect((int) (w * 0.6), (int) (h * 0.1), (int) (w * 0.3), (int) (h * 0.3));
            g.setColor(accent);
            switch (image.motif()) {
                case Bedroom -> {
                    g.fillRoundRect((int) (w * 0.1), (int) (h * 0.55), (int) (w * 0.45), (int) (h * 0.25), 20, 20);
                    g.setColor(Color.WHITE);
                    g.fillRoundRect((int) (w * 0.12), (int) (h * 0.5), (int) (w * 0.12), (int) (h * 0.08), 12, 12);
                    g.fillRoundRect((int) (w * 0.27), (int) (h * 0.5), (int) (w * 0.12), (int) (h * 0.08), 12, 12);
                }
                case Bathroom -> {
                    g.fillRoundRect((int) (w * 0.1), (int) (h * 0.6), (int) (w * 0.5), (int) (h * 0.2), 60, 60);
                    g.setColor(Color.WHITE);
                    g.fillOval((int) (w * 0.15), (int) (h * 0.62), (int) (w * 0.4), (int) (h * 0.1));
                }
                case Lounge -> {
                    g.fillRoundRect((int) (w * 0.08), (int) (h * 0.58), (int) (w * 0.4), (int) (h * 0.16), 16, 16);
                    g.fillRect((int) (w * 0.08), (int) (h * 0.5), (int) (w * 0.06), (int) (h * 0.24));
                    g.fillRect((int) (w * 0.42), (int) (h * 0.5), (int) (w * 0.06), (int) (h * 0.24));
                    g.fillOval((int) (w * 0.6), (int) (h * 0.72), (int) (w * 0.2), (int) (h * 0.06));
                }
            }
        } finally {
            g.dispose();
        }
        return canvas;
    }

    static BufferedImage resize(BufferedImage original, Integer width, Integer height, ResizeMode mode) {
        int w = original.getWidth();
        int h = original.getHeight();
        if (width == null && height == null) {
            return original;
        }
        if (width == null || height == null) {
            // One side given: the other follows the proportions.
            double scale = width != null ? (double) width / w : (double) height / h;
            return scaled(original, Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)),
                    0, 0, Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
        }
        double fit = Math.min((double) width / w, (double) height / h);
        double cover = Math.max((double) width / w, (double) height / h);
        return switch (mode) {
            case Fit -> {
                double scale = Math.min(fit, 1.0);
                int sw = Math.max(1, (int) Math.round(w * scale));
                int sh = Math.max(1, (int) Math.round(h * scale));
                yield scaled(original, sw, sh, 0, 0, sw, sh);
            }
            case FitExact -> {
                int sw = Math.max(1, (int) Math.round(w * fit));
                int sh = Math.max(1, (int) Math.round(h * fit));
                yield scaled(original, width, height, (width - sw) / 2, (height - sh) / 2, sw, sh);
            }
            case Cover -> {
                double scale = Math.min(cover, 1.0);
                int sw = Math.max(1, (int) Math.round(w * scale));
                int sh = Math.max(1, (int) Math.round(h * scale));
                int cw = Math.min(width, sw);
                int ch = Math.min(height, sh);
                yield scaled(original, cw, ch, (cw - sw) / 2, (ch - sh) / 2, sw, sh);
            }
            case CoverExact -> {
                int sw = Math.max(1, (int) Math.round(w * cover));
                int sh = Math.max(1, (int) Math.round(h * cover));
                yield scaled(original, width, height, (width - sw) / 2, (height - sh) / 2, sw, sh);
            }
        };
    }

    /** A canvas of {@code cw} x {@code ch}, white, with the original drawn at (x, y) scaled to sw x sh. */
    private static BufferedImage scaled(BufferedImage original, int cw, int ch, int x, int y, int sw, int sh) {
        BufferedImage canvas = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, cw, ch);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(original, x, y, sw, sh, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }
}
