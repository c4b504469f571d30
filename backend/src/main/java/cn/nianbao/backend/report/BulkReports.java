package cn.nianbao.backend.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.report.persistence.ReportCopy;

/**
 * Many reports at once, by COPY, each as the first and active version of its body and year: for generated data sets
 * of a whole country, loaded into a database that has none of them yet. The three tables are kept, the narrative not.
 */
public final class BulkReports implements AutoCloseable {

    private final ReportCopy copy;

    private BulkReports(ReportCopy copy) {
        this.copy = copy;
    }

    public static BulkReports open(Connection connection, Path directory) throws SQLException {
        return new BulkReports(ReportCopy.open(connection, directory));
    }

    /** The report as it is kept: its tables and metadata, without narrative and contact. */
    public static AnnualReport kept(AnnualReport report) {
        return ReportCopy.kept(report);
    }

    public void add(long agencyId, int year, AnnualReport report, VersionOrigin origin, String createdBy) {
        copy.add(agencyId, year, report, origin, createdBy);
    }

    public long reports() {
        return copy.count();
    }

    public long tableRows() {
        return copy.tableRows();
    }

    public void load(Connection connection) throws SQLException {
        copy.load(connection);
    }

    @Override
    public void close() {
        copy.close();
    }
}
