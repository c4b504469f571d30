package cn.nianbao.backend.platform.database;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A timestamp column read as its number of microseconds since 1970-01-01 UTC, like {@link DayNumbers} for dates:
 * r2dbc-postgresql reads a timestamp as text through a DateTimeFormatter, two thirds of the time it spent reading the
 * columns of a page of findings (docs/BENCHMARKS.md). Exact: PostgreSQL keeps timestamps in microseconds.
 */
public final class TimestampNumbers {

    private TimestampNumbers() {
    }

    /** The timestamp as a number of microseconds, under the column's own name (null stays null). */
    public static Field<Long> of(Field<OffsetDateTime> timestamp) {
        return DSL.field("cast(extract(epoch from {0}) * 1000000 as bigint)", SQLDataType.BIGINT, timestamp)
                .as(timestamp.getName());
    }

    /** The timestamp of a number {@link #of} read, in UTC (null stays null). */
    public static OffsetDateTime timestamp(Long microseconds) {
        return microseconds == null ? null
                : OffsetDateTime.ofInstant(Instant.EPOCH.plus(microseconds, ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
