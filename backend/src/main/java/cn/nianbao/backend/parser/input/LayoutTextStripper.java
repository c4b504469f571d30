package cn.nianbao.backend.parser.input;

import java.io.IOException;
import java.util.List;

import cn.nianbao.backend.parser.Deadline;
import cn.nianbao.backend.parser.ParseLimits;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox text sorted by position and laid out like {@code pdftotext -layout}: each word is padded with spaces to the
 * character column of its x position (one column per {@link #POINTS_PER_COLUMN} points), so that numbers in the same
 * table column share a character column and a row with blank cells can still be placed. The deadline is checked at
 * every page, the length of the text at every word: a damaged file can place a word a billion points to the right.
 */
final class LayoutTextStripper extends PDFTextStripper {

    /** Narrower than any glyph of a table's body text, so padding only ever moves words right. */
    private static final float POINTS_PER_COLUMN = 4f;
    /** 8,000 points, nearly three metres: no page of a report is wider, so a word beyond is not padded further. */
    private static final int MAX_COLUMN = 2_000;

    private final Deadline deadline;
    private final ParseLimits limits;
    private int lineLength;
    private long written;

    LayoutTextStripper(Deadline deadline, ParseLimits limits, boolean suppressDuplicates) {
        this.deadline = deadline;
        this.limits = limits;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(suppressDuplicates);
        setPageEnd("\f"); // as pdftotext: the lines know their page ({@link TextLines})
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        deadline.check();
        super.startPage(page);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        super.writeLineSeparator();
        lineLength = 0;
        count(1);
    }

    @Override
    protected void writeWordSeparator() throws IOException {
        super.writeWordSeparator();
        lineLength++;
        count(1);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            int column = Math.min(MAX_COLUMN, Math.round(positions.getFirst().getXDirAdj() / POINTS_PER_COLUMN));
            if (column > lineLength) {
                count(column - lineLength);
                output.write(" ".repeat(column - lineLength));
                lineLength = column;
            }
        }
        count(text.length());
        super.writeString(text, positions);
        lineLength += text.length();
    }

    private void count(int chars) {
        written += chars;
        limits.checkText((int) Math.min(Integer.MAX_VALUE, written));
    }
}
