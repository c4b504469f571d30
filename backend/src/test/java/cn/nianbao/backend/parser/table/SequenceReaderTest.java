package cn.nianbao.backend.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.parser.input.TextLinesAccess;
import cn.nianbao.backend.parser.text.Token;
import org.junit.jupiter.api.Test;

class SequenceReaderTest {

    private static List<List<String>> rows(String text, int width) {
        List<List<Token>> rows = SequenceReader.rows(TextLinesAccess.lines(text), width);
        return rows == null ? null : rows.stream().map(r -> r.stream().map(Token::text).toList()).toList();
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
    void numbersThatDoNotFillRowsAreNotAReading() {
        assertThat(rows("1\n\n2\n\n3\n\n4\n", 3)).isNull();
    }
}
