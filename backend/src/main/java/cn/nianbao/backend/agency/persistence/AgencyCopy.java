package cn.nianbao.backend.agency.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.platform.database.CopyFile;

/**
 * Bodies and their reporting periods loaded by COPY, parents before children: the closure rows are made by the
 * table's trigger as each body arrives. Ids are handed out here, after the highest id already in the table.
 */
public final class AgencyCopy implements AutoCloseable {

    private final CopyFile agencies;
    private final CopyFile periods;
    private long nextId;

    private AgencyCopy(Path directory, long firstId) {
        this.agencies = new CopyFile(directory, "agency", "id, code, name, kind, parent_id, sort_order, demo");
        this.periods = new CopyFile(directory, "agency_reporting_period", "agency_id, first_year, last_year");
        this.nextId = firstId;
    }

    public static AgencyCopy open(Connection connection, Path directory) throws SQLException {
        return new AgencyCopy(directory, nextId(connection, "agency"));
    }

    /** Writes the body (its parent written before it, by id) and answers its id. */
    public long add(NewAgency agency, Long parentId) {
        long id = nextId++;
        agencies.row(id, agency.code(), agency.name(), agency.kind().name(), parentId, agency.sortOrder(),
                agency.demo());
        for (ReportingPeriod period : agency.reportingPeriods()) {
            periods.row(id, period.firstYear(), period.lastYear());
        }
        return id;
    }

    public long bodies() {
        return agencies.rows();
    }

    public void load(Connection connection) throws SQLException {
        agencies.load(connection);
        periods.load(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT setval(pg_get_serial_sequence('agency', 'id'), (SELECT max(id) FROM agency))");
        }
    }

    @Override
    public void close() {
        agencies.close();
        periods.close();
    }

    static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }
}
