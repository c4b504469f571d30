package cn.nianbao.backend.parser.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of the tables on a scanned page, and the cells they enclose. A scan of the national template
 * prints its tables with ruled borders: long dark runs of pixels, horizontal and vertical, far longer than any stroke
 * of a character. They are found, erased before the text is recognised (OCR reads a border next to a digit as a
 * {@code 1} or {@code |}), and their crossings give every cell its box, so a value's column is the cell it stands
 * in, not a guess from its position.
 */
public final class RuledTables {

    /** Darker than this (0–255) is ink. */
    private static final int INK = 150;
    /** Lines closer than this (pixels) are one line drawn thick. */
    private static final int SAME_LINE = 6;

    /** A horizontal ({@code vertical == false}) or vertical line: its position across, and its extent along. */
    record Rule(int at, int from, int to) {
        boolean covers(int position, int slack) {
            return from - slack <= position && position <= to + slack;
        }
    }

    /** One cell of a ruled table: its box, the table it belongs to, and the grid row and columns it spans. */
    public record Cell(int left, int top, int right, int bottom, int table, int row, int column, int columnSpan) {

        public int width() {
            return right - left;
        }

        public int height() {
            return bottom - top;
        }

        public boolean contains(double x, double y) {
            return x >= left && x < right && y >= top && y < bottom;
        }
    }

    /** The page's table cells in reading order, and the page with the rules erased for recognition. */
    public record Found(List<Cell> cells, int rows, BufferedImage erased) {
    }

    private RuledTables() {
    }

    /** @param dpi the resolution the page was rendered at: rules are longer than a character by far at any size */
    public static Found find(BufferedImage gray, int dpi) {
        int width = gray.getWidth();
        int height = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int minHorizontal = Math.max(40, dpi * 35 / 100);
        // vertical rules run through whole tables; a character's vertical stroke is at most its height
        int minVertical = Math.max(30, dpi / 2);
        List<Rule> horizontal = merge(runs(pixels, width, height, true, minHorizontal));
        List<Rule> vertical = merge(runs(pixels, width, height, false, minVertical));
        BufferedImage erased = erase(gray, pixels, horizontal, vertical);
        List<Cell> cells = cells(horizontal, vertical, dpi);
        int rows = cells.isEmpty() ? 0 : cells.getLast().row() + 1;
        return new Found(cells, rows, erased);
    }

    /** Dark runs at least {@code min} long, one per pixel row (horizontal) or column (vertical). */
    private static List<Rule> runs(byte[] pixels, int width, int height, boolean horizontal, int min) {
        List<Rule> runs = new ArrayList<>();
        int lines = horizontal ? height : width;
        int length = horizontal ? width : height;
        for (int line = 0; line < lines; line++) {
            int start = -1;
            for (int i = 0; i <= length; i++) {
                boolean ink = i < length && ink(pixels, width, horizontal ? i : line, horizontal ? line : i);
                if (ink && start < 0) {
                    start = i;
                } else if (!ink && start >= 0) {
                    if (i - start >= min) {
                        runs.add(new Rule(line, start, i - 1));
                    }
                    start = -1;
                }
            }
        }
        return runs;
    }

    private static boolean ink(byte[] pixels, int width, int x, int y) {
        return (pixels[y * width + x] & 0xFF) < INK;
    }

    /** Runs on neighbouring pixel lines that overlap are one rule (a line a few pixels thick, or slightly skewed). */
    private static List<Rule> merge(List<Rule> runs) {
        List<Rule> rules = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // {first at, last at, from, to}
        for (Rule run : runs) {
            int[] joined = null;
            for (int[] rule : open) {
                if (run.at() - rule[1] <= SAME_LINE && run.from() <= rule[3] && run.to() >= rule[2]) {
                    joined = rule;
                    break;
                }
            }
            if (joined == null) {
                open.add(new int[] {run.at(), run.at(), run.from(), run.to()});
            } else {
                joined[1] = run.at();
                joined[2] = Math.min(joined[2], run.from());
                joined[3] = Math.max(joined[3], run.to());
            }
        }
        for (int[] rule : open) {
            rules.add(new Rule((rule[0] + rule[1]) / 2, rule[2], rule[3]));
        }
        rules.sort((a, b) -> a.at() != b.at() ? Integer.compare(a.at(), b.at()) : Integer.compare(a.from(), b.from()));
        return rules;
    }

