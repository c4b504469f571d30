package cn.nianbao.backend.report.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.NARRATIVE_SECTION;
import static cn.nianbao.backend.db.Tables.PROACTIVE_ROW;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REPORT_VERSION;
import static cn.nianbao.backend.db.Tables.REQUEST_ROW;
import static cn.nianbao.backend.db.Tables.REVIEW_ROW;
import static cn.nianbao.backend.db.Tables.SOURCE_DOCUMENT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.Contact;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.StatisticsPeriod;
import cn.nianbao.backend.db.tables.Agency;
import cn.nianbao.backend.db.tables.records.NarrativeSectionRecord;
import cn.nianbao.backend.db.tables.records.ProactiveRowRecord;
import cn.nianbao.backend.db.tables.records.ReportVersionRecord;
import cn.nianbao.backend.db.tables.records.RequestRowRecord;
import cn.nianbao.backend.db.tables.records.ReviewRowRecord;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportSummary;
import cn.nianbao.backend.report.ReportVersionInfo;
import cn.nianbao.backend.report.SourceDocumentInfo;
import cn.nianbao.backend.report.StoreResult;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.platform.database.Transactions;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reports and their versions. A store never updates a version: it adds one and moves the report's active pointer,
 * in one transaction, with the report row locked so that concurrent stores number their versions in turn.
 */
@Repository
public class ReportRepository {

    private static final Agency REGION = AGENCY.as("region");
    private static final cn.nianbao.backend.db.tables.ReportVersion ALL_VERSIONS = REPORT_VERSION.as("all_versions");

    private final DSLContext dsl;

    public ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The active version of a body's report for a year, or empty when there is none. */
    public Mono<ActiveVersion> findActive(long agencyId, int year) {
        return Mono.from(dsl.select(REPORT.ID, REPORT_VERSION.asterisk())
                        .from(REPORT)
                        .join(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                        .where(REPORT.AGENCY_ID.eq(agencyId), REPORT.YEAR.eq((short) year)))
                .flatMap(row -> {
                    ReportVersionRecord version = row.into(REPORT_VERSION);
                    return Mono.zip(readContent(version, year), versions(row.get(REPORT.ID), version.getId()))
                            .map(both -> new ActiveVersion(both.getT2().stream()
                                    .filter(ReportVersionInfo::active).findFirst().orElseThrow(),
                                    both.getT2(), both.getT1()));
                });
    }

    /** The active report versions of every body under the region (itself included), optionally of one year. */
    public Flux<ReportSummary> summaries(String regionCode, Integer year) {
        Condition yearCondition = year == null ? DSL.noCondition() : REPORT.YEAR.eq(year.shortValue());
        return Flux.from(dsl.select(AGENCY.CODE, AGENCY.NAME, AGENCY.KIND, AGENCY.DEMO, REPORT.YEAR,
                                REPORT_VERSION.VERSION_NO, REPORT_VERSION.FORMAT, REPORT_VERSION.ORIGIN,
                                REPORT_VERSION.SIGNED_ON, REPORT_VERSION.PUBLISHED_ON, REQUEST_ROW.TOTAL)
                        .from(REGION)
                        .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(REGION.ID))
                        .join(AGENCY).on(AGENCY.ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                        .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY.ID))
                        .join(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                        .leftJoin(REQUEST_ROW).on(REQUEST_ROW.VERSION_ID.eq(REPORT_VERSION.ID),
                                REQUEST_ROW.ROW_CODE.eq(RequestRow.NEW_RECEIVED.code()))
                        .where(REGION.CODE.eq(regionCode), yearCondition)
                        .orderBy(REPORT.YEAR.desc(), AGENCY_CLOSURE.DISTANCE, AGENCY.SORT_ORDER, AGENCY.CODE))
                .map(row -> new ReportSummary(row.get(AGENCY.CODE), row.get(AGENCY.NAME),
                        AgencyKind.valueOf(row.get(AGENCY.KIND).name()), row.get(REPORT.YEAR),
                        row.get(REPORT_VERSION.VERSION_NO), row.get(REPORT_VERSION.FORMAT),
                        VersionOrigin.valueOf(row.get(REPORT_VERSION.ORIGIN).name()), row.get(REPORT_VERSION.SIGNED_ON),
                        row.get(REPORT_VERSION.PUBLISHED_ON), row.get(AGENCY.DEMO), row.get(REQUEST_ROW.TOTAL)));
    }

