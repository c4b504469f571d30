package cn.nianbao.backend.parser.metadata;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.StatisticsPeriod;

/** The statistics period (统计期限/统计时限 …自…起至…止), which gives the year reported on. */
public final class PeriodReader {

    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|时限|时间|期间|区间|范围|周期)[^。]{0,24}?"
            + PrintedDates.ARABIC + "[^。\\d]{0,6}?(?:至|到|—|-|~|－)+" + PrintedDates.ARABIC);

    private PeriodReader() {
    }

    /** @param text the document's text squeezed (no whitespace), lines joined */
    public static Optional<StatisticsPeriod> read(String text) {
        Matcher matcher = PERIOD.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        Optional<LocalDate> from = PrintedDates.of(matcher.group(1), matcher.group(2), matcher.group(3));
        Optional<LocalDate> to = PrintedDates.of(matcher.group(4), matcher.group(5), matcher.group(6));
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatisticsPeriod(from.orElse(null), to.orElse(null)));
    }
}
