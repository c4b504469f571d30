package cn.nianbao.backend.parser.input;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.ocr.RuledTables;
import cn.nianbao.backend.parser.ocr.Tesseract;
import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.TextNormalizer;

/**
 * One scanned page as lines: the rows of its ruled tables as grid rows (each cell's text in its column, an empty
 * cell empty), and the text around them laid out by position like {@code pdftotext -layout}, in reading order.
 *
 * <p>The page is recognised in Chinese with its rules erased. A table cell that holds no Chinese is read a second
 * time on its own, as digits only: the Chinese model confuses digits ({@code 9D5} for {@code 95}), the digit reading
 * does not. When both readings give a number and they differ, the cell is illegible ({@code ?}) and will be null.
 */
final class OcrPage {

    /** One character column of laid-out text, in points (as for PDF text). */
    private static final double POINTS_PER_COLUMN = 4;
    /** Fewer ink pixels than this inside a cell (away from its borders): the cell is empty. */
    private static final int MIN_INK = 12;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,4})?");
    private static final Pattern BLANK_MARK = Pattern.compile("[-—–/\\\\一]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String ILLEGIBLE = cn.nianbao.backend.parser.text.Token.ILLEGIBLE;

    private OcrPage() {
    }

    static List<Line> lines(BufferedImage page, int dpi, int pageIndex, Tesseract tesseract, Path dir,
                            Duration timeout) {
        RuledTables.Found found = RuledTables.find(page, dpi);
        Path image = pgm(found.erased(), dir.resolve("page-" + pageIndex + ".pgm"));
        List<Tesseract.Word> words = tesseract.words(image, "chi_sim", 6, null, timeout);
        Map<RuledTables.Cell, List<Tesseract.Word>> inCells = new LinkedHashMap<>();
        found.cells().forEach(cell -> inCells.put(cell, new ArrayList<>()));
        List<Tesseract.Word> free = new ArrayList<>();
        for (Tesseract.Word word : words) {
            RuledTables.Cell cell = found.cells().stream().filter(c -> c.contains(word.centerX(), word.centerY()))
                    .findFirst().orElse(null);
            (cell == null ? free : inCells.get(cell)).add(word);
        }
        Map<RuledTables.Cell, Reading> texts = cellTexts(found, inCells, dpi, tesseract, dir, pageIndex, timeout);

        List<Placed> placed = new ArrayList<>();
        Map<Integer, List<RuledTables.Cell>> rows = new LinkedHashMap<>();
        for (RuledTables.Cell cell : found.cells()) {
            rows.computeIfAbsent(cell.row(), r -> new ArrayList<>()).add(cell);
        }
        for (List<RuledTables.Cell> row : rows.values()) {
            placed.add(new Placed(row.getFirst().top(), gridRow(row, texts)));
        }
        for (List<Tesseract.Word> line : textLines(free)) {
            placed.add(new Placed(line.getFirst().top(), laidOut(line, dpi)));
        }
        placed.sort(Comparator.comparingInt(Placed::top));
        return placed.stream().map(Placed::line).toList();
    }

    private record Placed(int top, Line line) {
    }

    /**
     * Each cell's text. A cell without ink is empty. A short cell (a value, or OCR noise) is also read on its own
     * twice — by the Chinese and the English model, digits only — and gets the number its readings agree on. In each
     * table, a column whose cells are mostly numbers is a value column: a cell there without a
     * majority number is illegible; elsewhere it keeps the page's reading.
     */
    private static Map<RuledTables.Cell, Reading> cellTexts(RuledTables.Found found,
                                                          Map<RuledTables.Cell, List<Tesseract.Word>> inCells, int dpi,
                                                          Tesseract tesseract, Path dir, int pageIndex, Duration timeout) {
        Map<RuledTables.Cell, Reading> texts = new LinkedHashMap<>();
        List<RuledTables.Cell> shortCells = new ArrayList<>();
        List<Path> crops = new ArrayList<>();
        for (Map.Entry<RuledTables.Cell, List<Tesseract.Word>> entry : inCells.entrySet()) {
            RuledTables.Cell cell = entry.getKey();
            String text = join(entry.getValue());
            if (ink(found.erased(), cell) < MIN_INK) {
                texts.put(cell, new Reading("", false));
                continue;
            }
            texts.put(cell, new Reading(text, false));
            if (!HAN.matcher(text).find() && text.length() <= 12 || text.replace(" ", "").length() <= 1) {
                shortCells.add(cell);
                crops.add(pgm(crop(found.erased(), cell, dpi), dir.resolve("cell-" + pageIndex + "-" + crops.size() + ".pgm")));
            }
        }
        if (crops.isEmpty()) {
            return texts;
        }
        Path list = dir.resolve("cells-" + pageIndex + ".txt");
        try {
            Files.writeString(list, String.join("\n", crops.stream().map(Path::toString).toList()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Tesseract.Word> chinese = tesseract.words(list, "chi_sim", 7, VALUE_CHARACTERS, timeout);
        List<Tesseract.Word> english = tesseract.words(list, "eng", 7, VALUE_CHARACTERS, timeout);
        Map<RuledTables.Cell, Reading> values = new LinkedHashMap<>();
        for (int i = 0; i < shortCells.size(); i++) {
            RuledTables.Cell cell = shortCells.get(i);
            // the page's own reading counts only when its words lie within the cell (a word across cells is not one)
            boolean within = inCells.get(cell).stream().allMatch(w -> w.left() >= cell.left() - 2
                    && w.left() + w.width() <= cell.right() + 2);
            String page = within ? TextNormalizer.halfWidth(texts.get(cell).text()).replace(" ", "") : "";
            Reading value = value(List.of(page, readingOf(chinese, i), readingOf(english, i)));
            if (value != null) {
                values.put(cell, value);
            }
        }
        // value columns: in the rows that hold numbers, the columns whose cells are mostly numbers
        Map<Integer, Long> numbersPerRow = new LinkedHashMap<>();
        values.forEach((cell, value) -> numbersPerRow.merge(cell.row(),
                NUMBER.matcher(value.text()).matches() ? 1L : 0L, Long::sum));
        Map<String, int[]> columns = new LinkedHashMap<>(); // table:column → {value-like cells, cells}
        for (RuledTables.Cell cell : texts.keySet()) {
            boolean inked = values.containsKey(cell) || !texts.get(cell).text().isEmpty();
            if (numbersPerRow.getOrDefault(cell.row(), 0L) >= 1 && inked) {
                int[] counts = columns.computeIfAbsent(cell.table() + ":" + cell.column(), k -> new int[2]);
                Reading value = values.get(cell);
                counts[0] += value != null ? 1 : 0;
                counts[1]++;
            }
        }
        values.forEach((cell, value) -> {
            int[] counts = columns.get(cell.table() + ":" + cell.column());
            if (counts != null && counts[0] * 2 > counts[1]) {
                texts.put(cell, value);
            }
        });
        return texts;
    }

    private static final String VALUE_CHARACTERS = "0123456789.-/";



    private static String readingOf(List<Tesseract.Word> words, int image) {
        StringBuilder text = new StringBuilder();
        words.stream().filter(w -> w.image() == image).sorted(Comparator.comparingInt(Tesseract.Word::left))
                .forEach(w -> text.append(w.text()));
        return text.toString();
    }

    /** A value cell as read: its text, and whether its readings disagreed (the majority was taken). */
    record Reading(String text, boolean disputed) {
    }

    /**
     * A value cell from its readings — the page's, then the cell's own by the Chinese and the English model. When
     * the cell's own readings give the same number and the page's does not read another, that number. When two of
     * the three give a number and the third another or nothing, that number, disputed: only the identities can then
     * confirm it. A dash or slash that is all anyone sees is a blank mark. Digits no two readings agree on are
     * illegible; without any digit the cell holds no value (null).
     */
    static Reading value(List<String> readings) {
        String page = readings.get(0);
        String chinese = readings.get(1);
        String english = readings.get(2);
        boolean pageNumber = NUMBER.matcher(page).matches();
        if (NUMBER.matcher(chinese).matches() && chinese.equals(english)) {
            return !pageNumber || page.equals(chinese) ? new Reading(chinese, false) : new Reading(chinese, true);
        }
        for (String number : readings) {
            if (NUMBER.matcher(number).matches() && readings.stream().filter(number::equals).count() >= 2) {
                return new Reading(number, true);
            }
        }
        List<String> seen = readings.stream().filter(r -> !r.isEmpty()).toList();
        if (!seen.isEmpty() && seen.stream().allMatch(r -> BLANK_MARK.matcher(r).matches())) {
            return new Reading("-", false);
        }
        // digits no two readings agree on: a value that cannot be read; no digits at all: not a value
        return seen.stream().anyMatch(r -> r.chars().anyMatch(Character::isDigit)) ? new Reading(ILLEGIBLE, false) : null;
    }

    private static Line gridRow(List<RuledTables.Cell> row, Map<RuledTables.Cell, Reading> texts) {
        int width = row.stream().mapToInt(c -> c.column() + c.columnSpan()).max().orElse(0);
        GridRows.Cell[] cells = new GridRows.Cell[width];
        for (RuledTables.Cell cell : row) {
            Reading text = texts.getOrDefault(cell, new Reading("", false));
            for (int c = cell.column(); c < cell.column() + cell.columnSpan() && c < width; c++) {
                cells[c] = new GridRows.Cell(text.text(), c > cell.column(), text.disputed());
            }
        }
        List<GridRows.Cell> grid = new ArrayList<>(width);
        for (GridRows.Cell cell : cells) {
            grid.add(cell == null ? GridRows.Cell.of("") : cell);
        }
        return GridRows.toLine(grid);
    }

    /** Words outside the tables, on the lines Tesseract found them on, top to bottom. */
    private static List<List<Tesseract.Word>> textLines(List<Tesseract.Word> words) {
        Map<Integer, List<Tesseract.Word>> lines = new LinkedHashMap<>();
        for (Tesseract.Word word : words) {
            lines.computeIfAbsent(word.line(), l -> new ArrayList<>()).add(word);
        }
        List<List<Tesseract.Word>> sorted = new ArrayList<>(lines.values());
        sorted.forEach(line -> line.sort(Comparator.comparingInt(Tesseract.Word::left)));
        sorted.sort(Comparator.comparingDouble(OcrPage::centerY));
        return sorted;
    }

    private static double centerY(List<Tesseract.Word> line) {
        return line.stream().mapToDouble(Tesseract.Word::centerY).average().orElse(0);
    }

    /** A line of words, each padded to the character column of its position (as laid-out PDF text). */
    private static Line laidOut(List<Tesseract.Word> words, int dpi) {
        double pixelsPerColumn = POINTS_PER_COLUMN * dpi / 72.0;
        StringBuilder text = new StringBuilder();
        for (Tesseract.Word word : words) {
            int column = (int) Math.round(word.left() / pixelsPerColumn);
            if (column > text.length()) {
                text.append(" ".repeat(column - text.length()));
            } else if (!text.isEmpty() && isGap(text.charAt(text.length() - 1), word.text().charAt(0))) {
                text.append(' ');
            }
            text.append(word.text());
        }
        return TextLines.line(text.toString());
    }

    /** Words of Latin letters or digits keep a space between them; Chinese characters join without one. */
    private static boolean isGap(char before, char after) {
        return !HAN.matcher(String.valueOf(before)).matches() || !HAN.matcher(String.valueOf(after)).matches();
    }

    /** A cell's words in reading order: Tesseract's lines top to bottom, each left to right. */
    private static String join(List<Tesseract.Word> words) {
        StringBuilder text = new StringBuilder();
        for (List<Tesseract.Word> line : textLines(words)) {
            for (Tesseract.Word word : line) {
                if (!text.isEmpty() && isGap(text.charAt(text.length() - 1), word.text().charAt(0))) {
                    text.append(' ');
                }
                text.append(word.text());
            }
        }
        return text.toString();
    }

    /** Ink pixels inside the cell, away from its borders (rules already erased). */
    private static int ink(BufferedImage image, RuledTables.Cell cell) {
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int margin = Math.max(3, Math.min(cell.width(), cell.height()) / 12);
        int count = 0;
        for (int y = cell.top() + margin; y < cell.bottom() - margin; y++) {
            for (int x = cell.left() + margin; x < cell.right() - margin; x++) {
                if ((pixels[y * image.getWidth() + x] & 0xFF) < 128) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The ink of a cell, scaled so that its characters are about {@link #DIGIT_HEIGHT} pixels high — the size
     * Tesseract reads digits best at (much larger, it misses a lone {@code 9}) — on a white border.
     */
    private static BufferedImage crop(BufferedImage image, RuledTables.Cell cell, int dpi) {
        BufferedImage inside = crop(image, cell);
        int[] box = inkBox(inside);
        if (box == null) {
            return inside;
        }
        double scale = Math.clamp((double) DIGIT_HEIGHT / (box[3] - box[1] + 1), 0.2, 2.0);
        int width = Math.max(1, (int) Math.round((box[2] - box[0] + 1) * scale));
        int height = Math.max(1, (int) Math.round((box[3] - box[1] + 1) * scale));
        BufferedImage scaled = new BufferedImage(width + 2 * BORDER, height + 2 * BORDER, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D graphics = scaled.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, scaled.getWidth(), scaled.getHeight());
        graphics.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(inside, BORDER, BORDER, BORDER + width, BORDER + height, box[0], box[1], box[2] + 1, box[3] + 1,
                null);
        graphics.dispose();
        return scaled;
    }

    private static final int DIGIT_HEIGHT = 24;
    private static final int BORDER = 12;

    /** {left, top, right, bottom} of the ink, or null without any. */
    private static int[] inkBox(BufferedImage image) {
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((pixels[y * image.getWidth() + x] & 0xFF) < 128) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? null : new int[] {left, top, right, bottom};
    }

    private static BufferedImage crop(BufferedImage image, RuledTables.Cell cell) {
        int margin = Math.max(3, Math.min(cell.width(), cell.height()) / 15);
        int x = cell.left() + margin;
        int y = cell.top() + margin;
        int w = Math.max(1, cell.width() - 2 * margin);
        int h = Math.max(1, cell.height() - 2 * margin);
        // a white border helps the line recogniser
        int pad = 20;
        BufferedImage out = new BufferedImage(w + 2 * pad, h + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(target, (byte) 0xFF);
        byte[] source = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int row = 0; row < h; row++) {
            System.arraycopy(source, (y + row) * image.getWidth() + x, target, (row + pad) * out.getWidth() + pad, w);
        }
        return out;
    }

    /** The image as binary PGM, which Tesseract reads without any decoding library. */
    static Path pgm(BufferedImage gray, Path file) {
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("P5\n" + gray.getWidth() + " " + gray.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            out.write(pixels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