    private static BufferedImage erase(BufferedImage gray, byte[] pixels, List<Rule> horizontal, List<Rule> vertical) {
        BufferedImage erased = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) erased.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, out, 0, pixels.length);
        int width = gray.getWidth();
        int height = gray.getHeight();
        for (Rule rule : horizontal) {
            for (int y = Math.max(0, rule.at() - SAME_LINE); y <= Math.min(height - 1, rule.at() + SAME_LINE); y++) {
                for (int x = rule.from(); x <= rule.to(); x++) {
                    if (ink(pixels, width, x, y) && runThrough(pixels, width, height, x, y, true)) {
                        out[y * width + x] = (byte) 0xFF;
                    }
                }
            }
        }
        for (Rule rule : vertical) {
            for (int x = Math.max(0, rule.at() - SAME_LINE); x <= Math.min(width - 1, rule.at() + SAME_LINE); x++) {
                for (int y = rule.from(); y <= rule.to(); y++) {
                    if (ink(pixels, width, x, y) && runThrough(pixels, width, height, x, y, false)) {
                        out[y * width + x] = (byte) 0xFF;
                    }
                }
            }
        }
        return erased;
    }

    /** Ink that belongs to the rule itself: the dark run through it along the rule is long. */
    private static boolean runThrough(byte[] pixels, int width, int height, int x, int y, boolean horizontal) {
        int length = 1;
        for (int d = 1; d < 40 && length < 20; d++) {
            int px = horizontal ? x + d : x;
            int py = horizontal ? y : y + d;
            if (px >= width || py >= height || !ink(pixels, width, px, py)) {
                break;
            }
            length++;
        }
        for (int d = 1; d < 40 && length < 20; d++) {
            int px = horizontal ? x - d : x;
            int py = horizontal ? y : y - d;
            if (px < 0 || py < 0 || !ink(pixels, width, px, py)) {
                break;
            }
            length++;
        }
        return length >= 20;
    }

    /**
     * Cells between consecutive levels of horizontal rules, split by the vertical rules that cross the whole band; a
     * band crossed by fewer than two vertical rules is not part of a table. Adjacent bands form one table, whose
     * columns are numbered over all its vertical rules, so a cell merged across columns spans several and a table
     * continued on the next page numbers its columns the same way.
     */
    private static List<Cell> cells(List<Rule> horizontal, List<Rule> vertical, int dpi) {
        List<Cell> cells = new ArrayList<>();
        // the ends of vertical rules are levels too: a table continued on the next page has no rule under its last row
        List<Integer> levels = distinct(java.util.stream.Stream.concat(horizontal.stream().map(Rule::at),
                vertical.stream().flatMap(rule -> java.util.stream.Stream.of(rule.from(), rule.to()))).sorted().toList());
        int minHeight = Math.max(8, dpi / 20);
        List<int[]> bands = new ArrayList<>(); // {top, bottom}
        List<List<Integer>> crossings = new ArrayList<>();
        int[] row = {0, 0}; // the next row, the next table
        for (int i = 0; i + 1 < levels.size(); i++) {
            int top = levels.get(i);
            int bottom = levels.get(i + 1);
            List<Integer> crossing = new ArrayList<>();
            for (Rule rule : vertical) {
                if (rule.covers(top, SAME_LINE * 2) && rule.covers(bottom, SAME_LINE * 2)) {
                    crossing.add(rule.at());
                }
            }
            crossing = distinct(crossing.stream().sorted().toList());
            boolean tableBand = bottom - top >= minHeight && crossing.size() >= 2;
            if (!tableBand || !bands.isEmpty() && bands.getLast()[1] != top) {
                table(bands, crossings, cells, row);
            }
            if (tableBand) {
                bands.add(new int[] {top, bottom});
                crossings.add(crossing);
            }
        }
        table(bands, crossings, cells, row);
        return cells;
    }

    /** The cells of one table (adjacent bands), its columns numbered over all its vertical rules. */
    private static void table(List<int[]> bands, List<List<Integer>> crossings, List<Cell> cells, int[] row) {
        List<Integer> columns = distinct(crossings.stream().flatMap(List::stream).sorted().toList());
        for (int b = 0; b < bands.size(); b++) {
            List<Integer> crossing = crossings.get(b);
            for (int c = 0; c + 1 < crossing.size(); c++) {
                int first = columnOf(columns, crossing.get(c));
                int last = columnOf(columns, crossing.get(c + 1));
                cells.add(new Cell(crossing.get(c), bands.get(b)[0], crossing.get(c + 1), bands.get(b)[1], row[1], row[0],
                        first, Math.max(1, last - first)));
            }
            row[0]++;
        }
        if (!bands.isEmpty()) {
            row[1]++;
        }
        bands.clear();
        crossings.clear();
    }

    private static List<Integer> distinct(List<Integer> sorted) {
        List<Integer> distinct = new ArrayList<>();
        for (int value : sorted) {
            if (distinct.isEmpty() || value - distinct.getLast() > SAME_LINE * 2) {
                distinct.add(value);
            }
        }
        return distinct;
    }

    private static int columnOf(List<Integer> columns, int x) {
        int best = 0;
        for (int i = 1; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