    /**
     * Stores a new version unless its content hash equals the active version's. The version, its table rows and the
     * active pointer are written in one transaction.
     */
    public Mono<StoreResult> store(long agencyId, int year, NewVersion version, String contentHash) {
        return Transactions.inTransaction(dsl, trx -> {
            DSLContext tx = trx.dsl();
            return Mono.from(tx.insertInto(REPORT, REPORT.AGENCY_ID, REPORT.YEAR)
                            .values(agencyId, (short) year)
                            .onConflict(REPORT.AGENCY_ID, REPORT.YEAR)
                            // a no-op update that locks the report row until the transaction ends
                            .doUpdate().set(REPORT.AGENCY_ID, DSL.excluded(REPORT.AGENCY_ID))
                            .returning(REPORT.ID))
                    .map(report -> report.getId())
                    .flatMap(reportId -> Mono.from(tx.select(REPORT_VERSION.CONTENT_HASH, REPORT_VERSION.VERSION_NO,
                                            DSL.field(DSL.select(DSL.coalesce(DSL.max(ALL_VERSIONS.VERSION_NO), 0))
                                                    .from(ALL_VERSIONS)
                                                    .where(ALL_VERSIONS.REPORT_ID.eq(REPORT.ID))))
                                    .from(REPORT)
                                    .leftJoin(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                                    .where(REPORT.ID.eq(reportId)))
                            .flatMap(current -> contentHash.equals(current.value1())
                                    ? Mono.just(new StoreResult(current.value2(), false))
                                    : insertVersion(tx, reportId, current.value3() + 1, version, contentHash)));
        });
    }

    private Mono<StoreResult> insertVersion(DSLContext tx, long reportId, int versionNo, NewVersion version,
                                            String contentHash) {
        AnnualReport report = version.report();
        AnnualReport.Details details = report.details();
        StatisticsPeriod period = details.statisticsPeriod();
        Contact contact = details.contact() == null
                ? new Contact(null, null, null, null, null, null, null) : details.contact();
        ReportVersionRecord record = new ReportVersionRecord();
        record.setReportId(reportId);
        record.setVersionNo(versionNo);
        record.setFormat(report.format().code());
        record.setAgencyNamePrinted(report.agency());
        record.setSignedOn(report.signedOn());
        record.setPeriodFrom(period == null ? null : period.from());
        record.setPeriodTo(period == null ? null : period.to());
        record.setPublishedOn(details.publishedOn());
        record.setPublicationUrl(details.url());
        record.setContactOrganization(contact.organization());
        record.setContactAddress(contact.address());
        record.setContactPostalCode(contact.postalCode());
        record.setContactPhone(contact.phone());
        record.setContactFax(contact.fax());
        record.setContactEmail(contact.email());
        record.setContactWebsite(contact.website());
        record.setOrigin(cn.nianbao.backend.db.enums.VersionOrigin.valueOf(version.origin().name()));
        record.setSourceDocumentId(version.sourceDocumentId());
        record.setContentHash(contentHash);
        record.setCreatedBy(version.createdBy());
        record.setReason(version.reason());
        record.changed(REPORT_VERSION.ID, false);
        record.changed(REPORT_VERSION.CREATED_AT, false);
        return Mono.from(tx.insertInto(REPORT_VERSION).set(record).returning(REPORT_VERSION.ID))
                .map(inserted -> inserted.getId())
                .flatMap(versionId -> insertRows(tx, versionId, report)
                        .then(Mono.from(tx.update(REPORT).set(REPORT.ACTIVE_VERSION_ID, versionId)
                                .where(REPORT.ID.eq(reportId))))
                        .thenReturn(new StoreResult(versionNo, true)));
    }

    private Mono<Void> insertRows(DSLContext tx, long versionId, AnnualReport report) {
        List<Mono<Integer>> inserts = new ArrayList<>();
        if (report.proactive() != null && !report.proactive().isEmpty()) {
            List<ProactiveRowRecord> rows = new ArrayList<>();
            report.proactive().forEach((row, cells) -> rows.add(new ProactiveRowRecord(versionId, row.code(),
                    cells.issued(), cells.repealed(), cells.inForce(), cells.decisions(), cells.amountWanYuan())));
            inserts.add(insertAll(tx, PROACTIVE_ROW, rows));
        }
        if (report.requests() != null && !report.requests().isEmpty()) {
            List<RequestRowRecord> rows = new ArrayList<>();
            report.requests().forEach((row, c) -> rows.add(new RequestRowRecord(versionId, row.code(),
                    c.naturalPerson(), c.commercial(), c.research(), c.publicInterest(), c.legalServices(), c.other(),
                    c.total())));
            inserts.add(insertAll(tx, REQUEST_ROW, rows));
        }
        if (report.reviews() != null && !report.reviews().isEmpty()) {
            List<ReviewRowRecord> rows = new ArrayList<>();
            report.reviews().forEach((row, c) -> rows.add(new ReviewRowRecord(versionId, row.code(), c.upheld(),
                    c.corrected(), c.other(), c.pending(), c.total())));
            inserts.add(insertAll(tx, REVIEW_ROW, rows));
        }
        if (!report.details().sections().isEmpty()) {
            List<NarrativeSectionRecord> rows = new ArrayList<>();
            for (NarrativeSection section : report.details().sections()) {
                rows.add(new NarrativeSectionRecord(versionId, (short) section.number(), section.heading(),
                        section.text() == null ? "" : section.text()));
            }
            inserts.add(insertAll(tx, NARRATIVE_SECTION, rows));
        }
        return Flux.concat(inserts).then();
    }

    private static <R extends TableRecord<R>> Mono<Integer> insertAll(DSLContext tx, Table<R> table, List<R> rows) {
        return Mono.from(tx.insertInto(table).columns(table.fields()).valuesOfRecords(rows));
    }

    private Mono<AnnualReport> readContent(ReportVersionRecord version, int year) {
        long versionId = version.getId();
        Mono<List<ProactiveRowRecord>> proactive =
                Flux.from(dsl.selectFrom(PROACTIVE_ROW).where(PROACTIVE_ROW.VERSION_ID.eq(versionId))).collectList();
        Mono<List<RequestRowRecord>> requests =
                Flux.from(dsl.selectFrom(REQUEST_ROW).where(REQUEST_ROW.VERSION_ID.eq(versionId))).collectList();
        Mono<List<ReviewRowRecord>> reviews =
                Flux.from(dsl.selectFrom(REVIEW_ROW).where(REVIEW_ROW.VERSION_ID.eq(versionId))).collectList();
        Mono<List<NarrativeSectionRecord>> sections = Flux.from(dsl.selectFrom(NARRATIVE_SECTION)
                .where(NARRATIVE_SECTION.VERSION_ID.eq(versionId))
                .orderBy(NARRATIVE_SECTION.SECTION_NO)).collectList();
        return Mono.zip(proactive, requests, reviews, sections).map(rows -> {
            Map<ProactiveRow, ProactiveCells> proactiveRows = new EnumMap<>(ProactiveRow.class);
            rows.getT1().forEach(r -> proactiveRows.put(ProactiveRow.fromCode(r.getRowCode()).orElseThrow(),
                    new ProactiveCells(r.getIssued(), r.getRepealed(), r.getInForce(), r.getDecisions(),
                            r.getAmountWanYuan())));
            Map<RequestRow, ApplicantCounts> requestRows = new EnumMap<>(RequestRow.class);
            rows.getT2().forEach(r -> requestRows.put(RequestRow.fromCode(r.getRowCode()).orElseThrow(),
                    new ApplicantCounts(r.getNaturalPerson(), r.getCommercial(), r.getResearch(),
                            r.getPublicInterest(), r.getLegalServices(), r.getOther(), r.getTotal())));
            Map<ReviewRow, OutcomeCounts> reviewRows = new EnumMap<>(ReviewRow.class);
            rows.getT3().forEach(r -> reviewRows.put(ReviewRow.fromCode(r.getRowCode()).orElseThrow(),
                    new OutcomeCounts(r.getUpheld(), r.getCorrected(), r.getOther(), r.getPending(), r.getTotal())));
            List<NarrativeSection> narrative = rows.getT4().stream()
                    .map(r -> new NarrativeSection(r.getSectionNo(), r.getHeading(), r.getBody()))
                    .toList();
            StatisticsPeriod period = version.getPeriodFrom() == null && version.getPeriodTo() == null ? null
                    : new StatisticsPeriod(version.getPeriodFrom(), version.getPeriodTo());
            Contact contact = new Contact(version.getContactOrganization(), version.getContactAddress(),
                    version.getContactPostalCode(), version.getContactPhone(), version.getContactFax(),
                    version.getContactEmail(), version.getContactWebsite());
            return new AnnualReport(ReportFormat.fromCode(version.getFormat()).orElse(ReportFormat.UNKNOWN),
                    version.getAgencyNamePrinted(), year,
                    version.getSignedOn(),
                    proactiveRows.isEmpty() ? null : proactiveRows,
                    requestRows.isEmpty() ? null : requestRows,
                    reviewRows.isEmpty() ? null : reviewRows,
                    new AnnualReport.Details(period, contact.isEmpty() ? null : contact, narrative,
                            version.getPublishedOn(), version.getPublicationUrl()));
        });
    }

    private Mono<List<ReportVersionInfo>> versions(long reportId, long activeVersionId) {
        return Flux.from(dsl.select(REPORT_VERSION.ID, REPORT_VERSION.VERSION_NO, REPORT_VERSION.ORIGIN,
                                REPORT_VERSION.CREATED_AT, REPORT_VERSION.CREATED_BY, REPORT_VERSION.REASON,
                                SOURCE_DOCUMENT.FILE_NAME, SOURCE_DOCUMENT.MEDIA_TYPE, SOURCE_DOCUMENT.SHA256,
                                SOURCE_DOCUMENT.SIZE_BYTES)
                        .from(REPORT_VERSION)
                        .leftJoin(SOURCE_DOCUMENT).on(SOURCE_DOCUMENT.ID.eq(REPORT_VERSION.SOURCE_DOCUMENT_ID))
                        .where(REPORT_VERSION.REPORT_ID.eq(reportId))
                        .orderBy(REPORT_VERSION.VERSION_NO))
                .map(row -> toInfo(row, row.get(REPORT_VERSION.ID) == activeVersionId))
                .collectList();
    }

    private static ReportVersionInfo toInfo(Record row, boolean active) {
        SourceDocumentInfo source = row.get(SOURCE_DOCUMENT.SHA256) == null ? null
                : new SourceDocumentInfo(row.get(SOURCE_DOCUMENT.FILE_NAME), row.get(SOURCE_DOCUMENT.MEDIA_TYPE),
                        row.get(SOURCE_DOCUMENT.SHA256), row.get(SOURCE_DOCUMENT.SIZE_BYTES));
        return new ReportVersionInfo(row.get(REPORT_VERSION.VERSION_NO),
                VersionOrigin.valueOf(row.get(REPORT_VERSION.ORIGIN).name()), row.get(REPORT_VERSION.CREATED_AT),
                row.get(REPORT_VERSION.CREATED_BY), row.get(REPORT_VERSION.REASON), source, active);
    }

    /** The active version of a report with its content and the report's version history. */
    public record ActiveVersion(ReportVersionInfo version, List<ReportVersionInfo> versions, AnnualReport report) {
    }
}
