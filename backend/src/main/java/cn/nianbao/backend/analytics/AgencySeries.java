package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;

/** One body's values over the years. */
public record AgencySeries(String agencyCode, String agencyName, AgencyKind agencyKind, boolean demo,
                           List<YearPoint> points) {

    public AgencySeries {
        points = List.copyOf(points);
    }
}
