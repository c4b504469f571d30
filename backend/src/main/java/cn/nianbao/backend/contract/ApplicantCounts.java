package cn.nianbao.backend.contract;

import java.util.Map;

/** One row of 表三: the seven applicant columns. A null cell was printed blank. */
public record ApplicantCounts(Integer naturalPerson, Integer commercial, Integer research, Integer publicInterest,
                              Integer legalServices, Integer other, Integer total) {

    public static final ApplicantCounts BLANK = new ApplicantCounts(null, null, null, null, null, null, null);

    public Integer get(ApplicantColumn column) {
        return switch (column) {
            case NATURAL_PERSON -> naturalPerson;
            case COMMERCIAL -> commercial;
            case RESEARCH -> research;
            case PUBLIC_INTEREST -> publicInterest;
            case LEGAL_SERVICES -> legalServices;
            case OTHER -> other;
            case TOTAL -> total;
        };
    }

    /** Cells in column order ({@link ApplicantColumn#values()}); the array must have 7 entries. */
    public static ApplicantCounts of(Integer... cells) {
        if (cells.length != ApplicantColumn.values().length) {
            throw new IllegalArgumentException("表三一行应有 7 列，实际 " + cells.length + " 列");
        }
        return new ApplicantCounts(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
    }

    public static ApplicantCounts of(Map<ApplicantColumn, Integer> cells) {
        return new ApplicantCounts(cells.get(ApplicantColumn.NATURAL_PERSON), cells.get(ApplicantColumn.COMMERCIAL),
                cells.get(ApplicantColumn.RESEARCH), cells.get(ApplicantColumn.PUBLIC_INTEREST),
                cells.get(ApplicantColumn.LEGAL_SERVICES), cells.get(ApplicantColumn.OTHER),
                cells.get(ApplicantColumn.TOTAL));
    }
}
