package cn.nianbao.frontend.backend.analytics;

import java.util.List;

import cn.nianbao.frontend.backend.agencies.AgencyKind;

/** The points of one body under the region, one per year of {@link Series#years()}. */
public record BodySeries(String agencyCode, String agencyName, AgencyKind agencyKind, boolean demo,
                         List<Point> points) {

    public BodySeries {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** The point of that year; a year the backend did not send is {@code UNKNOWN}, not guessed. */
    public Point point(int year) {
        return points.stream().filter(point -> point.year() == year).findFirst().orElse(Point.unknown(year));
    }
}
