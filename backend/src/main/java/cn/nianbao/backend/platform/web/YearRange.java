package cn.nianbao.backend.platform.web;

import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The years a request covers, validated in one place for every endpoint that takes a {@code year}, {@code from} or
 * {@code to}. Parameters arrive as text and are checked before any arithmetic, so no value (±2³¹, forty digits) can
 * overflow a subtraction or make a request allocate in proportion to it.
 */
public record YearRange(int from, int to) {

    /** The earliest year a request may name: the regulations took effect in 2008, the first reports cover it. */
    public static final int FIRST_YEAR = 2008;
    /** The most years one request may span. */
    public static final int MAX_SPAN = 30;
    /** Years shown when the caller names no start: the six up to the end. */
    public static final int DEFAULT_SPAN = 6;

    /** At most nine digits with a sign: parses without overflow; anything longer is refused unread. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final int ECHO_LENGTH = 20;

    public YearRange {
        check("from", from);
        check("to", to);
        if (from > to) {
            throw new BadRequestException("from", "起始年度 from=" + from + " 晚于截止年度 to=" + to);
        }
        if (to - from + 1 > MAX_SPAN) {
            throw new BadRequestException("from", "年度跨度最多 " + MAX_SPAN + " 年，收到 from=" + from + "、to=" + to);
        }
    }

    /** The latest year a request may name: next year (a report is published in the year after it covers). */
    public static int lastYear() {
        return Year.now().getValue() + 1;
    }

    /**
     * One optional year parameter as given in the request: null when absent or empty, the year when it lies in
     * {@value #FIRST_YEAR}…{@link #lastYear()}, otherwise a 400 naming the parameter.
     */
    public static Integer year(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw new BadRequestException(parameter, "参数 " + parameter + " 应为年度（整数），收到“" + echo(value) + "”");
        }
        int year = Integer.parseInt(value);
        check(parameter, year);
        return year;
    }

    /** The range a request asks for; an end it leaves out is filled in later from the data. */
    public static Requested requested(String from, String to) {
        Integer first = year("from", from);
        Integer last = year("to", to);
        if (first != null && last != null) {
            new YearRange(first, last); // refuses a reversed range or one too long now, before any data is read
        }
        return new Requested(first, last);
    }

    /** The years, ascending. */
    public List<Integer> years() {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    /**
     * The year asked for, or else the latest year with data ({@code latestWithData}, null when there is none), or
     * else last calendar year. Data stored for a year outside the bounds (2031, say) does not become the default.
     */
    public static int yearOrLatest(Integer year, Integer latestWithData) {
        if (year != null) {
            return year;
        }
        return latestWithData != null && latestWithData >= FIRST_YEAR && latestWithData <= lastYear()
                ? latestWithData : Year.now().getValue() - 1;
    }

    /** A year a request may name: {@value #FIRST_YEAR}…{@link #lastYear()}, otherwise a 400 naming the parameter. */
    public static void check(String parameter, int year) {
        int last = lastYear();
        if (year < FIRST_YEAR || year > last) {
            throw new BadRequestException(parameter, "参数 " + parameter + " 的年度 " + year + " 不在 " + FIRST_YEAR
                    + " 至 " + last + " 之间");
        }
    }

    private static String echo(String value) {
        return value.length() <= ECHO_LENGTH ? value : value.substring(0, ECHO_LENGTH) + "…";
    }

    /** Validated years as asked for, either end possibly absent. */
    public record Requested(Integer from, Integer to) {

        /**
         * The range with its missing ends filled in: {@code to} = the latest year with data (see
         * {@link #yearOrLatest}), but never before {@code from}; {@code from} = {@code to} − 5, but never before
         * {@value #FIRST_YEAR}.
         */
        public YearRange resolve(Integer latestWithData) {
            int last = to != null ? to : Math.max(yearOrLatest(null, latestWithData), from != null ? from : FIRST_YEAR);
            int first = from != null ? from : Math.max(FIRST_YEAR, last - DEFAULT_SPAN + 1);
            return new YearRange(first, last);
        }
    }
}
