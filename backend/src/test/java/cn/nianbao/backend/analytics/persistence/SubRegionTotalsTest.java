package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.analytics.persistence.FiguresCompared.FIRST;
import static cn.nianbao.backend.analytics.persistence.FiguresCompared.LAST;
import static cn.nianbao.backend.analytics.persistence.FiguresCompared.NUMBERS;
import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.ANALYTICS_BODY_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The sub-regions' totals in one query (a series or ranking by sub-region) equal, per sub-region and year, what one
 * query per sub-region gives and what the raw tables give body by body: for every metric and body kind, with cities
 * whose bodies print both layouts of 表三 and blank cells, a city's own body with reports, a sub-region without any
 * report and a body directly under the region that reported.
 */
@BackendIntegrationTest
class SubRegionTotalsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    ReportService reports;
    @Autowired
    MetricQuery metrics;

    @Test
    void oneQueryForEverySubRegionEqualsEachSubRegionsOwnAndTheRawTables() {
        TestDatabase.truncate(dsl);
        List<ReportingPeriod> always = List.of(new ReportingPeriod(2019, null));
        List<NewAgency> bodies = new ArrayList<>(List.of(
                new NewAgency("top", "示例省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, true, always),
                new NewAgency("top.quiet", "安静县人民政府", AgencyKind.PEOPLES_GOVERNMENT, "top", 3, true, always),
                new NewAgency("top.quiet.t1", "安静县某镇人民政府", AgencyKind.TOWNSHIP, "top.quiet", 0, true, always),
                new NewAgency("top.office", "示例省某厅", AgencyKind.DEPARTMENT, "top", 4, true, always)));
        List<DemoCity.GeneratedReport> stored = new ArrayList<>();
        for (DemoCity city : List.of(new DemoCity(DemoCity.Spec.DEFAULT),
                new DemoCity(new DemoCity.Spec("demo2", "示例二市", 2019, 2024, 7L, true)))) {
            city.agencies().forEach(agency -> bodies.add(agency.parentCode() != null ? agency
                    : new NewAgency(agency.code(), agency.name(), agency.kind(), "top", 1, agency.demo(),
                            agency.reportingPeriods())));
            stored.addAll(city.reports());
        }
        bodies.forEach(agency -> agencies.addIfAbsent(agency).block());
        // a township's 予以公开 of natural persons left blank, and the department directly under the region reporting
        DemoCity.GeneratedReport township = stored.stream()
                .filter(report -> report.agencyCode().startsWith("demo.t") && report.year() == 2022)
                .filter(report -> report.report().requests() != null && !report.report().requests().isEmpty())
                .findFirst().orElseThrow();
        stored.set(stored.indexOf(township), new DemoCity.GeneratedReport(township.agencyCode(), township.year(),
                withGrantedBlank(township.report())));
        stored.addAll(stored.stream().filter(report -> report.agencyCode().equals("demo2"))
                .map(report -> new DemoCity.GeneratedReport("top.office", report.year(), report.report())).toList());
        Flux.fromIterable(stored)
                .concatMap(report -> reports.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "示例数据", null, null)))
                .blockLast();

        Map<String, Long> children = new HashMap<>();
        Flux.from(dsl.select(AGENCY.CODE, AGENCY.ID).from(AGENCY).join(AGENCY_CLOSURE)
                        .on(AGENCY_CLOSURE.DESCENDANT_ID.eq(AGENCY.ID))
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(DSL.select(AGENCY.ID).from(AGENCY)
                                .where(AGENCY.CODE.eq("top"))), AGENCY_CLOSURE.DISTANCE.eq(1)))
                .doOnNext(row -> children.put(row.value1(), row.value2())).blockLast();
        assertThat(children).containsOnlyKeys("demo", "demo2", "top.quiet", "top.office");
        assertThat(count(ANALYTICS_BODY_YEAR.REQUESTS.eq((short) 1))).as("表三有空白格的年报").isGreaterThan(1);
        assertThat(stored).as("2019 年版式的表三（（六）一行）").anyMatch(report -> prints(report, RequestRow.OTHER_UNSPLIT))
                .as("2021 年版式的表三（（六）分三行）").anyMatch(report -> prints(report, RequestRow.OTHER_OTHER));

        List<Metric> all = FiguresCompared.metrics();
        List<AgencyKind> kinds = FiguresCompared.kinds();
        for (AgencyKind kind : kinds) {
            for (int from = 0; from < all.size(); from += 16) {
                List<Metric> batch = all.subList(from, Math.min(all.size(), from + 16));
                Map<Long, List<MetricQuery.YearTotals>> together = new HashMap<>();
                metrics.subtreeTotals(new BodySelection("top", false, kind), List.copyOf(children.values()), batch,
                                FIRST, LAST)
                        .doOnNext(line -> together.computeIfAbsent(line.subRegion(), id -> new ArrayList<>())
                                .add(line.totals()))
                        .blockLast();
                together.values().forEach(years -> years.sort(Comparator.comparingInt(MetricQuery.YearTotals::year)));
                children.forEach((code, id) -> {
                    String where = code + " " + (kind == null ? "全部" : kind) + " 指标 " + batch.getFirst().id() + " 起";
                    BodySelection child = new BodySelection(code, false, kind);
                    List<MetricQuery.YearTotals> alone = metrics.subtreeTotals(child, batch, FIRST, LAST)
                            .collectList().block();
                    assertThat(together.getOrDefault(id, List.of())).as(where + "：逐个下级地区")
                            .usingRecursiveComparison(NUMBERS).isEqualTo(alone);
                    assertThat(alone).as(where + "：原始表")
                            .usingRecursiveComparison(NUMBERS)
                            .isEqualTo(metrics.rawSubtreeTotals(child, batch, FIRST, LAST).collectList().block());
                });
            }
        }
        BodySelection everyBody = new BodySelection("top", false, null);
        Metric received = MetricCatalogue.find("requests.new_received.total").orElseThrow();
        List<MetricQuery.LineTotals> lines = metrics.subtreeTotals(everyBody, List.copyOf(children.values()),
                List.of(received), FIRST, LAST).collectList().block();
        assertThat(lines).as("无年报的县仍有各年度的一行").anySatisfy(line -> {
            assertThat(line.subRegion()).isEqualTo(children.get("top.quiet"));
            assertThat(line.totals().reported()).isZero();
            assertThat(line.totals().metrics().getFirst().value()).isNull();
        });
        assertThat(lines).as("直属机构自身的年报").anySatisfy(line -> {
            assertThat(line.subRegion()).isEqualTo(children.get("top.office"));
            assertThat(line.totals().reported()).isEqualTo(1);
        });
    }

    private int count(org.jooq.Condition condition) {
        return Mono.from(dsl.selectCount().from(ANALYTICS_BODY_YEAR).where(condition)).block().value1();
    }

    private static boolean prints(DemoCity.GeneratedReport report, RequestRow row) {
        Map<RequestRow, ApplicantCounts> requests = report.report().requests();
        return requests != null && requests.containsKey(row);
    }

    /** 予以公开 of the natural persons left blank. */
    private static AnnualReport withGrantedBlank(AnnualReport report) {
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(report.requests());
        Map<ApplicantColumn, Integer> granted = new EnumMap<>(ApplicantColumn.class);
        for (ApplicantColumn column : ApplicantColumn.values()) {
            granted.put(column, column == ApplicantColumn.NATURAL_PERSON ? null
                    : requests.getOrDefault(RequestRow.GRANTED, ApplicantCounts.BLANK).get(column));
        }
        requests.put(RequestRow.GRANTED, ApplicantCounts.of(granted));
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(), report.proactive(),
                requests, report.reviews(), report.details());
    }
}
