package cn.nianbao.backend.parser.input;

import java.io.IOException;
import java.util.List;

import cn.nianbao.backend.parser.Deadline;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox text sorted by position and laid out like {@code pdftotext -layout}: each word is padded with spaces to the
 * character column of its x position (one column per {@link #POINTS_PER_COLUMN} points), so that numbers in the same
 * table column share a character column and a row with blank cells can still be placed. The deadline is checked at
 * every page.
 */
final class LayoutTextStripper extends PDFTextStripper {

    /** Narrower than any glyph of a table's body text, so padding only ever moves words right. */
    private static final float POINTS_PER_COLUMN = 4f;

    private final Deadline deadline;
    private int lineLength;

    LayoutTextStripper(Deadline deadline, boolean suppressDuplicates) {
        this.deadline = deadline;
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
    }

    @Override
    protected void writeWordSeparator() throws IOException {
        super.writeWordSeparator();
        lineLength++;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            int column = Math.round(positions.getFirst().getXDirAdj() / POINTS_PER_COLUMN);
            if (column > lineLength) {
                String padding = " ".repeat(column - lineLength);
                output.write(padding);
                lineLength = column;
            }
        }
        super.writeString(text, positions);
        lineLength += text.length();
    }
}
