package cn.nianbao.backend.report.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.platform.database.CopyFile;
import cn.nianbao.backend.report.ContentHash;
import cn.nianbao.backend.report.VersionOrigin;

/**
 * Reports loaded by COPY, each with one version holding its three tables (the narrative and contact are left out:
 * this path is for data sets of millions of reports, such as the generated national one). Each report and its version
 * get the same new id, so the active version is set by one statement at the end.
 */
public final class ReportCopy implements AutoCloseable {

    private final CopyFile reports;
    private final CopyFile versions;
    private final CopyFile proactive;
    private final CopyFile requests;
    private final CopyFile reviews;
    private final long firstId;
    private long nextId;

    private ReportCopy(Path directory, long firstId) {
        this.reports = new CopyFile(directory, "report", "id, agency_id, year");
        this.versions = new CopyFile(directory, "report_version", "id, report_id, version_no, format, "
                + "agency_name_printed, signed_on, period_from, period_to, published_on, publication_url, origin, "
                + "content_hash, created_by");
        this.proactive = new CopyFile(directory, "proactive_row",
                "version_id, row_code, issued, repealed, in_force, decisions, amount_wan_yuan");
        this.requests = new CopyFile(directory, "request_row", "version_id, row_code, natural_person, commercial, "
                + "research, public_interest, legal_services, other, total");
        this.reviews = new CopyFile(directory, "review_row", "version_id, row_code, upheld, corrected, other, pending, total");
        this.firstId = firstId;
        this.nextId = firstId;
    }

    public static ReportCopy open(Connection connection, Path directory) throws SQLException {
        return new ReportCopy(directory, Math.max(nextId(connection, "report"), nextId(connection, "report_version")));
    }

    /** The report as this path keeps it: its tables and metadata, without narrative and contact. */
    public static AnnualReport kept(AnnualReport report) {
        AnnualReport.Details details = report.details();
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(), report.proactive(),
                report.requests(), report.reviews(), new AnnualReport.Details(details.statisticsPeriod(), null,
                        List.of(), details.publishedOn(), details.url()));
    }

    public void add(long agencyId, int year, AnnualReport full, VersionOrigin origin, String createdBy) {
        AnnualReport report = kept(full);
        long id = nextId++;
        reports.row(id, agencyId, year);
        LocalDate from = report.details().statisticsPeriod() == null ? null : report.details().statisticsPeriod().from();
        LocalDate to = report.details().statisticsPeriod() == null ? null : report.details().statisticsPeriod().to();
        versions.row(id, id, 1, report.format().code(), plain(report.agency()), report.signedOn(), from, to,
                report.details().publishedOn(), plain(report.details().url()), origin.name(), ContentHash.of(report),
                plain(createdBy));
        if (report.proactive() != null) {
            report.proactive().forEach((row, c) -> proactive.row(id, row.code(), c.issued(), c.repealed(),
                    c.inForce(), c.decisions(), c.amountWanYuan() == null ? null : c.amountWanYuan().toPlainString()));
        }
        if (report.requests() != null) {
            report.requests().forEach((row, c) -> requests.row(id, row.code(), c.naturalPerson(), c.commercial(),
                    c.research(), c.publicInterest(), c.legalServices(), c.other(), c.total()));
        }
        if (report.reviews() != null) {
            report.reviews().forEach((row, c) -> reviews.row(id, row.code(), c.upheld(), c.corrected(), c.other(),
                    c.pending(), c.total()));
        }
    }

    public long count() {
        return reports.rows();
    }

    public long tableRows() {
        return proactive.rows() + requests.rows() + reviews.rows();
    }

    public void load(Connection connection) throws SQLException {
        reports.load(connection);
        versions.load(connection);
        proactive.load(connection);
        requests.load(connection);
        reviews.load(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE report SET active_version_id = id WHERE id >= " + firstId);
            statement.execute("SELECT setval(pg_get_serial_sequence('report', 'id'), (SELECT max(id) FROM report))");
            statement.execute("SELECT setval(pg_get_serial_sequence('report_version', 'id'), "
                    + "(SELECT max(id) FROM report_version))");
            // the regions' pre-aggregated figures (V10), recomputed set-based in the load's own transaction
            statement.execute("SELECT analytics_rebuild()");
        }
    }

    @Override
    public void close() {
        reports.close();
        versions.close();
        proactive.close();
        requests.close();
        reviews.close();
    }

    /** Names and authors go into the COPY text as they are; the characters COPY would read as structure are dropped. */
    private static String plain(String text) {
        return text == null ? null : text.replaceAll("[\\t\\n\\r\\\\]", "");
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }
}
