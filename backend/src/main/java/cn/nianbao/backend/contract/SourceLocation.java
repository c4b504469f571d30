package cn.nianbao.backend.contract;

/**
 * Where in a report something a finding concerns was read, so that a clerk can find it in one look: a cell of a
 * table read from a document ({@code cell} with the document's {@code page} and {@code line}, when the parser gives
 * them, and where the cell's value stands in the excerpt, {@code offset} and {@code length}, when that is certain),
 * or a passage of a narrative section ({@code section} 1…6, {@code offset} and {@code length} in characters of that
 * section's stored text). {@code excerpt} is the text found there, shortened. Parts not known are null.
 */
public record SourceLocation(String cell, Integer page, Integer line, Integer section, Integer offset,
                             Integer length, String excerpt) {

    /** A cell of a table at a page and line of the document it was read from. */
    public static SourceLocation ofCell(String cell, Integer page, Integer line, String excerpt) {
        return new SourceLocation(cell, page, line, null, null, null, excerpt);
    }

    /** A table cell whose value stands {@code length} characters from {@code offset} of the excerpt of its line. */
    public static SourceLocation ofCellAt(String cell, Integer page, Integer line, String excerpt, int offset,
                                          int length) {
        return new SourceLocation(cell, page, line, null, offset, length, excerpt);
    }

    /** A passage of narrative section {@code section}: {@code length} characters from {@code offset}. */
    public static SourceLocation inSection(int section, int offset, int length, String excerpt) {
        return new SourceLocation(null, null, null, section, offset, length, excerpt);
    }
}
