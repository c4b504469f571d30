package cn.nianbao.backend.report;

import static cn.nianbao.backend.db.Tables.AUDIT_EVENT;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REPORT_VERSION;
import static cn.nianbao.backend.db.Tables.REQUEST_ROW;
import static cn.nianbao.backend.db.Tables.SOURCE_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.FailingAudit;
import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.JsonComparison;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** Storing and reading reports through the service, against a real PostgreSQL. */
@BackendIntegrationTest
class ReportRepositoryTest {

    @Autowired
    ReportService reports;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void oneCountyInItsCity() {
        TestDatabase.truncate(dsl);
        agencies.addIfAbsent(new NewAgency("ha", "淮安市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("hz", "淮安市洪泽区人民政府", AgencyKind.PEOPLES_GOVERNMENT, "ha", 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
    }

    static Stream<Fixtures.Fixture> fixtures() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void storesAndReadsBackEveryCellExactly(Fixtures.Fixture fixture) {
        AnnualReport report = Fixtures.report(fixture.name());
        int year = report.year() == null ? 2021 : report.year();

        reports.store(TestUsers.SYSTEM_ADMIN, "hz", year, version(report)).block();
        StoredReport stored = reports.find(TestUsers.SYSTEM_ADMIN, "hz", year).block();

        AnnualReport expected = new AnnualReport(report.format(), report.agency(), year, report.signedOn(),
                report.proactive(), report.requests(), report.reviews(), report.details());
        assertThat(JsonComparison.sameJson(ContractJson.write(stored.report()), ContractJson.write(expected)))
                .as("stored %s%nread back %s", ContractJson.write(expected), ContractJson.write(stored.report()))
                .isTrue();
    }

    @Test
    void storingTheSameContentAgainIsANoOp() {
        AnnualReport report = Fixtures.report("hongze-qu_2023");

        StoreResult first = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(report)).block();
        StoreResult again = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023,
                version(reports.find(TestUsers.SYSTEM_ADMIN, "hz", 2023).block().report())).block();

        assertThat(first).extracting(StoreResult::versionNo, StoreResult::created).containsExactly(1, true);
        assertThat(again).extracting(StoreResult::versionNo, StoreResult::created).containsExactly(1, false);
        assertThat(again.findings()).as("the findings kept for the unchanged version: 表四 totals printed as 0")
                .containsExactlyInAnyOrderElementsOf(first.findings()).extracting(Finding::code)
                .containsExactly("T4_SUM", "T4_SUM");
        assertThat(count(REPORT_VERSION)).isEqualTo(1);
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneStays() {
        AnnualReport original = Fixtures.report("hongze-qu_2023");
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(original)).block();

        StoreResult corrected = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023,
                new NewVersion(withNewReceivedTotal(original, 22), VersionOrigin.MANUAL, "督查员", "表三第一行总计应为 22",
                        null)).block();

