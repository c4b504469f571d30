package cn.nianbao.frontend.backend.reports;

import java.time.LocalDate;

import cn.nianbao.frontend.backend.agencies.AgencyKind;

/** The active version of one report, as listed by {@code GET /api/reports?region=…}. */
public record ReportSummary(String agencyCode, String agencyName, AgencyKind agencyKind, int year, int versionNo,
                            String format, String origin, LocalDate signedOn, LocalDate publishedOn, boolean demo,
                            Integer newReceived) {
}
