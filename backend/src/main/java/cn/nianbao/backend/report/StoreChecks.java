package cn.nianbao.backend.report;

import java.util.List;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.Contact;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.YearRange;

/**
 * What a report must satisfy before it is stored (refused with a 400 naming the problem). What is stored but
 * reported back (e.g. AGENCY_MISMATCH) is for the quality rules ({@link NewVersionChecks}).
 */
final class StoreChecks {

    static final int FIRST_YEAR = YearRange.FIRST_YEAR;

    private StoreChecks() {
    }

    /** A year a request may name at all, for reading as much as for storing. */
    static void requirePossibleYear(int year) {
        YearRange.check("year", year);
    }

    /**
     * Refuses what cannot be true: a year before 2008 or after the current one, a year the body was not
     * expected to report in (when its reporting periods are known), a report that names another year, a manual
     * correction without a reason.
     */
    static void refuseImpossible(Agency agency, int year, NewVersion version, int currentYear) {
        requirePossibleYear(year);
        if (year > currentYear) {
            throw new BadRequestException("year", year + " 年度尚未结束（今年是 " + currentYear + " 年），不能提交该年度的年报");
        }
        if (!agency.reportingPeriods().isEmpty() && !agency.expectedToReport(year)) {
            throw new BadRequestException("year", agency.name() + " 在 " + year + " 年度无需报告年报（应报年度："
                    + periods(agency.reportingPeriods()) + "）");
        }
        AnnualReport report = version.report();
        if (report.year() != null && report.year() != year) {
            throw new BadRequestException("year", "年报中的年度 " + report.year() + " 与提交的年度 " + year + " 不一致");
        }
        if (version.origin() == VersionOrigin.MANUAL && (version.reason() == null || version.reason().isBlank())) {
            throw new BadRequestException("reason", "人工更正必须填写更正原因");
        }
        refuseOverlong(version);
    }

    /** Texts longer than their columns hold are refused by field, before the database would refuse them. */
    private static void refuseOverlong(NewVersion version) {
        AnnualReport report = version.report();
        AnnualReport.Details details = report.details();
        Contact contact = details.contact() == null ? new Contact(null, null, null, null, null, null, null)
                : details.contact();
        limit("reason", "更正原因", version.reason(), 1000);
        limit("agency", "年报标题中的机构名称", report.agency(), 200);
        limit("url", "发布网址", details.url(), 2000);
        limit("contact.organization", "联系机构", contact.organization(), 200);
        limit("contact.address", "联系地址", contact.address(), 500);
        limit("contact.postal_code", "邮政编码", contact.postalCode(), 20);
        limit("contact.phone", "联系电话", contact.phone(), 200);
        limit("contact.fax", "传真", contact.fax(), 200);
        limit("contact.email", "电子邮箱", contact.email(), 200);
        limit("contact.website", "网站", contact.website(), 500);
        for (int i = 0; i < details.sections().size(); i++) {
            limit("sections[" + i + "].heading", "第 " + (i + 1) + " 部分的标题", details.sections().get(i).heading(), 200);
        }
    }

    private static void limit(String field, String what, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new BadRequestException(field, what + "最多 " + maxLength + " 个字符，收到 " + value.length() + " 个");
        }
    }

    private static String periods(List<ReportingPeriod> periods) {
        return periods.stream()
                .map(p -> p.firstYear() + "–" + (p.lastYear() == null ? "" : p.lastYear()))
                .collect(Collectors.joining("、"));
    }
}
