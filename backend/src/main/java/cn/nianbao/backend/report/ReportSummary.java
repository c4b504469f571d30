package cn.nianbao.backend.report;

import java.time.LocalDate;

import cn.nianbao.backend.agency.AgencyKind;

/** One line of a report listing: the body, the year, the active version and its headline number. */
public record ReportSummary(String agencyCode, String agencyName, AgencyKind agencyKind, int year, int versionNo,
                            String format, VersionOrigin origin, LocalDate signedOn, LocalDate publishedOn,
                            boolean demo, Integer newReceived) {
}
