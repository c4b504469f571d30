package cn.nianbao.backend.agency;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import cn.nianbao.backend.agency.persistence.AgencyCopy;

/** Many bodies at once, by COPY, for generated data sets of a whole country; parents are added before children. */
public final class BulkAgencies implements AutoCloseable {

    private final AgencyCopy copy;

    private BulkAgencies(AgencyCopy copy) {
        this.copy = copy;
    }

    /** Stages bodies in files under {@code directory}, with ids after those already on {@code connection}'s database. */
    public static BulkAgencies open(Connection connection, Path directory) throws SQLException {
        return new BulkAgencies(AgencyCopy.open(connection, directory));
    }

    /** The new body's id. */
    public long add(NewAgency agency, Long parentId) {
        return copy.add(agency, parentId);
    }

    public long bodies() {
        return copy.bodies();
    }

    public void load(Connection connection) throws SQLException {
        copy.load(connection);
    }

    @Override
    public void close() {
        copy.close();
    }
}
