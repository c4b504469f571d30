package cn.nianbao.frontend.template;

import java.math.BigDecimal;
import java.util.Map;

/** One cell of a template table in one of its three states: printed number (0 too), printed blank, or missing. */
public record Cell(State state, Number value) {

    public enum State {
        /** A number was printed. */
        VALUE,
        /** The report has the row but the cell was printed empty, "/", "-" or "—". */
        BLANK,
        /** The report does not have this row or table. */
        MISSING
    }

    public static final Cell MISSING = new Cell(State.MISSING, null);
    public static final Cell BLANK = new Cell(State.BLANK, null);

    /** Reads the contract form: an absent row or key is missing, a null value blank. */
    public static Cell of(Map<String, ? extends Number> row, String key) {
        if (row == null || !row.containsKey(key)) {
            return MISSING;
        }
        Number value = row.get(key);
        return value == null ? BLANK : new Cell(State.VALUE, value);
    }

    /** The number as the report prints it: counts without decimals, 万元 amounts as given. */
    public String text() {
        if (state != State.VALUE) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