        StoredReport stored = reports.find(TestUsers.SYSTEM_ADMIN, "hz", 2023).block();
        assertThat(corrected).extracting(StoreResult::versionNo, StoreResult::created).containsExactly(2, true);
        assertThat(stored.report().request(RequestRow.NEW_RECEIVED, ApplicantColumn.TOTAL)).isEqualTo(22);
        assertThat(stored.versions()).extracting(ReportVersionInfo::versionNo, ReportVersionInfo::active,
                        ReportVersionInfo::reason)
                .containsExactly(tuple(1, false, null), tuple(2, true, "表三第一行总计应为 22"));
        assertThat(stored.version().createdBy()).isEqualTo("督查员");
    }

    @Test
    void theActiveVersionOfEachBodyYearIsReadWithItsPublicationDayOrNone() {
        AnnualReport report = Fixtures.report("hongze-qu_2023");
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2021, version(published(yearOf(report, 2021),
                LocalDate.of(2022, 1, 25)))).block();
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2022, version(published(yearOf(report, 2022), null))).block();
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(published(report, LocalDate.of(2024, 1,
                30)))).block();
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, new NewVersion(published(withNewReceivedTotal(report, 22),
                LocalDate.of(2024, 2, 2)), VersionOrigin.MANUAL, "督查员", "表三第一行总计应为 22", null)).block();
        var city = agencies.visible(TestUsers.SYSTEM_ADMIN, "ha").block();
        long hz = agencies.visible(TestUsers.SYSTEM_ADMIN, "hz").block().id();

        assertThat(reports.publications(city, 2021, 2023).collectList().block()).containsExactlyInAnyOrder(
                new Publication(hz, 2021, 1, LocalDate.of(2022, 1, 25)),
                new Publication(hz, 2022, 1, null),
                new Publication(hz, 2023, 2, LocalDate.of(2024, 2, 2)));
        assertThat(reports.publications(city, 2022, 2022).collectList().block())
                .containsExactly(new Publication(hz, 2022, 1, null));
        assertThat(reports.publications(city, 2024, 2025).collectList().block()).isEmpty();
    }

    @Test
    void aManualCorrectionNeedsAReason() {
        AnnualReport report = Fixtures.report("hongze-qu_2023");

        assertThatThrownBy(() -> reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023,
                new NewVersion(report, VersionOrigin.MANUAL, "督查员", " ", null)).block())
                .hasMessage("人工更正必须填写更正原因");
        assertThat(count(REPORT_VERSION)).isZero();
    }

    @Test
    void theVersionItsRowsItsDocumentAndItsAuditRecordAreOneTransaction() {
        AnnualReport report = Fixtures.report("hongze-qu_2023");
        SourceDocument document = document("hongze-qu_2023");

        try (FailingAudit ignored = FailingAudit.refusing(dsl, AuditAction.REPORT_STORED)) {
            assertThatThrownBy(() -> reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023,
                    new NewVersion(report, VersionOrigin.IMPORT, "test", null, document)).block())
                    .hasMessageContaining("测试：审计记录写入失败");
        }

        assertThat(count(REPORT)).isZero();
        assertThat(count(REPORT_VERSION)).isZero();
        assertThat(count(REQUEST_ROW)).isZero();
        assertThat(count(SOURCE_DOCUMENT)).isZero();
        assertThat(count(AUDIT_EVENT)).isZero();
        assertThatThrownBy(() -> reports.find(TestUsers.SYSTEM_ADMIN, "hz", 2023).block())
                .isInstanceOf(NotFoundException.class);

        StoreResult stored = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023,
                new NewVersion(report, VersionOrigin.IMPORT, "test", null, document)).block();
        assertThat(stored.versionNo()).isEqualTo(1);
        assertThat(count(AUDIT_EVENT)).isEqualTo(1);
    }

    @Test
    void aVersionKeepsItsSourceDocumentStoredOncePerContent() {
        SourceDocument pdf = document("hongze-qu_2023");
        AnnualReport original = Fixtures.report("hongze-qu_2023");
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023,
                new NewVersion(original, VersionOrigin.IMPORT, "test", null, pdf)).block();
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, new NewVersion(withNewReceivedTotal(original, 22),
                VersionOrigin.IMPORT, "test", null, new SourceDocument("另一个名字.pdf", "application/pdf",
                        pdf.content().clone()))).block();
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, new NewVersion(original, VersionOrigin.API, "test", null,
                null)).block();

        StoredReport stored = reports.find(TestUsers.SYSTEM_ADMIN, "hz", 2023).block();
        SourceDocumentInfo info = new SourceDocumentInfo("hongze-qu_2023.pdf", "application/pdf",
                ContentHash.sha256(pdf.content()), pdf.content().length);
        assertThat(stored.versions()).extracting(ReportVersionInfo::versionNo, ReportVersionInfo::sourceDocument)
                .containsExactly(tuple(1, info), tuple(2, info), tuple(3, null));
        assertThat(count(SOURCE_DOCUMENT)).isEqualTo(1);

        SourceDocument downloaded = reports.source(TestUsers.SYSTEM_ADMIN, "hz", 2023, 2).block();
        assertThat(downloaded.content()).isEqualTo(pdf.content());
        assertThat(downloaded.fileName()).isEqualTo("hongze-qu_2023.pdf");
        assertThat(downloaded.mediaType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> reports.source(TestUsers.SYSTEM_ADMIN, "hz", 2023, 3).block())
                .isInstanceOf(NotFoundException.class)
                .hasMessage("淮安市洪泽区人民政府 2023 年度年报第 3 版不是由文件导入的，没有原件");
        assertThatThrownBy(() -> reports.source(TestUsers.SYSTEM_ADMIN, "hz", 2023, 4).block())
                .isInstanceOf(NotFoundException.class).hasMessage("淮安市洪泽区人民政府 2023 年度年报没有第 4 版");
    }

    @Test
    void aDocumentsNameLosesItsFoldersAndAnOddMediaTypeBecomesOctetStream() {
        byte[] bytes = "年报".getBytes(StandardCharsets.UTF_8);

        assertThat(new SourceDocument("C:\\报告\\..\\洪泽区2023年报.pdf", "application/pdf", bytes).fileName())
                .isEqualTo("洪泽区2023年报.pdf");
        assertThat(new SourceDocument("../../etc/passwd\n", "text/html\r\nX-Evil: 1", bytes))
                .extracting(SourceDocument::fileName, SourceDocument::mediaType)
                .containsExactly("passwd", SourceDocument.UNKNOWN_MEDIA_TYPE);
        assertThat(new SourceDocument("/", "*/*", bytes))
                .extracting(SourceDocument::fileName, SourceDocument::mediaType)
                .containsExactly(null, SourceDocument.UNKNOWN_MEDIA_TYPE);
        assertThat(new SourceDocument("a".repeat(600) + ".pdf", "text/plain;charset=UTF-8", bytes))
                .extracting(doc -> doc.fileName().length(), SourceDocument::mediaType)
                .containsExactly(500, "text/plain;charset=UTF-8");
    }

    @Test
    void aYearAfterThisOneOrOutsideTheReportingPeriodsIsRefusedByName() {
        int nextYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;
        AnnualReport report = Fixtures.report("hongze-qu_2023");

        assertThatThrownBy(() -> reports.store(TestUsers.SYSTEM_ADMIN, "hz", nextYear, version(yearOf(report, nextYear)))
                .block())
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith(nextYear + " 年度尚未结束");
        assertThatThrownBy(() -> reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2018, version(yearOf(report, 2018)))
                .block())
                .isInstanceOf(BadRequestException.class)
                .hasMessage("淮安市洪泽区人民政府 在 2018 年度无需报告年报（应报年度：2019–）");
        assertThatThrownBy(() -> reports.store(TestUsers.SYSTEM_ADMIN, "hz", 70_000, version(report)).block())
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("参数 year 的年度 70000 不在 2008 至");
        assertThat(count(REPORT)).isZero();
    }

    @Test
    void aYearBeyondWhatTheDatabaseHoldsIsNeverReadAsAnother() {
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(Fixtures.report("hongze-qu_2023"))).block();

        // 2023 + 65536 would wrap around to 2023 as a smallint
        assertThatThrownBy(() -> reports.find(TestUsers.SYSTEM_ADMIN, "hz", 2023 + 65536).block())
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> reports.summaries(TestUsers.SYSTEM_ADMIN, "hz", 2023 + 65536).collectList().block())
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void anotherBodysNameInTheTitleIsStoredWithAWarning() {
        AnnualReport report = Fixtures.report("hongze-qu_2023");
        AnnualReport misplaced = new AnnualReport(report.format(), "淮安市淮阴区人民政府", 2023, report.signedOn(),
                report.proactive(), report.requests(), report.reviews(), report.details());

        StoreResult stored = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(misplaced)).block();

        assertThat(stored.created()).isTrue();
        assertThat(stored.findings()).filteredOn(finding -> finding.code().equals("AGENCY_MISMATCH"))
                .containsExactly(new Finding("AGENCY_MISMATCH", Severity.WARNING,
                        "年报标题中的机构“淮安市淮阴区人民政府”与所选机构“淮安市洪泽区人民政府”不一致：已保存，请核对是否放错了机构",
                        List.of("agency")));
        assertThat(reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(report)).block().findings())
                .as("洪泽区人民政府 is 淮安市洪泽区人民政府 without its city")
                .noneMatch(finding -> finding.code().equals("AGENCY_MISMATCH"));
    }

    @Test
    void versionsCannotBeChangedOrDeleted() {
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(Fixtures.report("hongze-qu_2023"))).block();

        assertThatThrownBy(() -> Mono.from(dsl.update(REQUEST_ROW).set(REQUEST_ROW.TOTAL, 0)).block())
                .hasMessageContaining("不可修改或删除");
        assertThatThrownBy(() -> Mono.from(dsl.deleteFrom(REPORT_VERSION)).block())
                .hasMessageContaining("不可修改或删除");
    }

    @Test
    void theDatabaseRefusesNegativeCountsEvenWithoutTheApplication() {
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(Fixtures.report("hongze-qu_2023"))).block();
        long versionId = Mono.from(dsl.select(REPORT_VERSION.ID).from(REPORT_VERSION)).block().value1();

        assertThatThrownBy(() -> Mono.from(dsl.insertInto(REQUEST_ROW, REQUEST_ROW.VERSION_ID, REQUEST_ROW.ROW_CODE,
                REQUEST_ROW.TOTAL).values(versionId, "granted_twice", 1)).block())
                .hasMessageContaining("request_row_code");
        assertThatThrownBy(() -> Mono.from(dsl.insertInto(REQUEST_ROW, REQUEST_ROW.VERSION_ID, REQUEST_ROW.ROW_CODE,
                REQUEST_ROW.TOTAL).values(versionId, "granted", -1)).block())
                .hasMessageContaining("request_row_non_negative");
    }

    @Test
    void aYearThatDisagreesWithTheReportIsRefused() {
        assertThatThrownBy(() -> reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2024,
                version(Fixtures.report("hongze-qu_2023"))).block())
                .hasMessage("年报中的年度 2023 与提交的年度 2024 不一致");
    }

    private long count(Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    private static SourceDocument document(String fixture) {
        var file = Fixtures.document(fixture);
        return new SourceDocument(file.getFileName().toString(), "application/pdf", Fixtures.read(file));
    }

    @Test
    void aBatchStoresEachReportAloneInEffectAndRefusesOnlyItsOwnBadOnes() {
        AnnualReport report = Fixtures.report("hongze-qu_2023");
        int future = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;
        List<ReportService.Imported> batch = List.of(
                new ReportService.Imported("hz", 2023, imported(yearOf(report, 2023), "a"), "批次测试"),
                new ReportService.Imported("hz", future, imported(yearOf(report, future), "b"), "批次测试"),
                new ReportService.Imported("nowhere", 2023, imported(yearOf(report, 2023), "c"), "批次测试"),
                new ReportService.Imported("hz", 2022, imported(yearOf(report, 2022), "d"), "批次测试"),
                // the same body-year again in the batch with other content: a second version, after the first
                new ReportService.Imported("hz", 2023, imported(otherSigningDate(yearOf(report, 2023)), "e"), "批次测试"));

        List<ReportService.ImportOutcome> outcomes = reports.storeImported(TestUsers.SYSTEM_ADMIN, batch).block();

        assertThat(outcomes).extracting(o -> o.result() == null ? null : o.result().versionNo())
                .containsExactly(1, null, null, 1, 2);
        assertThat(outcomes.get(1).error()).isInstanceOf(BadRequestException.class);
        assertThat(outcomes.get(2).error()).isInstanceOf(NotFoundException.class);
        assertThat(count(REPORT_VERSION)).isEqualTo(3);
        assertThat(count(AUDIT_EVENT)).isEqualTo(3);

        // the same documents again: nothing new
        List<ReportService.ImportOutcome> again = reports.storeImported(TestUsers.SYSTEM_ADMIN,
                List.of(batch.get(3), batch.get(4))).block();
        assertThat(again).extracting(o -> o.result().created()).containsExactly(false, false);
        assertThat(count(REPORT_VERSION)).isEqualTo(3);
    }

    private static AnnualReport otherSigningDate(AnnualReport report) {
        return new AnnualReport(report.format(), report.agency(), report.year(),
                report.signedOn() == null ? LocalDate.of(2024, 1, 20) : null, report.proactive(),
                report.requests(), report.reviews(), report.details());
    }

    /** An imported version read from a document of its own (the text makes the bytes differ). */
    private static NewVersion imported(AnnualReport report, String text) {
        return new NewVersion(report, VersionOrigin.IMPORT, "test", null,
                new SourceDocument(text + ".txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static NewVersion version(AnnualReport report) {
        return new NewVersion(report, VersionOrigin.API, "test", null, null);
    }

    private static AnnualReport published(AnnualReport report, java.time.LocalDate on) {
        AnnualReport.Details d = report.details();
        return report.withDetails(new AnnualReport.Details(d.statisticsPeriod(), d.contact(), d.sections(), on,
                d.url()));
    }

    private static AnnualReport yearOf(AnnualReport report, int year) {
        return new AnnualReport(report.format(), report.agency(), year, report.signedOn(), report.proactive(),
                report.requests(), report.reviews(), report.details());
    }

    private static AnnualReport withNewReceivedTotal(AnnualReport report, int total) {
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(report.requests());
        ApplicantCounts row = requests.get(RequestRow.NEW_RECEIVED);
        requests.put(RequestRow.NEW_RECEIVED, new ApplicantCounts(row.naturalPerson(), row.commercial(),
                row.research(), row.publicInterest(), row.legalServices(), row.other(), total));
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(),
                report.proactive(), requests, report.reviews(), report.details());
    }
}
