package cn.nianbao.frontend.overview;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.backend.analytics.Point;
import cn.nianbao.frontend.backend.analytics.Series;

/**
 * Which bodies the chart draws at first: all of them when few, else the ones with the highest value in the latest
 * year, so fifteen tangled lines do not hide the story. The user can add the others.
 */
final class TownshipSelection {

    static final int SHOW_ALL_UP_TO = 10;
    static final int TOP = 8;

    private TownshipSelection() {
    }

    static List<BodySeries> initial(Series data) {
        if (data.series().size() <= SHOW_ALL_UP_TO || data.latestYear() == null) {
            return data.series();
        }
        int year = data.latestYear();
        return data.series().stream()
                .sorted(Comparator.comparing((BodySeries s) -> latestValue(s, year)).reversed())
                .limit(TOP).toList();
    }

    /** A body without a number in the latest year sorts after every number, 0 included. */
    private static BigDecimal latestValue(BodySeries series, int year) {
        Point point = series.point(year);
        return point.hasValue() ? point.value() : BigDecimal.valueOf(-1);
    }
}
