package cn.nianbao.backend.chart.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** A chart's PNG is lossless: ImageIO reads back every pixel as drawn. */
class ChartFilesPngTest {

    @Test
    void everyPixelReadsBackAsDrawn() throws IOException {
        BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setPaint(Color.WHITE);
        g2.fillRect(0, 0, 301, 157);
        g2.setPaint(new Color(0xB7, 0x1C, 0x1C));
        g2.setStroke(new BasicStroke(2.5f));
        g2.drawOval(20, 10, 200, 120);
        g2.setFont(ChartFonts.plain(18f));
        g2.drawString("年报通 2024", 40, 80);
        g2.dispose();
        Random noise = new Random(7);
        for (int y = 120; y < 157; y++) {
            for (int x = 0; x < 301; x++) {
                image.setRGB(x, y, noise.nextInt(1 << 24));
            }
        }

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(ChartFiles.png(image)));

        assertThat(read.getWidth()).isEqualTo(301);
        assertThat(read.getHeight()).isEqualTo(157);
        for (int y = 0; y < 157; y++) {
            for (int x = 0; x < 301; x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
                        .isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }
}
