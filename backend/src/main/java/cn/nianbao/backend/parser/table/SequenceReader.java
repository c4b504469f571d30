package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Token;

/**
 * Reads the numbers of a table in the order plain {@code pdftotext} prints them, ignoring the labels (which that
 * output scatters). The numbers come row by row, except where pdftotext prints a block of rows column by column: then
 * {@code width} consecutive runs of the same length k (one number per line, no empty line within a run) are a block
 * of k rows, printed column by column. A block of k = width runs could be either; the catalogue's row sum of 表三
 * chooses, and if it cannot the differing cells are marked ambiguous (null).
 */
final class SequenceReader {

    private SequenceReader() {
    }

    /** The table's rows, or null when the numbers do not fall into rows of {@code width}. */
    static List<List<Token>> rows(List<Line> region, int width) {
        List<List<Token>> runs = new ArrayList<>();
        List<Boolean> columnLike = new ArrayList<>();
        List<Token> run = null;
        for (Line line : region) {
            if (line.isSingleValue() && line.tokens().getFirst().kind() != Token.Kind.EMPTY) {
                if (run == null) {
                    run = new ArrayList<>();
                }
                run.add(line.tokens().getFirst());
                continue;
            }
            if (run != null) {
                runs.add(run);
                columnLike.add(true);
                run = null;
            }
            for (Token token : line.tokens()) {
                if (token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.BLANK) {
                    runs.add(List.of(token));
                    columnLike.add(false);
                }
            }
        }
        if (run != null) {
            runs.add(run);
            columnLike.add(true);
        }
        return arrange(runs, columnLike, width);
    }

    private static List<List<Token>> arrange(List<List<Token>> runs, List<Boolean> columnLike, int width) {
        List<List<Token>> rows = new ArrayList<>();
        List<Token> flat = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            int k = runs.get(i).size();
            if (k >= 2 && isBlock(runs, columnLike, i, width, k)) {
                if (!flat.isEmpty()) {
                    return null;
                }
                List<List<Token>> block = runs.subList(i, i + width);
                rows.addAll(k == width ? squareBlock(block, width) : transpose(block, k));
                i += width;
                continue;
            }
            flat.addAll(runs.get(i));
            while (flat.size() >= width) {
                rows.add(List.copyOf(flat.subList(0, width)));
                flat.subList(0, width).clear();
            }
            i++;
        }
        return flat.isEmpty() ? rows : null;
    }

    private static boolean isBlock(List<List<Token>> runs, List<Boolean> columnLike, int start, int width, int k) {
        if (start + width > runs.size()) {
            return false;
        }
        for (int j = start; j < start + width; j++) {
            if (!columnLike.get(j) || runs.get(j).size() != k) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Token>> transpose(List<List<Token>> columns, int k) {
        List<List<Token>> rows = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            List<Token> row = new ArrayList<>(columns.size());
            for (List<Token> column : columns) {
                row.add(column.get(r));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A square block: rows as printed, or columns; the row sums decide, differing cells stay ambiguous otherwise. */
    private static List<List<Token>> squareBlock(List<List<Token>> block, int width) {
        List<List<Token>> asRows = block.stream().map(List::copyOf).toList();
        List<List<Token>> asColumns = transpose(block, width);
        int rowsFit = sumsHolding(asRows);
        int columnsFit = sumsHolding(asColumns);
        if (rowsFit != columnsFit) {
            return rowsFit > columnsFit ? asRows : asColumns;
        }
        List<List<Token>> merged = new ArrayList<>();
        for (int r = 0; r < width; r++) {
            List<Token> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Token a = asRows.get(r).get(c);
                Token b = asColumns.get(r).get(c);
                row.add(a.kind() == b.kind() && a.text().equals(b.text()) ? a : null);
            }
            merged.add(row);
        }
        return merged;
    }

    /**
     * Rows of the block whose values satisfy the catalogue's row sum of 表三 (six applicant columns = 总计); the row
     * the block starts at is not known yet, and the identity has the same form in every row.
     */
    private static int sumsHolding(List<List<Token>> rows) {
        int holding = 0;
        for (List<Token> row : rows) {
            if (TableIdentities.rowSum(RequestRow.NEW_RECEIVED, CellReading.counts(row))
                    == TableIdentities.Compiled.State.HOLDS) {
                holding++;
            }
        }
        return holding;
    }
}
