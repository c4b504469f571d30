package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;

/** One body's points, one per year asked for. */
public record AgencySeries(String agencyCode, String agencyName, AgencyKind agencyKind, boolean demo,
                           List<Point> points) {

    public AgencySeries {
        points = List.copyOf(points);
    }
}
