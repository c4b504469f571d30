package cn.nianbao.frontend.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.nianbao.frontend.backend.NewRequests;
import cn.nianbao.frontend.backend.NewRequests.AgencySeries;
import cn.nianbao.frontend.backend.NewRequests.PointState;
import cn.nianbao.frontend.backend.NewRequests.SeriesPoint;

/**
 * Townships ordered by 本年新收申请数量 of one year. Only printed numbers get a rank; blank, missing and not expected
 * come last, in tree order, and the change is given only when both years have a number.
 */
final class TownshipRanking {

    /** One line of the ranking; {@code rank} and {@code change} are null where there is no number to compare. */
    record Line(Integer rank, String agencyName, SeriesPoint current, SeriesPoint previous, Integer change) {

        Double changeRate() {
            if (change == null || previous.value() == 0) {
                return null;
            }
            return change * 1.0 / previous.value();
        }
    }

    private TownshipRanking() {
    }

    static List<Line> of(NewRequests data, int year) {
        List<AgencySeries> ranked = data.series().stream().filter(s -> hasNumber(s.point(year)))
                .sorted(Comparator.comparingInt((AgencySeries s) -> s.point(year).value()).reversed()).toList();
        List<Line> lines = new ArrayList<>();
        int rank = 0;
        Integer lastValue = null;
        for (int i = 0; i < ranked.size(); i++) {
            AgencySeries series = ranked.get(i);
            int value = series.point(year).value();
            // equal numbers share a rank (1, 2, 2, 4), as in an official ranking table
            if (lastValue == null || value != lastValue) {
                rank = i + 1;
                lastValue = value;
            }
            lines.add(line(rank, series, year));
        }
        data.series().stream().filter(s -> !hasNumber(s.point(year))).forEach(s -> lines.add(line(null, s, year)));
        return lines;
    }

    private static Line line(Integer rank, AgencySeries series, int year) {
        SeriesPoint current = series.point(year);
        SeriesPoint previous = series.point(year - 1);
        Integer change = hasNumber(current) && hasNumber(previous) ? current.value() - previous.value() : null;
        return new Line(rank, series.agencyName(), current, previous, change);
    }

    private static boolean hasNumber(SeriesPoint point) {
        return point.state() == PointState.REPORTED && point.value() != null;
    }
}
