package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.analytics.persistence.MetricQuery;
import cn.nianbao.backend.platform.database.Tx;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * A metric for every body of a region and every year, evaluated in the database by the metric model that the
 * dashboard uses — for other features that judge the numbers (the supervisors' threshold rules of the quality
 * feature). No scope check: the caller has already decided who may see the region.
 */
@Service
public class MetricPoints {

    private final MetricQuery metrics;
    private final MinimumSample minimum;

    public MetricPoints(MetricQuery metrics, MinimumSample minimum) {
        this.metrics = metrics;
        this.minimum = minimum;
    }

    /** One body's point in one year. */
    public record BodyPoint(String agencyCode, Point point) {
    }

    /** The metric for one body alone, each year from {@code fromYear} to {@code toYear}. */
    public Flux<BodyPoint> ofBody(Tx tx, String agencyCode, Metric metric, int fromYear, int toYear) {
        return metrics.points(tx, new BodySelection(agencyCode, true, null), metric, fromYear, toYear)
                .map(row -> new BodyPoint(row.agencyCode(), MetricNumbers.point(metric, row, minimum)));
    }

    /**
     * The metric for the region's own body and every body under it, each year from {@code fromYear} to
     * {@code toYear} (at most 30 years), as the unit of work {@code tx} sees the data.
     */
    public Flux<BodyPoint> inSubtree(Tx tx, String regionCode, Metric metric, int fromYear, int toYear) {
        return Flux.concat(List.of(true, false).stream()
                .map(itself -> metrics.points(tx, new BodySelection(regionCode, itself, null), metric, fromYear,
                                toYear)
                        .map(row -> new BodyPoint(row.agencyCode(), MetricNumbers.point(metric, row, minimum))))
                .toList());
    }
}
