package cn.nianbao.frontend.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The CJK font shipped with the application (WenQuanYi Micro Hei, Apache-2.0). A fresh server has no Chinese font, and
 * JFreeChart would then draw boxes; every chart text is set in this font so PNG, SVG and PDF look the same on any
 * machine.
 */
public final class ChartFonts {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private static final Font REGULAR = load();

    private ChartFonts() {
    }

    /** Loads and registers the font; called at start so a broken jar fails at once, not in the first chart. */
    public static void register() {
        // REGULAR is loaded and registered by the class initializer
    }

    public static String family() {
        return REGULAR.getFamily();
    }

    public static Font plain(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return REGULAR.deriveFont(Font.BOLD, size);
    }

    private static Font load() {
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("chart font missing from the classpath: " + RESOURCE);
            }
            Font[] faces = Font.createFonts(in);
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            Arrays.stream(faces).forEach(environment::registerFont);
            // the collection holds "WenQuanYi Micro Hei" and its Mono twin; charts want the proportional face
            return Arrays.stream(faces).filter(face -> !face.getFontName().contains("Mono")).findFirst()
                    .orElse(faces[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("chart font is not a TrueType collection: " + RESOURCE, e);
        }
    }
}
