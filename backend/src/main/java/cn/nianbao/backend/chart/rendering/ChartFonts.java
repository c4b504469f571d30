package cn.nianbao.backend.chart.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

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
    /** The proportional face's family name, by which an Office file that embeds it names it. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

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

    /** The proportional face of the collection. */
    static TrueTypeFont face(TrueTypeCollection collection) throws IOException {
        TrueTypeFont face = collection.getFontByName(POSTSCRIPT_NAME);
        if (face == null) {
            throw new IllegalStateException("no face " + POSTSCRIPT_NAME + " in " + RESOURCE);
        }
        return face;
    }

    /**
     * The proportional face cut down to the glyphs of {@code codePoints}, as a TrueType file for an Office document to
     * embed (a few hundred characters take some hundred kilobytes; the whole face is 5 MB). Its family name is
     * {@link #FAMILY}.
     */
    public static byte[] subset(Set<Integer> codePoints) {
        try (TrueTypeCollection collection = new TrueTypeCollection(collection())) {
            TTFSubsetter subsetter = new TTFSubsetter(face(collection));
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the chart font " + RESOURCE, e);
        }
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
