package cn.nianbao.backend.parser.finding;

/**
 * The parser's own rule codes. The validator's rules (勾稽关系, carry-over, …) join the same list shape later:
 * a code, a severity per case, and the contract paths of the cells concerned.
 */
public enum FindingCode {
    /** More than one reading of the printed text fits every rule; the cells are left null. */
    AMBIGUOUS_CELL,
    /** A table is printed more than once: a warning when the copies agree, an error when they differ. */
    TABLE_REPEATED,
    /** A standard table is absent or cannot be read at all. */
    TABLE_MISSING,
    /** A row's label was found but its printed values cannot be read with certainty; the cells are left null. */
    ROW_UNREADABLE,
    /** A row of the template is not printed in the report. */
    ROW_MISSING,
    /** The numbers were printed out of order (PDF text flow) and were put in order with the table's sum rules. */
    READING_ORDER,
    /** The document is a scan: its text and values were read by OCR; the cells listed are OCR readings. */
    OCR_READ
}
