package cn.nianbao.backend.chart.rendering;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A chart's pixels as PNG (8-bit RGB, lossless), written straight from the image's int raster: every row filtered
 * "Up" (a chart is mostly flat areas and straight edges, so a row less the row above is mostly zeros) and deflated at
 * the fastest level. ImageIO's writer tries five filters on every row and deflates harder: on a 2× chart (2200 × 1280
 * pixels) it took about ten times as long for a file of much the same size (see docs/BENCHMARKS.md, "Meeting pack").
 */
final class PngFiles {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;
    private static final int BUFFER = 1 << 16;

    private PngFiles() {
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}, as the charts are drawn. */
    static byte[] png(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("not an INT_RGB image: type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
        ByteArrayOutputStream file = new ByteArrayOutputStream(width * height / 8);
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            try (DataOutputStream fields = new DataOutputStream(header)) {
                fields.writeInt(width);
                fields.writeInt(height);
                fields.writeByte(8); // bits per sample
                fields.writeByte(2); // colour type: RGB
                fields.writeByte(0); // deflate
                fields.writeByte(0); // adaptive filtering, one filter byte per row
                fields.writeByte(0); // not interlaced
            }
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", deflated(pixels, width, height, stride));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart PNG", e);
        }
        return file.toByteArray();
    }

    private static byte[] deflated(int[] pixels, int width, int height, int stride) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 16);
        try (DeflaterOutputStream out = new DeflaterOutputStream(data, deflater, BUFFER)) {
            byte[] above = new byte[3 * width];
            byte[] current = new byte[3 * width];
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                for (int x = 0, i = y * stride; x < width; x++, i++) {
                    int pixel = pixels[i];
                    current[3 * x] = (byte) (pixel >> 16);
                    current[3 * x + 1] = (byte) (pixel >> 8);
                    current[3 * x + 2] = (byte) pixel;
                }
                for (int k = 0; k < current.length; k++) {
                    row[k + 1] = (byte) (current[k] - above[k]);
                }
                out.write(row);
                byte[] swap = above;
                above = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
