package cn.nianbao.backend.report;

import static cn.nianbao.backend.db.Tables.REPORT_VERSION;
import static cn.nianbao.backend.db.Tables.REQUEST_ROW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.JsonComparison;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

@BackendIntegrationTest
class ReportRepositoryTest {

    @Autowired
    ReportService reports;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void oneBody() {
        TestDatabase.truncate(dsl);
        agencies.insertIfAbsent(new NewAgency("hz", "淮安市洪泽区人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hongze-qu_2023.expected.json", "shizui-zhen_2023.expected.json",
            "huaian-shi_2024.expected.json", "blank-template_2021.expected.json"})
    void storesAndReadsBackEveryCellExactly(String fixture) {
        AnnualReport report = Fixtures.report(fixture);
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
        AnnualReport report = Fixtures.report("hongze-qu_2023.expected.json");

        StoreResult first = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(report)).block();
        StoreResult again = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(reports.find(TestUsers.SYSTEM_ADMIN, "hz", 2023).block().report())).block();

        assertThat(first).isEqualTo(new StoreResult(1, true));
        assertThat(again).isEqualTo(new StoreResult(1, false));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneStays() {
        AnnualReport original = Fixtures.report("hongze-qu_2023.expected.json");
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(original)).block();

        StoreResult corrected = reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, new NewVersion(withNewReceivedTotal(original, 22),
                VersionOrigin.MANUAL, "督查员", "表三第一行总计应为 22", null)).block();

        StoredReport stored = reports.find(TestUsers.SYSTEM_ADMIN, "hz", 2023).block();
        assertThat(corrected).isEqualTo(new StoreResult(2, true));
        assertThat(stored.report().request(RequestRow.NEW_RECEIVED, cn.nianbao.backend.contract.ApplicantColumn.TOTAL))
                .isEqualTo(22);
        assertThat(stored.versions()).extracting(ReportVersionInfo::versionNo, ReportVersionInfo::active,
                        ReportVersionInfo::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false, null),
                        org.assertj.core.groups.Tuple.tuple(2, true, "表三第一行总计应为 22"));
        assertThat(stored.version().createdBy()).isEqualTo("督查员");
    }

    @Test
    void aManualCorrectionNeedsAReason() {
        AnnualReport report = Fixtures.report("hongze-qu_2023.expected.json");

        assertThatThrownBy(() -> reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023,
                new NewVersion(report, VersionOrigin.MANUAL, "督查员", " ", null)).block())
                .hasMessage("人工更正必须填写更正原因");
        assertThat(count()).isZero();
    }

    @Test
    void versionsCannotBeChangedOrDeleted() {
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(Fixtures.report("hongze-qu_2023.expected.json"))).block();

        assertThatThrownBy(() -> Mono.from(dsl.update(REQUEST_ROW).set(REQUEST_ROW.TOTAL, 0)).block())
                .hasMessageContaining("不可修改或删除");
        assertThatThrownBy(() -> Mono.from(dsl.deleteFrom(REPORT_VERSION)).block())
                .hasMessageContaining("不可修改或删除");
    }

    @Test
    void theDatabaseRefusesNegativeCountsEvenWithoutTheApplication() {
        reports.store(TestUsers.SYSTEM_ADMIN, "hz", 2023, version(Fixtures.report("hongze-qu_2023.expected.json"))).block();
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
                version(Fixtures.report("hongze-qu_2023.expected.json"))).block())
                .hasMessage("年报中的年度 2023 与提交的年度 2024 不一致");
    }

    private long count() {
        return Mono.from(dsl.selectCount().from(REPORT_VERSION)).block().value1();
    }

    private static NewVersion version(AnnualReport report) {
        return new NewVersion(report, VersionOrigin.API, "test", null, null);
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
