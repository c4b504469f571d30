package cn.nianbao.backend.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.parser.input.TextLinesAccess;
import cn.nianbao.backend.parser.text.Token;
import org.junit.jupiter.api.Test;

class SequenceReaderTest {

    private static List<List<String>> rows(String text, int width) {
        List<List<Token>> rows = SequenceReader.rows(TextLinesAccess.lines(text), width);
        return rows == null ? null : rows.stream()
                .map(r -> r.stream().map(t -> t == null ? null : t.text()).collect(java.util.stream.Collectors.toList()))
                .toList();
    }

    @Test
    void singleNumbersSeparatedByEmptyLinesAreReadRowByRow() {
        assertThat(rows("标签\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n", 3)).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "6"));
    }

    @Test
    void equalRunsOfNumbersAreColumnsOfABlockOfRows() {
        String columns = "1\n4\n\n2\n5\n\n3\n6\n";

        assertThat(rows(columns, 3)).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "6"));
    }

    /** A block of 表三 rows printed column by column, one number per line, columns between empty lines. */
    private static String columnByColumn(long[][] rows) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < rows[0].length; c++) {
            for (long[] row : rows) {
                text.append(row[c]).append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static List<String> row(long... values) {
        return java.util.Arrays.stream(values).mapToObj(String::valueOf).toList();
    }

    @Test
    void aSquareBlockIsTurnedTheWayTheRowSumsHold() {
        long[][] rows = {{1, 2, 0, 0, 0, 0, 3}, {4, 0, 0, 0, 0, 1, 5}, {0, 0, 0, 0, 0, 0, 0}, {2, 0, 0, 0, 0, 0, 2},
                {0, 0, 0, 0, 0, 0, 0}, {7, 1, 0, 0, 0, 0, 8}, {0, 0, 0, 0, 0, 0, 0}};

        assertThat(rows(columnByColumn(rows), 7)).containsExactly(row(rows[0]), row(rows[1]), row(rows[2]),
                row(rows[3]), row(rows[4]), row(rows[5]), row(rows[6]));
    }

    @Test
    void aSquareBlockThatTheSumsCannotTurnKeepsOnlyTheCellsBothWaysAgreeOn() {
        // zeros but for the diagonal and one corner: no row adds up to its total either way, so the block stays as
        // undecided; the cells the two readings (as printed, turned) disagree on are left null
        long[][] rows = new long[7][7];
        for (int i = 0; i < 7; i++) {
            rows[i][i] = i + 1;
        }
        rows[0][6] = 9;

        List<List<String>> read = rows(columnByColumn(rows), 7);

        assertThat(read).hasSize(7);
        assertThat(read.get(0).get(6)).isNull(); // 9 printed as rows, 0 turned
        assertThat(read.get(6).get(0)).isNull();
        assertThat(read.get(3).get(3)).isEqualTo("4");
        assertThat(read.get(2).get(5)).isEqualTo("0");
    }

    @Test
    void numbersThatDoNotFillRowsAreNotAReading() {
        assertThat(rows("1\n\n2\n\n3\n\n4\n", 3)).isNull();
    }
}
