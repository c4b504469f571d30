package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.analytics.persistence.FiguresCompared.FIRST;
import static cn.nianbao.backend.analytics.persistence.FiguresCompared.LAST;
import static cn.nianbao.backend.analytics.persistence.FiguresCompared.NUMBERS;
import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.ANALYTICS_BODY_YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.nianbao.backend.agency.AgencyAdministration;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.BulkAgencies;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.ReportTable;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.report.BulkReports;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pre-aggregated figures (V10) never lag behind the reports: after every kind of change of an active version —
 * stores one by one, a manual correction with a blank cell, an older version made active again, a body moved and its
 * reporting periods changed, a whole city loaded by COPY — every region's totals of every metric, roll-up, body
 * counts and years with reports, for every body kind, equal those computed body by body from the raw tables; and
 * so do those of reports in the 2019 layout, which the sums count in full since V12.
 */
@BackendIntegrationTest
class FiguresFollowActiveVersionsTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    AgencyAdministration administration;
    @Autowired
    ReportService reports;
    @Autowired
    MetricQuery metrics;
    @Autowired
    RollupQuery rollup;
    @Autowired
    ReportYearsQuery years;

    @Test
    void everyRegionAgreesWithTheRawTablesAfterEveryChange() throws Exception {
        TestDatabase.truncate(dsl);
        List<ReportingPeriod> always = List.of(new ReportingPeriod(2019, null));
        administration.create(TestUsers.SYSTEM_ADMIN, new NewAgency("top", "示例省人民政府",
                AgencyKind.PEOPLES_GOVERNMENT, null, 0, true, always)).block();
        DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
        city.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
        Flux.fromIterable(city.reports())
                .concatMap(report -> reports.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "示例数据", null, null)))
                .blockLast();
        agree("逐份存储", "demo");

        administration.change(TestUsers.SYSTEM_ADMIN, "demo", new AgencyAdministration.Change(null, "top", null,
                null)).block();
        agree("整市移入上级", "top", "demo");

        DemoCity.GeneratedReport corrected = city.reports().stream()
                .filter(report -> report.report().requests() != null && !report.report().requests().isEmpty())
                .filter(report -> report.agencyCode().startsWith("demo.t"))
                .findFirst().orElseThrow();
        reports.store(TestUsers.SYSTEM_ADMIN, corrected.agencyCode(), corrected.year(),
                new NewVersion(withBlankAndMore(corrected.report()), VersionOrigin.MANUAL, "test-admin",
                        "更正：予以公开一格留空", null)).block();
        agree("人工更正", "top", "demo");

        reports.activate(TestUsers.SYSTEM_ADMIN, corrected.agencyCode(), corrected.year(), 1, "恢复原版").block();
        agree("恢复旧版本", "top", "demo");

        administration.change(TestUsers.SYSTEM_ADMIN, corrected.agencyCode(), new AgencyAdministration.Change(null,
                "top", null, List.of(new ReportingPeriod(2019, 2021)))).block();
        agree("机构移动并改应报年度", "top", "demo");

        DemoCity second = new DemoCity(new DemoCity.Spec("demo2", "示例二市", 2019, 2024, 7L, true));
        Path staging = Files.createTempDirectory("figures-bulk");
        Map<String, Long> ids = new HashMap<>();
        owner.withConnection(connection -> {
            try (BulkAgencies bodies = BulkAgencies.open(connection, staging);
                 BulkReports copies = BulkReports.open(connection, staging)) {
                for (NewAgency agency : second.agencies()) {
                    ids.put(agency.code(), bodies.add(agency, ids.get(agency.parentCode())));
                }
                second.reports().forEach(report -> copies.add(ids.get(report.agencyCode()), report.year(),
                        report.report(), VersionOrigin.DEMO, "示例数据"));
                bodies.load(connection);
                copies.load(connection);
            }
            return null;
        });
        Files.deleteIfExists(staging);
        administration.change(TestUsers.SYSTEM_ADMIN, "demo2", new AgencyAdministration.Change(null, "top", null,
                null)).block();
        agree("整市按 COPY 载入后移入上级", "top", "demo", "demo2");

        // an import stores its documents by the batch, several bodies' versions in one transaction
        DemoCity third = new DemoCity(new DemoCity.Spec("demo3", "示例三市", 2019, 2024, 11L, true));
        third.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
        List<ReportService.Imported> batch = third.reports().stream()
                .map(report -> new ReportService.Imported(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.IMPORT, "test-admin", null,
                                new SourceDocument(report.agencyCode() + "_" + report.year() + ".txt", "text/plain",
                                        (report.agencyCode() + report.year()).getBytes(StandardCharsets.UTF_8))),
                        "批量导入"))
                .toList();
        for (int from = 0; from < batch.size(); from += 50) {
            assertThat(reports.storeImported(TestUsers.SYSTEM_ADMIN,
                    batch.subList(from, Math.min(batch.size(), from + 50))).block())
                    .allSatisfy(outcome -> assertThat(outcome.result()).as("stored").isNotNull());
        }
        administration.change(TestUsers.SYSTEM_ADMIN, "demo3", new AgencyAdministration.Change(null, "top", null,
                null)).block();
        agree("按批导入后移入上级", "top", "demo3");
    }

    /**
     * 表三 of the 2019 layout prints （六）其他处理 as one row: such a report printed in full is counted from the sums like
     * one of 2021 (no raw reads), and every figure still equals the raw tables' — also for a report printing both
     * layouts of （六） and for one whose single （六） row has a blank, which are read from the raw tables.
     */
    @Test
    void reportsOfThe2019LayoutAreCountedInFullAndAgreeWithTheRawTables() {
        TestDatabase.truncate(dsl);
        DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
        city.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
        List<DemoCity.GeneratedReport> stored = new ArrayList<>(city.reports().stream()
                .filter(report -> report.year() == 2020 || report.year() == 2021).toList());
        List<Integer> layout2019 = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Map<RequestRow, ApplicantCounts> requests = stored.get(i).report().requests();
            if (stored.get(i).year() == 2020 && requests != null && requests.containsKey(RequestRow.OTHER_UNSPLIT)
                    && !stored.get(i).agencyCode().equals("demo")) {
                layout2019.add(i);
            }
        }
        assertThat(layout2019).as("2020 年的 2019 年版式年报").hasSizeGreaterThan(3);
        stored.set(layout2019.get(0), withRequests(stored.get(layout2019.get(0)), requests -> {
            for (RequestRow row : List.of(RequestRow.OTHER_NO_CORRECTION, RequestRow.OTHER_FEE_UNPAID,
                    RequestRow.OTHER_OTHER)) {
                requests.put(row, ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1));
            }
        }));
        stored.set(layout2019.get(1), withRequests(stored.get(layout2019.get(1)), requests -> {
            Map<ApplicantColumn, Integer> cells = new EnumMap<>(ApplicantColumn.class);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cells.put(column, column == ApplicantColumn.RESEARCH ? null
                        : requests.get(RequestRow.OTHER_UNSPLIT).get(column));
            }
            requests.put(RequestRow.OTHER_UNSPLIT, ApplicantCounts.of(cells));
        }));
        Flux.fromIterable(stored)
                .concatMap(report -> reports.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "示例数据", null, null)))
                .blockLast();

        DemoCity.GeneratedReport inFull = stored.get(layout2019.get(2));
        assertThat(Mono.from(dsl.select(ANALYTICS_BODY_YEAR.REQUESTS).from(ANALYTICS_BODY_YEAR)
                        .join(AGENCY).on(AGENCY.ID.eq(ANALYTICS_BODY_YEAR.AGENCY_ID))
                        .where(AGENCY.CODE.eq(inFull.agencyCode()), ANALYTICS_BODY_YEAR.YEAR.eq((short) 2020)))
                .block().value1()).as("2019 年版式、各格齐全的表三按齐全计入汇总").isEqualTo((short) 2);
        // （六） per report of the bodies under the city, by hand: the three rows where all are printed, else the one row
        int other = 0;
        for (DemoCity.GeneratedReport report : stored) {
            Map<RequestRow, ApplicantCounts> requests = report.report().requests();
            if (report.year() != 2020 || report.agencyCode().equals("demo") || requests == null
                    || requests.isEmpty()) {
                continue;
            }
            List<Integer> split = Stream.of(RequestRow.OTHER_NO_CORRECTION, RequestRow.OTHER_FEE_UNPAID,
                    RequestRow.OTHER_OTHER).map(row -> requests.getOrDefault(row, ApplicantCounts.BLANK)
                    .get(ApplicantColumn.TOTAL)).toList();
            Integer unsplit = requests.getOrDefault(RequestRow.OTHER_UNSPLIT, ApplicantCounts.BLANK)
                    .get(ApplicantColumn.TOTAL);
            other += split.contains(null) ? (unsplit == null ? 0 : unsplit) : split.stream().mapToInt(n -> n).sum();
        }
        assertThat(metrics.totals(new BodySelection("demo", false, null), idOf("demo"),
                        List.of(MetricCatalogue.find("requests.other.total").orElseThrow()), 2020, 2020)
                .blockFirst().metrics().getFirst().value()).isEqualByComparingTo(BigDecimal.valueOf(other));
        agree("2019 年版式", "demo");
    }

    private static DemoCity.GeneratedReport withRequests(DemoCity.GeneratedReport generated,
                                                         java.util.function.Consumer<Map<RequestRow,
                                                                 ApplicantCounts>> change) {
        AnnualReport report = generated.report();
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(report.requests());
        change.accept(requests);
        return new DemoCity.GeneratedReport(generated.agencyCode(), generated.year(),
                new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(),
                        report.proactive(), requests, report.reviews(), report.details()));
    }

    /** 予以公开 of the natural persons left blank, the new requests doubled. */
    private static AnnualReport withBlankAndMore(AnnualReport report) {
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(report.requests());
        Map<ApplicantColumn, Integer> granted = new EnumMap<>(ApplicantColumn.class);
        Map<ApplicantColumn, Integer> received = new EnumMap<>(ApplicantColumn.class);
        for (ApplicantColumn column : ApplicantColumn.values()) {
            ApplicantCounts row = requests.getOrDefault(RequestRow.GRANTED, ApplicantCounts.BLANK);
            granted.put(column, column == ApplicantColumn.NATURAL_PERSON ? null : row.get(column));
            Integer before = requests.getOrDefault(RequestRow.NEW_RECEIVED, ApplicantCounts.BLANK).get(column);
            received.put(column, before == null ? null : before * 2);
        }
        requests.put(RequestRow.GRANTED, ApplicantCounts.of(granted));
        requests.put(RequestRow.NEW_RECEIVED, ApplicantCounts.of(received));
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(), report.proactive(),
                requests, report.reviews(), report.details());
    }

    private long idOf(String code) {
        return Mono.from(dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.eq(code))).block().value1();
    }

    private void agree(String step, String... regions) {
        List<Metric> all = FiguresCompared.metrics();
        List<AgencyKind> kinds = FiguresCompared.kinds();
        for (String region : regions) {
            for (AgencyKind kind : kinds) {
                BodySelection bodies = new BodySelection(region, false, kind);
                long regionId = idOf(region);
                String where = step + "：" + region + " " + (kind == null ? "全部" : kind);
                for (int from = 0; from < all.size(); from += 16) {
                    List<Metric> batch = all.subList(from, Math.min(all.size(), from + 16));
                    assertThat(metrics.totals(bodies, regionId, batch, FIRST, LAST).collectList().block())
                            .as(where + " 指标 " + batch.getFirst().id() + " 起")
                            .usingRecursiveComparison(NUMBERS)
                            .isEqualTo(metrics.rawTotals(bodies, batch, FIRST, LAST).collectList().block());
                }
                for (int year = FIRST; year <= LAST; year++) {
                    assertThat(rollup.bodies(bodies, year).block()).as(where + " " + year + " 机构数")
                            .isEqualTo(rollup.rawBodies(bodies, year).block());
                    for (ReportTable table : ReportTable.values()) {
                        assertThat(sorted(rollup.rows(bodies, year, table).collectList().block()))
                                .as(where + " " + year + " " + table)
                                .usingRecursiveComparison(NUMBERS)
                                .isEqualTo(sorted(rollup.rawRows(bodies, year, table).collectList().block()));
                    }
                }
                assertThat(years.years(bodies).block()).as(where + " 有年报的年度")
                        .isEqualTo(years.rawYears(bodies).block());
            }
        }
    }

    private static List<RollupQuery.RowSum> sorted(List<RollupQuery.RowSum> rows) {
        return rows.stream().sorted(Comparator.comparing(RollupQuery.RowSum::rowCode)).toList();
    }
}
