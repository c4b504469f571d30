package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.TextNormalizer;
import cn.nianbao.backend.parser.text.Token;

/**
 * Reads a table whose rows keep their label and their values together (Word, HTML, DOCX, markdown, {@code -layout}
 * PDF text): label text is collected until values follow, and the values belong to the row the label names. Label
 * text may span lines and include group headings and wrapped fragments of the neighbouring rows.
 *
 * <p>The reading is <em>clean</em> only when every printed number found a row and the rows came in template order;
 * a restart at the first row begins another copy of the table (a table printed twice). Anything else — numbers
 * before any label, numbers under a label that names no row, rows out of order, more numbers than a row has — means
 * labels and numbers are not aligned (plain PDF text), and the caller must not trust these rows.
 */
final class RowModeReader {

    /** The rows of each printed copy, in order, each with its value tokens. */
    record Reading<R>(List<Map<R, List<Token>>> copies, boolean clean) {
    }

    private RowModeReader() {
    }

    static <R> Reading<R> read(List<Line> region, RowTemplate<R> template, R firstRow) {
        State<R> state = new State<>(template, firstRow, CellReading.laidOut(region));
        for (Line line : region) {
            if (line.grid()) {
                // A row of a real table carries its own label: text of the rows above (headers such as 数据1…总计)
                // is not part of it.
                if (!state.values.isEmpty()) {
                    state.close();
                }
                state.label.setLength(0);
            } else if (!state.values.isEmpty() && state.values.getLast().inGrid()) {
                state.close(); // a table row ends where its grid row ends (a page footer below it is not its value)
            }
            for (Token token : line.tokens()) {
                if (token.kind() == Token.Kind.TEXT) {
                    if (!state.values.isEmpty()) {
                        state.close();
                    }
                    state.label.append(token.text());
                    state.lineText.append(token.text());
                } else {
                    if (state.values.isEmpty()) {
                        state.valuesLineText = state.lineText.toString();
                    }
                    state.values.add(token);
                }
            }
            state.endLine();
        }
        state.close();
        if (!state.current.isEmpty()) {
            state.copies.add(state.current);
        }
        return new Reading<>(state.copies, state.clean);
    }

    /** Drops empty cells beyond the row's width: Word exports end a row with an extra empty cell. */
    static List<Token> trimTrailingEmpty(List<Token> values, int width) {
        List<Token> trimmed = new ArrayList<>(values);
        while (trimmed.size() > width && trimmed.getLast().kind() == Token.Kind.EMPTY) {
            trimmed.removeLast();
        }
        return trimmed;
    }

    private static final class State<R> {
        final RowTemplate<R> template;
        final R firstRow;
        final List<Map<R, List<Token>>> copies = new ArrayList<>();
        Map<R, List<Token>> current = new LinkedHashMap<>();
        final StringBuilder label = new StringBuilder();
        /** Label text of earlier lines that printed no value, one entry per line. */
        final List<String> fragments = new ArrayList<>();
        final StringBuilder lineText = new StringBuilder();
        /** The label text on the line where the pending row's values start. */
        String valuesLineText = "";
        final List<Token> values = new ArrayList<>();
        int lastOrder = -1;
        boolean clean = true;
        /** PDF or -layout text, where a row prints its numbers on its label's line and a blank cell prints nothing. */
        final boolean laidOut;

        State(RowTemplate<R> template, R firstRow, boolean laidOut) {
            this.template = template;
            this.firstRow = firstRow;
            this.laidOut = laidOut;
        }

        void endLine() {
            if (laidOut && values.isEmpty() && !lineText.isEmpty()) {
                fragments.add(TextNormalizer.compact(lineText.toString()));
            }
            lineText.setLength(0);
        }

        void close() {
            try {
                place();
            } finally {
                label.setLength(0);
                values.clear();
                fragments.clear();
                valuesLineText = "";
            }
        }

        private void place() {
            boolean numbers = values.stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER);
            Optional<RowLabel<R>> own = !laidOut || valuesLineText.isEmpty() ? Optional.empty()
                    : template.next(TextNormalizer.compact(valuesLineText), lastOrder);
            if (laidOut && (own.isPresent() || values.isEmpty())) {
                // In laid-out text a row label on a line of its own, before the row whose numbers follow, is a row
                // printed without any number: blank, and its neighbour keeps its own numbers.
                int before = own.map(RowLabel::order).orElse(Integer.MAX_VALUE);
                for (String fragment : fragments) {
                    Optional<RowLabel<R>> blank = template.next(fragment, lastOrder);
                    // （六）其他处理 on a line of its own is the heading of its sub-rows, not a blank single row
                    if (blank.isPresent() && blank.get().order() < before && !template.isAlternative(blank.get())) {
                        record(blank.get(), blankCells(blank.get().values()));
                    }
                }
            }
            Optional<RowLabel<R>> match = own.isPresent() && laidOut ? own : label.isEmpty() ? Optional.empty()
                    : template.match(TextNormalizer.compact(label.toString()), lastOrder);
            if (match.isEmpty()) {
                if (numbers) {
                    clean = false;
                }
                return;
            }
            RowLabel<R> row = match.get();
            // A real table's row keeps every cell with its grid position (empty ones too: a label's merged columns,
            // blank values); the reader places them by position. Elsewhere the values are the cells.
            boolean grid = values.stream().allMatch(Token::inGrid);
            List<Token> cells = grid ? List.copyOf(values) : trimTrailingEmpty(values, row.values());
            long printed = grid ? cells.stream().filter(t -> t.kind() != Token.Kind.EMPTY).count() : cells.size();
            if (!numbers && cells.size() < row.values()) {
                return; // a header cell followed by empty cells
            }
            if (row.order() <= lastOrder) {
                if (!row.row().equals(firstRow)) {
                    clean = false;
                    return;
                }
                copies.add(current);
                current = new LinkedHashMap<>();
            }
            if (printed > row.values()) {
                clean = false;
            }
            record(row, cells);
        }

        private void record(RowLabel<R> row, List<Token> cells) {
            current.put(row.row(), cells);
            lastOrder = row.order();
        }

        private static List<Token> blankCells(int count) {
            List<Token> cells = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cells.add(Token.blank(Token.NO_COLUMN));
            }
            return cells;
        }
    }
}
