package cn.nianbao.backend.parser.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.junit.jupiter.api.Test;

class RuledTablesTest {

    /** A 3 × 4 table drawn at 300 dpi, a digit in each value cell, the last row without a rule under it. */
    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 900);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        int[] xs = {100, 500, 700, 900, 1100};
        int[] ys = {100, 200, 300, 400};
        for (int y : ys) {
            g.drawLine(xs[0], y, xs[4], y);
        }
        for (int x : xs) {
            g.drawLine(x, ys[0], x, 500); // the last row's rule is on the next page
        }
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
        g.drawString("1", 590, 270);
        g.dispose();
        return image;
    }

    @Test
    void cellsComeFromTheRulesAndTheRulesAreErased() {
        RuledTables.Found found = RuledTables.find(page(), 300);

        assertThat(found.rows()).isEqualTo(4);
        assertThat(found.cells()).hasSize(16);
        assertThat(found.cells()).allSatisfy(cell -> assertThat(cell.columnSpan()).isEqualTo(1));
        assertThat(found.cells().get(5)).satisfies(cell -> {
            assertThat(cell.row()).isEqualTo(1);
            assertThat(cell.column()).isEqualTo(1);
            assertThat(cell.left()).isBetween(495, 505);
            assertThat(cell.top()).isBetween(195, 205);
        });
        byte[] erased = ((DataBufferByte) found.erased().getRaster().getDataBuffer()).getData();
        assertThat(erased[200 * 1200 + 300] & 0xFF).as("a rule is erased").isGreaterThan(200);
        int ink = 0;
        for (int y = 220; y < 280; y++) {
            for (int x = 580; x < 620; x++) {
                ink += (erased[y * 1200 + x] & 0xFF) < 128 ? 1 : 0;
            }
        }
        assertThat(ink).as("the digit is kept").isGreaterThan(50);
    }
}
