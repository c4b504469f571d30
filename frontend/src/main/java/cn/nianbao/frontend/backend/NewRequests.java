package cn.nianbao.frontend.backend;

import java.util.List;

/** {@code GET /api/analytics/new-requests}: 本年新收申请数量 per year for every body under a region. */
public record NewRequests(Region region, List<Integer> years, List<AgencySeries> series) {

    public NewRequests {
        years = years == null ? List.of() : List.copyOf(years);
        series = series == null ? List.of() : List.copyOf(series);
    }

    public record Region(String code, String name) {
    }

    /** The points of one body, one per year of {@link NewRequests#years()}. */
    public record AgencySeries(String agencyCode, String agencyName, AgencyKind agencyKind, boolean demo,
                               List<SeriesPoint> points) {

        public AgencySeries {
            points = points == null ? List.of() : List.copyOf(points);
        }

        /** The point of that year; a year the backend did not send counts as missing. */
        public SeriesPoint point(int year) {
            return points.stream().filter(p -> p.year() == year).findFirst()
                    .orElse(new SeriesPoint(year, null, PointState.MISSING));
        }
    }

    public record SeriesPoint(int year, Integer value, PointState state) {

        public SeriesPoint {
            state = state == null ? PointState.MISSING : state;
        }
    }

    /** Why a point has or lacks a value; printed 0, blank and missing stay apart all the way to the screen. */
    public enum PointState {
        REPORTED, BLANK, MISSING, NOT_EXPECTED
    }

    public boolean demo() {
        return series.stream().anyMatch(AgencySeries::demo);
    }

    public Integer latestYear() {
        return years.isEmpty() ? null : years.stream().max(Integer::compare).orElseThrow();
    }
}
