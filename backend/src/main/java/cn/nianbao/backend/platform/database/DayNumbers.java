package cn.nianbao.backend.platform.database;

import java.time.LocalDate;

import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A date column read as its number of days since 1970-01-01: r2dbc-postgresql reads a date as text through a
 * DateTimeFormatter, 10 % of the CPU of a city's completeness matrix (two dates on each of 2,400 rows,
 * docs/BENCHMARKS.md); a number is read in a fraction of that. For lists of many rows.
 */
public final class DayNumbers {

    private DayNumbers() {
    }

    /** The same date, read as a number of days and turned back into a date (null stays null). */
    public static Field<LocalDate> of(Field<LocalDate> date) {
        return DSL.localDateDiff(date, DSL.inline(LocalDate.EPOCH)).convertFrom(DayNumbers::date).as(date.getName());
    }

    /** The date of a day number as {@link #of} reads it (null stays null), for a row read by position. */
    public static LocalDate date(Integer days) {
        return days == null ? null : LocalDate.ofEpochDay(days);
    }
}
