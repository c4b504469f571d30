package cn.nianbao.backend.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.MetricPoints;
import cn.nianbao.backend.analytics.Point;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.quality.rules.QualityFinding;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The supervisors' threshold rules, evaluated in the database by the analytics layer's metric model (one query per
 * rule and region), then judged body-year by body-year ({@link ThresholdCheck}).
 */
@Component
class ThresholdEvaluation {

    private final MetricPoints points;

    ThresholdEvaluation(MetricPoints points) {
        this.points = points;
    }

    /** One rule's metric to be read for a region's bodies ({@code subtree}) or for one body alone. */
    record Plan(ThresholdRule rule, String regionCode, boolean subtree) {
    }

    /**
     * The threshold findings of the target body-years: for each plan, the points of its metric from the year
     * before the first target year to the last, judged for every target under the rule's region.
     *
     * @param codes the agency code of each target body, by id
     * @param ancestry each target body's id and the ids of the bodies above it
     */
    Mono<Map<BodyYear, List<QualityFinding>>> findings(Tx tx, List<Plan> plans, Set<BodyYear> targets,
                                                       Map<Long, String> codes, Map<Long, Set<Long>> ancestry) {
        if (plans.isEmpty() || targets.isEmpty()) {
            return Mono.just(new HashMap<>());
        }
        int fromYear = targets.stream().mapToInt(BodyYear::year).min().orElseThrow();
        int toYear = targets.stream().mapToInt(BodyYear::year).max().orElseThrow();
        return findings(tx, plans, fromYear, toYear, targets::contains, codes, ancestry);
    }

    /**
     * The threshold findings of every body-year from {@code fromYear} to {@code toYear} that {@code wanted} accepts
     * (last year's point is read too, for a change).
     */
    Mono<Map<BodyYear, List<QualityFinding>>> findings(Tx tx, List<Plan> plans, int firstYear, int toYear,
                                                       Predicate<BodyYear> wanted,
                                                       Map<Long, String> codes, Map<Long, Set<Long>> ancestry) {
        Map<BodyYear, List<QualityFinding>> found = new HashMap<>();
        if (plans.isEmpty()) {
            return Mono.just(found);
        }
        int fromYear = firstYear - 1;
        Map<String, Long> idByCode = new HashMap<>();
        codes.forEach((id, code) -> idByCode.put(code, id));
        return Flux.fromIterable(plans).concatMap(plan -> {
            Metric metric = MetricCatalogue.find(plan.rule().metricId()).orElse(null);
            if (metric == null) {
                return Mono.empty();
            }
            Flux<MetricPoints.BodyPoint> fromDatabase = plan.subtree()
                    ? points.inSubtree(tx, plan.regionCode(), metric, fromYear, toYear)
                    : points.ofBody(tx, plan.regionCode(), metric, fromYear, toYear);
            return fromDatabase.filter(point -> idByCode.containsKey(point.agencyCode())).collectList()
                    .doOnNext(read -> judge(plan.rule(), metric, read, wanted, idByCode, ancestry, found));
        }).then(Mono.just(found));
    }

    private static void judge(ThresholdRule rule, Metric metric, List<MetricPoints.BodyPoint> read,
                              Predicate<BodyYear> wanted, Map<String, Long> idByCode,
                              Map<Long, Set<Long>> ancestry,
                              Map<BodyYear, List<QualityFinding>> found) {
        Map<Long, Map<Integer, Point>> byBody = new HashMap<>();
        for (MetricPoints.BodyPoint point : read) {
            byBody.computeIfAbsent(idByCode.get(point.agencyCode()), id -> new HashMap<>())
                    .put(point.point().year(), point.point());
        }
        byBody.forEach((bodyId, years) -> {
            if (!ancestry.getOrDefault(bodyId, Set.of()).contains(rule.regionId())) {
                return;
            }
            years.forEach((year, point) -> {
                BodyYear target = new BodyYear(bodyId, year);
                if (wanted.test(target)) {
                    ThresholdCheck.judge(rule, metric, point, years.get(year - 1))
                            .ifPresent(finding -> found.computeIfAbsent(target, key -> new ArrayList<>()).add(finding));
                }
            });
        });
    }
}
