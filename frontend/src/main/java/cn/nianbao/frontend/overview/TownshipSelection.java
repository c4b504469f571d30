package cn.nianbao.frontend.overview;

import java.util.Comparator;
import java.util.List;

import cn.nianbao.frontend.backend.NewRequests;
import cn.nianbao.frontend.backend.NewRequests.AgencySeries;
import cn.nianbao.frontend.backend.NewRequests.PointState;

/**
 * Which townships the chart draws at first: all of them when few, else the ones with most new requests in the latest
 * year, so fifteen tangled lines do not hide the story. The user can add the others.
 */
final class TownshipSelection {

    static final int SHOW_ALL_UP_TO = 10;
    static final int TOP = 8;

    private TownshipSelection() {
    }

    static List<AgencySeries> initial(NewRequests data) {
        if (data.series().size() <= SHOW_ALL_UP_TO || data.latestYear() == null) {
            return data.series();
        }
        int year = data.latestYear();
        return data.series().stream()
                .sorted(Comparator.comparingInt((AgencySeries s) -> latestValue(s, year)).reversed())
                .limit(TOP).toList();
    }

    private static int latestValue(AgencySeries series, int year) {
        NewRequests.SeriesPoint point = series.point(year);
        return point.state() == PointState.REPORTED && point.value() != null ? point.value() : -1;
    }
}
