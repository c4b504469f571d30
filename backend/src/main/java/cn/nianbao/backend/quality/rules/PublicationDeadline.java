package cn.nianbao.backend.quality.rules;

import java.time.LocalDate;

/**
 * The legal deadline for publishing a year's report: 31 January of the next year, 31 March for a people's
 * government at county level or above (《政府信息公开条例》第五十条).
 */
public final class PublicationDeadline {

    private PublicationDeadline() {
    }

    public static LocalDate of(int year, boolean peoplesGovernment) {
        return peoplesGovernment ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    /** The last year whose report was due before {@code today}. */
    public static int lastDueYear(LocalDate today, boolean peoplesGovernment) {
        int year = today.getYear() - 1;
        return today.isAfter(of(year, peoplesGovernment)) ? year : year - 1;
    }
}
