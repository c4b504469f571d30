package cn.nianbao.frontend.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ChartFontsTest {

    private static final String TOWNSHIP = "示例市东城街道";
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void theShippedFontDisplaysChinese() {
        assertEquals(-1, ChartFonts.plain(12f).canDisplayUpTo(TOWNSHIP));
        assertEquals(-1, ChartFonts.bold(18f).canDisplayUpTo("本年新收政府信息公开申请数量（件）"));
    }

    @Test
    void everyGlyphOfALabelComesFromTheFontNotTheMissingGlyphBox() {
        Font font = ChartFonts.plain(12f);
        GlyphVector glyphs = font.createGlyphVector(FRC, "申请数量（件）年度示例市东城街道办事处");
        int missing = font.getMissingGlyphCode();
        assertTrue(Arrays.stream(glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null)).noneMatch(g -> g == missing));
    }

    @Test
    void theFontIsRegisteredSoItsFamilyNameCanBeUsedAnywhere() {
        assertTrue(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(ChartFonts.family()));
        assertEquals(-1, new Font(ChartFonts.family(), Font.PLAIN, 12).canDisplayUpTo(TOWNSHIP));
    }

    @Test
    void drawnChineseDiffersFromTheMissingGlyphBoxes() {
        Font font = ChartFonts.plain(24f);
        BufferedImage text = draw(font.createGlyphVector(FRC, "示例市"));
        int missing = font.getMissingGlyphCode();
        BufferedImage boxes = draw(font.createGlyphVector(FRC, new int[] {missing, missing, missing}));
        assertTrue(inkPixels(text) > 50, "the characters leave ink");
        assertFalse(Arrays.equals(pixels(text), pixels(boxes)), "the characters are not drawn as boxes");
        assertNotEquals(inkPixels(text), inkPixels(boxes));
    }

    private static BufferedImage draw(GlyphVector glyphs) {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 40);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.drawGlyphVector(glyphs, 5, 30);
        g.dispose();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static long inkPixels(BufferedImage image) {
        return Arrays.stream(pixels(image)).filter(rgb -> (rgb & 0xFFFFFF) != 0xFFFFFF).count();
    }
}
