package cn.nianbao.backend.chart.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The CJK font shipped with the backend (WenQuanYi Micro Hei, Apache-2.0; {@code fonts/wqy-microhei-LICENSE.txt}).
 * A fresh server has no Chinese font and JFreeChart would draw boxes; every chart text is set in this font and the
 * font is registered with the {@link GraphicsEnvironment}, so PNG, SVG (text as outlines) and PDF (font embedded)
 * look the same on any machine.
 */
public final class ChartFonts {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** The PostScript name of the proportional face inside the collection (its twin is the Mono face). */
    static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";

    private static final byte[] COLLECTION = read();
    private static final Font REGULAR = register();

    private ChartFonts() {
    }

    public static Font plain(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return REGULAR.deriveFont(Font.BOLD, size);
    }

    /** The name Java gives the face ({@link Font#getFontName()}), by which the PDF writer maps it to the embedded font. */
    static String fontName() {
        return REGULAR.getFontName();
    }

    /** The font collection's bytes, for embedding in a PDF. */
    static InputStream collection() {
        return new ByteArrayInputStream(COLLECTION);
    }

    private static byte[] read() {
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("chart font missing from the classpath: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart font " + RESOURCE, e);
        }
    }

    private static Font register() {
        try {
            Font[] faces = Font.createFonts(new ByteArrayInputStream(COLLECTION));
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            Arrays.stream(faces).forEach(environment::registerFont);
            return Arrays.stream(faces).filter(face -> !face.getFontName().contains("Mono")).findFirst()
                    .orElse(faces[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("chart font is not a TrueType collection: " + RESOURCE, e);
        }
    }
}
