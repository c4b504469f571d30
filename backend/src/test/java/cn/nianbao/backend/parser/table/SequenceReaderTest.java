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

    @Test
    void aSquareBlockIsTurnedTheWayTheRowSumsHold() {
        // rows 1 2 3 / 4 5 9 / 0 0 0 printed column by column: 1 4 0 | 2 5 0 | 3 9 0
        assertThat(rows("1\n4\n0\n\n2\n5\n0\n\n3\n9\n0\n", 3))
                .containsExactly(List.of("1", "2", "3"), List.of("4", "5", "9"), List.of("0", "0", "0"));
    }

    @Test
    void aSquareBlockThatTheSumsCannotTurnKeepsOnlyTheCellsBothWaysAgreeOn() {
        // 1 0 1 / 0 0 0 / 1 0 1 holds its sums both ways and is symmetric: nothing is ambiguous
        assertThat(rows("1\n0\n1\n\n0\n0\n0\n\n1\n0\n1\n", 3))
                .containsExactly(List.of("1", "0", "1"), List.of("0", "0", "0"), List.of("1", "0", "1"));
        // runs 2 2 4 / 1 1 2 / 0 0 0 add up as rows; turned (2 1 0 / 2 1 0 / 4 2 0) they do not: the runs are rows
        assertThat(rows("2\n2\n4\n\n1\n1\n2\n\n0\n0\n0\n", 3))
                .containsExactly(List.of("2", "2", "4"), List.of("1", "1", "2"), List.of("0", "0", "0"));
        // runs 1 2 / 3 4 with width 2 fit neither way (1≠2, 3≠4; 1≠3, 2≠4) and disagree off the diagonal
        assertThat(rows("1\n2\n\n3\n4\n", 2)).containsExactly(java.util.Arrays.asList("1", null),
                java.util.Arrays.asList(null, "4"));
    }

    @Test
    void numbersThatDoNotFillRowsAreNotAReading() {
        assertThat(rows("1\n\n2\n\n3\n\n4\n", 3)).isNull();
    }
}
