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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.DayNumbers;
import cn.nianbao.backend.platform.database.RenderedOnce;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.report.ActiveReport;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.Publication;
import cn.nianbao.backend.report.ReportSummary;
import cn.nianbao.backend.report.ReportVersionInfo;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.SourceDocumentInfo;
import cn.nianbao.backend.report.StoreResult;
import cn.nianbao.backend.report.VersionOrigin;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reports, their versions and the documents they were read from. A store never updates a version: it adds one and
 * moves the report's active pointer, with the report row locked so that concurrent stores number their versions in
 * turn. Every method works in the caller's {@link Tx}; a store belongs in a transaction.
 */
@Repository
public class ReportRepository {

    private static final Agency REGION = AGENCY.as("region");
    private static final cn.nianbao.backend.db.tables.ReportVersion ALL_VERSIONS = REPORT_VERSION.as("all_versions");
    /**
     * A version's columns but where its rows were read in the source (a few KB each): only the quality rules read
     * those, and they select them themselves.
     */
    private static final List<Field<?>> VERSION_FIELDS = Arrays.stream(REPORT_VERSION.fields())
            .filter(field -> !field.equals(REPORT_VERSION.SOURCE_POSITIONS)).toList();

    /** The listings' statements kept rendered: one per region and years asked, about 1 KB each. */
    private static final int SHAPES = 256;

    private final SourceDocumentRepository sources;
    private final Database database;
    private final RenderedOnce reads;

    public ReportRepository(SourceDocumentRepository sources, Database database) {
        this.sources = sources;
        this.database = database;
        this.reads = new RenderedOnce(database.autoCommit(), SHAPES);
    }

    /**
     * The active version of a body's report for a year with its rows, sections and the report's version history,
     * read in one query (nested collections as jOOQ multisets); empty when there is none.
     */
    public Mono<ActiveVersion> findActive(Tx tx, long agencyId, int year) {
        return find(tx, agencyId, year, REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID), null);
    }

    /** Version {@code versionNo} of a body's report for a year, like {@link #findActive}; empty when there is none. */
    public Mono<ActiveVersion> findVersion(Tx tx, long agencyId, int year, int versionNo) {
        return find(tx, agencyId, year,
                REPORT_VERSION.REPORT_ID.eq(REPORT.ID).and(REPORT_VERSION.VERSION_NO.eq(versionNo)), versionNo);
    }

    /**
     * Makes version {@code versionNo} the active one, the report row locked like a store's; empty when there is no
     * such version. The answer says whether the pointer moved.
     */
    public Mono<Activation> activate(Tx tx, long agencyId, int year, int versionNo) {
        DSLContext dsl = tx.dsl();
        return Mono.from(dsl.select(REPORT.ID, REPORT.ACTIVE_VERSION_ID).from(REPORT)
                        .where(REPORT.AGENCY_ID.eq(agencyId), REPORT.YEAR.eq((short) year)).forUpdate())
                .flatMap(report -> Mono.from(dsl.select(REPORT_VERSION.ID).from(REPORT_VERSION)
                                .where(REPORT_VERSION.REPORT_ID.eq(report.value1()),
                                        REPORT_VERSION.VERSION_NO.eq(versionNo)))
                        .flatMap(version -> version.value1().equals(report.value2())
                                ? Mono.just(new Activation(version.value1(), false))
                                : Mono.from(dsl.update(REPORT).set(REPORT.ACTIVE_VERSION_ID, version.value1())
                                        .where(REPORT.ID.eq(report.value1())))
                                        .thenReturn(new Activation(version.value1(), true))));
    }

    /** The version now active, and whether it was made active just now. */
    public record Activation(long versionId, boolean changed) {
    }

    private Mono<ActiveVersion> find(Tx tx, long agencyId, int year, Condition versionJoin, Integer versionNo) {
        Field<Result<ProactiveRowRecord>> proactive = DSL.multiset(DSL.selectFrom(PROACTIVE_ROW)
                .where(PROACTIVE_ROW.VERSION_ID.eq(REPORT_VERSION.ID))).as("proactive");
        Field<Result<RequestRowRecord>> requests = DSL.multiset(DSL.selectFrom(REQUEST_ROW)
                .where(REQUEST_ROW.VERSION_ID.eq(REPORT_VERSION.ID))).as("requests");
        Field<Result<ReviewRowRecord>> reviews = DSL.multiset(DSL.selectFrom(REVIEW_ROW)
                .where(REVIEW_ROW.VERSION_ID.eq(REPORT_VERSION.ID))).as("reviews");
        Field<Result<NarrativeSectionRecord>> sections = DSL.multiset(DSL.selectFrom(NARRATIVE_SECTION)
                .where(NARRATIVE_SECTION.VERSION_ID.eq(REPORT_VERSION.ID))
                .orderBy(NARRATIVE_SECTION.SECTION_NO)).as("sections");
        Field<List<ReportVersionInfo>> versions = DSL.multiset(DSL
                        .select(ALL_VERSIONS.VERSION_NO, ALL_VERSIONS.ORIGIN, ALL_VERSIONS.CREATED_AT,
                                ALL_VERSIONS.CREATED_BY, ALL_VERSIONS.REASON, SOURCE_DOCUMENT.FILE_NAME,
                                SOURCE_DOCUMENT.MEDIA_TYPE, SOURCE_DOCUMENT.SHA256, SOURCE_DOCUMENT.SIZE_BYTES,
                                ALL_VERSIONS.ID.eq(REPORT.ACTIVE_VERSION_ID))
                        .from(ALL_VERSIONS)
                        .leftJoin(SOURCE_DOCUMENT).on(SOURCE_DOCUMENT.ID.eq(ALL_VERSIONS.SOURCE_DOCUMENT_ID))
                        .where(ALL_VERSIONS.REPORT_ID.eq(REPORT.ID))
                        .orderBy(ALL_VERSIONS.VERSION_NO))
                .as("versions")
                .convertFrom(rows -> rows.map(row -> new ReportVersionInfo(row.value1(),
                        VersionOrigin.valueOf(row.value2().name()), row.value3(), row.value4(), row.value5(),
                        row.value8() == null ? null
                                : new SourceDocumentInfo(row.value6(), row.value7(), row.value8(), row.value9()),
                        Boolean.TRUE.equals(row.value10()))));
        return Mono.from(tx.dsl().select(VERSION_FIELDS)
                        .select(proactive, requests, reviews, sections, versions)
                        .from(REPORT)
                        .join(REPORT_VERSION).on(versionJoin)
                        .where(REPORT.AGENCY_ID.eq(agencyId), REPORT.YEAR.eq((short) year)))
                .map(row -> {
                    List<ReportVersionInfo> history = row.get(versions);
                    AnnualReport content = content(row.into(REPORT_VERSION), year, row.get(proactive),
                            row.get(requests), row.get(reviews), row.get(sections));
                    return new ActiveVersion(history.stream().filter(info -> versionNo == null ? info.active()
                            : info.versionNo() == versionNo).findFirst().orElseThrow(), history, content);
                });
    }

    /**
     * The active versions of these bodies' reports from {@code fromYear} to {@code toYear} with their rows, sections
     * and source places (parsed when asked for), in one query (the quality rules read a region's reports this way).
     */
    public Flux<ActiveReport> activeOf(Tx tx, Collection<Long> agencyIds, int fromYear, int toYear) {
        if (agencyIds.isEmpty()) {
            return Flux.empty();
        }
        return contents(tx, REPORT.AGENCY_ID.in(agencyIds)
                .and(REPORT.YEAR.between((short) fromYear, (short) toYear)));
    }

    /** Which version is active for each of these bodies' reports from {@code fromYear} to {@code toYear}. */
    public Flux<ActiveReport.Key> activeKeys(Tx tx, Collection<Long> agencyIds, int fromYear, int toYear) {
        if (agencyIds.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(tx.dsl().select(REPORT.AGENCY_ID, REPORT.YEAR, REPORT.ACTIVE_VERSION_ID)
                        .from(REPORT)
                        .where(REPORT.AGENCY_ID.in(agencyIds), REPORT.YEAR.between((short) fromYear, (short) toYear),
                                REPORT.ACTIVE_VERSION_ID.isNotNull()))
                .map(row -> new ActiveReport.Key(row.value1(), row.value2(), row.value3()));
    }

    /** The years for which the region's own body or any body under it has a report. */
    public Flux<Integer> yearsUnder(Tx tx, long regionId) {
        return Flux.from(tx.dsl().selectDistinct(REPORT.YEAR).from(REPORT)
                        .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(REPORT.AGENCY_ID))
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(regionId), REPORT.ACTIVE_VERSION_ID.isNotNull()))
                .map(row -> row.value1().intValue());
    }

    /** The narrative sections of these versions, when they are active: what a copy is looked for in. */
    public Flux<ActiveReport.Narrative> activeNarratives(Tx tx, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Flux.empty();
        }
        Field<Result<NarrativeSectionRecord>> sections = DSL.multiset(DSL.selectFrom(NARRATIVE_SECTION)
                .where(NARRATIVE_SECTION.VERSION_ID.eq(REPORT.ACTIVE_VERSION_ID))
                .orderBy(NARRATIVE_SECTION.SECTION_NO)).as("sections");
        return Flux.from(tx.dsl().select(REPORT.AGENCY_ID, REPORT.YEAR, REPORT.ACTIVE_VERSION_ID, sections)
                        .from(REPORT).where(REPORT.ACTIVE_VERSION_ID.in(versionIds)))
                .map(row -> new ActiveReport.Narrative(row.value1(), row.value2(), row.value3(), row.value4().stream()
                        .map(r -> new NarrativeSection(r.getSectionNo(), r.getHeading(), r.getBody())).toList()));
    }

    /** These versions, when they are active, with their rows and sections. */
    public Flux<ActiveReport> activeVersions(Tx tx, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Flux.empty();
        }
        return contents(tx, REPORT.ACTIVE_VERSION_ID.in(versionIds));
    }

    private Flux<ActiveReport> contents(Tx tx, Condition condition) {
        Field<Result<ProactiveRowRecord>> proactive = DSL.multiset(DSL.selectFrom(PROACTIVE_ROW)
                .where(PROACTIVE_ROW.VERSION_ID.eq(REPORT_VERSION.ID))).as("proactive");
        Field<Result<RequestRowRecord>> requests = DSL.multiset(DSL.selectFrom(REQUEST_ROW)
                .where(REQUEST_ROW.VERSION_ID.eq(REPORT_VERSION.ID))).as("requests");
        Field<Result<ReviewRowRecord>> reviews = DSL.multiset(DSL.selectFrom(REVIEW_ROW)
                .where(REVIEW_ROW.VERSION_ID.eq(REPORT_VERSION.ID))).as("reviews");
        Field<Result<NarrativeSectionRecord>> sections = DSL.multiset(DSL.selectFrom(NARRATIVE_SECTION)
                .where(NARRATIVE_SECTION.VERSION_ID.eq(REPORT_VERSION.ID))
                .orderBy(NARRATIVE_SECTION.SECTION_NO)).as("sections");
        return Flux.from(tx.dsl().select(REPORT.AGENCY_ID, REPORT.YEAR)
                        .select(VERSION_FIELDS).select(REPORT_VERSION.SOURCE_POSITIONS)
                        .select(proactive, requests, reviews, sections)
                        .from(REPORT)
                        .join(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                        .where(condition))
                .map(row -> {
                    ReportVersionRecord version = row.into(REPORT_VERSION);
                    int year = row.get(REPORT.YEAR);
                    return new ActiveReport(row.get(REPORT.AGENCY_ID), year, version.getId(), version.getVersionNo(),
                            content(version, year, row.get(proactive), row.get(requests), row.get(reviews),
                                    row.get(sections)), ActiveReport.positionsWhenAsked(version.getSourcePositions()));
                });
    }

    /** The active report versions of every body under the region (itself included), optionally of one year. */
    public Flux<ReportSummary> summaries(String regionCode, Integer year) {
        return reads.fetch(new SummariesShape(regionCode, year), () -> summariesQuery(regionCode, year),
                ReportRepository::summary);
    }

    /** A region's summaries: its code and the year (null: every year). */
    private record SummariesShape(String regionCode, Integer year) {
    }

    /**
     * Committed, rendered once per shape and read by position: a city's years are thousands of rows, and jOOQ's
     * records cost more of a listing's CPU than anything else (docs/BENCHMARKS.md).
     */
    private ResultQuery<?> summariesQuery(String regionCode, Integer year) {
        // the dates read as day numbers
        return database.autoCommit().dsl().select(AGENCY.CODE, AGENCY.NAME, AGENCY.KIND, AGENCY.DEMO, REPORT.YEAR,
                        REPORT_VERSION.VERSION_NO, REPORT_VERSION.FORMAT, REPORT_VERSION.ORIGIN,
                        DayNumbers.of(REPORT_VERSION.SIGNED_ON), DayNumbers.of(REPORT_VERSION.PUBLISHED_ON),
                        REQUEST_ROW.TOTAL)
                .from(REGION)
                .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(REGION.ID))
                .join(AGENCY).on(AGENCY.ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY.ID))
                .join(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                .leftJoin(REQUEST_ROW).on(REQUEST_ROW.VERSION_ID.eq(REPORT_VERSION.ID),
                        REQUEST_ROW.ROW_CODE.eq(RequestRow.NEW_RECEIVED.code()))
                .where(REGION.CODE.eq(regionCode), year == null ? DSL.noCondition()
                        : REPORT.YEAR.eq(year.shortValue()))
                .orderBy(REPORT.YEAR.desc(), AGENCY_CLOSURE.DISTANCE, AGENCY.SORT_ORDER, AGENCY.CODE);
    }

    /**
     * The active versions of the bodies under the region (itself included) in these years: which version, published
     * when — what the completeness matrix needs of each, six years of a city's bodies in a few ints per row. Committed,
     * rendered once per shape, read by position.
     */
    public Flux<Publication> publications(long regionId, int fromYear, int toYear) {
        return reads.fetch(new PublicationsShape(regionId, fromYear, toYear), () -> database.autoCommit().dsl()
                        .select(REPORT.AGENCY_ID, REPORT.YEAR, REPORT_VERSION.VERSION_NO,
                                DayNumbers.of(REPORT_VERSION.PUBLISHED_ON))
                        .from(AGENCY_CLOSURE)
                        .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                        .join(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(regionId),
                                REPORT.YEAR.between((short) fromYear, (short) toYear)),
                row -> new Publication(row.get(0, Long.class), row.get(1, Integer.class), row.get(2, Integer.class),
                        DayNumbers.date(row.get(3, Integer.class))));
    }

    /** A region's publications: its id and the years. */
    private record PublicationsShape(long regionId, int fromYear, int toYear) {
    }

    private static ReportSummary summary(RenderedOnce.Columns row) {
        return new ReportSummary(row.get(0, String.class), row.get(1, String.class),
                AgencyKind.valueOf(row.get(2, String.class)), row.get(4, Integer.class),
                row.get(5, Integer.class), row.get(6, String.class), VersionOrigin.valueOf(row.get(7, String.class)),
                DayNumbers.date(row.get(8, Integer.class)), DayNumbers.date(row.get(9, Integer.class)),
                row.get(3, Boolean.class), row.get(10, Integer.class));
    }

    /**
     * Stores a new version unless its content hash equals the active version's — or, when {@code sameDocumentIsSame}
     * (an import), unless it was read from the very document the active version was read from: its source document (once per
     * SHA-256), the version, its table rows and the active pointer. Run it in a transaction.
     */
    public Mono<StoreResult> store(Tx tx, long agencyId, int year, NewVersion version, String contentHash,
                                   boolean sameDocumentIsSame) {
        return storeAll(tx, List.of(new ToStore(agencyId, year, version, contentHash)), sameDocumentIsSame)
                .map(List::getFirst);
    }

    /** A version to store by {@link #storeAll}: the body, the year, the version and its content hash. */
    public record ToStore(long agencyId, int year, NewVersion version, String contentHash) {
    }

    /**
     * {@link #store} for many body-years (each at most once) with a handful of statements whatever their number: the
     * report rows inserted or locked together, the active versions compared, then the new documents, versions, table
     * rows and pointers each written by one statement. The results in the order of {@code batch}.
     */
    public Mono<List<StoreResult>> storeAll(Tx tx, List<ToStore> batch, boolean sameDocumentIsSame) {
        DSLContext dsl = tx.dsl();
        var insert = dsl.insertInto(REPORT, REPORT.AGENCY_ID, REPORT.YEAR);
        for (ToStore item : batch) {
            insert = insert.values(item.agencyId(), (short) item.year());
        }
        return Flux.from(insert.onConflict(REPORT.AGENCY_ID, REPORT.YEAR)
                        // a no-op update that locks the report rows until the transaction ends
                        .doUpdate().set(REPORT.AGENCY_ID, DSL.excluded(REPORT.AGENCY_ID))
                        .returningResult(REPORT.ID, REPORT.AGENCY_ID, REPORT.YEAR))
                .collectMap(report -> report.value2() + "/" + report.value3(), report -> report.value1())
                .flatMap(reportIds -> Flux.from(dsl.select(REPORT.ID, REPORT_VERSION.CONTENT_HASH,
                                        REPORT_VERSION.VERSION_NO,
                                        DSL.field(DSL.select(DSL.coalesce(DSL.max(ALL_VERSIONS.VERSION_NO), 0))
                                                .from(ALL_VERSIONS)
                                                .where(ALL_VERSIONS.REPORT_ID.eq(REPORT.ID))),
                                        SOURCE_DOCUMENT.SHA256)
                                .from(REPORT)
                                .leftJoin(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                                .leftJoin(SOURCE_DOCUMENT).on(SOURCE_DOCUMENT.ID.eq(REPORT_VERSION.SOURCE_DOCUMENT_ID))
                                .where(REPORT.ID.in(reportIds.values())))
                        .collectMap(current -> current.value1())
                        .flatMap(currents -> {
                            StoreResult[] results = new StoreResult[batch.size()];
                            List<NewRow> fresh = new ArrayList<>();
                            for (int i = 0; i < batch.size(); i++) {
                                ToStore item = batch.get(i);
                                long reportId = reportIds.get(item.agencyId() + "/" + item.year());
                                var current = currents.get(reportId);
                                // the same content, or the same document read again (with another form's defaults)
                                if (item.contentHash().equals(current.value2()) || sameDocumentIsSame
                                        && item.version().source() != null
                                        && item.version().source().sha256().equals(current.value5())) {
                                    results[i] = new StoreResult(current.value3(), false, List.of());
                                } else {
                                    fresh.add(new NewRow(i, reportId, current.value4() + 1, item));
                                }
                            }
                            return insertVersions(tx, fresh).doOnSuccess(done -> fresh.forEach(row ->
                                    results[row.index()] = new StoreResult(row.versionNo(), true, List.of())))
                                    .then(Mono.fromSupplier(() -> List.of(results)));
                        }));
    }

    /** A version to insert: its place in the batch, its report and its number. */
    private record NewRow(int index, long reportId, int versionNo, ToStore item) {
    }

    /**
     * The document a version of a body's report was read from: empty when there is no such version, an empty
     * optional when the version was not read from a document.
     */
    public Mono<Optional<SourceDocument>> source(Tx tx, long agencyId, int year, int versionNo) {
        return Mono.from(tx.dsl().select(SOURCE_DOCUMENT.FILE_NAME, SOURCE_DOCUMENT.MEDIA_TYPE, SOURCE_DOCUMENT.CONTENT)
                        .from(REPORT)
                        .join(REPORT_VERSION).on(REPORT_VERSION.REPORT_ID.eq(REPORT.ID))
                        .leftJoin(SOURCE_DOCUMENT).on(SOURCE_DOCUMENT.ID.eq(REPORT_VERSION.SOURCE_DOCUMENT_ID))
                        .where(REPORT.AGENCY_ID.eq(agencyId), REPORT.YEAR.eq((short) year),
                                REPORT_VERSION.VERSION_NO.eq(versionNo)))
                .map(row -> row.value3() == null ? Optional.<SourceDocument>empty()
                        : Optional.of(new SourceDocument(row.value1(), row.value2(), row.value3())));
    }

    /** The documents, the versions, their rows and the reports' pointers, one statement each. */
    private Mono<Void> insertVersions(Tx tx, List<NewRow> fresh) {
        if (fresh.isEmpty()) {
            return Mono.empty();
        }
        DSLContext dsl = tx.dsl();
        return sources.storeIfAbsent(tx, fresh.stream().map(row -> row.item().version())
                        .filter(version -> version.source() != null).toList())
                .flatMap(sourceIds -> {
                    var insert = dsl.insertInto(REPORT_VERSION).set(versionRecord(fresh.getFirst(), sourceIds));
                    for (NewRow row : fresh.subList(1, fresh.size())) {
                        insert = insert.newRecord().set(versionRecord(row, sourceIds));
                    }
                    return Flux.from(insert.returningResult(REPORT_VERSION.ID, REPORT_VERSION.REPORT_ID))
                            .collectMap(version -> version.value2(), version -> version.value1());
                })
                .flatMap(versionIds -> insertRows(dsl, fresh, versionIds)
                        .then(Mono.from(dsl.update(REPORT)
                                .set(REPORT.ACTIVE_VERSION_ID, DSL.case_(REPORT.ID).mapValues(versionIds))
                                .where(REPORT.ID.in(versionIds.keySet())))))
                .then();
    }

    private static ReportVersionRecord versionRecord(NewRow row, Map<String, Long> sourceIds) {
        NewVersion version = row.item().version();
        AnnualReport report = version.report();
        AnnualReport.Details details = report.details();
        StatisticsPeriod period = details.statisticsPeriod();
        Contact contact = details.contact() == null
                ? new Contact(null, null, null, null, null, null, null) : details.contact();
        ReportVersionRecord record = new ReportVersionRecord();
        record.setReportId(row.reportId());
        record.setVersionNo(row.versionNo());
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
        record.setSourceDocumentId(version.source() == null ? null : sourceIds.get(version.source().sha256()));
        record.setContentHash(row.item().contentHash());
        record.setCreatedBy(version.createdBy());
        record.setReason(version.reason());
        record.setSourcePositions(version.positions().toJson());
        record.changed(REPORT_VERSION.ID, false);
        record.changed(REPORT_VERSION.CREATED_AT, false);
        return record;
    }

    private Mono<Void> insertRows(DSLContext tx, List<NewRow> fresh, Map<Long, Long> versionIds) {
        List<ProactiveRowRecord> proactive = new ArrayList<>();
        List<RequestRowRecord> requests = new ArrayList<>();
        List<ReviewRowRecord> reviews = new ArrayList<>();
        List<NarrativeSectionRecord> sections = new ArrayList<>();
        for (NewRow row : fresh) {
            long versionId = versionIds.get(row.reportId());
            AnnualReport report = row.item().version().report();
            if (report.proactive() != null) {
                report.proactive().forEach((code, cells) -> proactive.add(new ProactiveRowRecord(versionId,
                        code.code(), cells.issued(), cells.repealed(), cells.inForce(), cells.decisions(),
                        cells.amountWanYuan())));
            }
            if (report.requests() != null) {
                report.requests().forEach((code, c) -> requests.add(new RequestRowRecord(versionId, code.code(),
                        c.naturalPerson(), c.commercial(), c.research(), c.publicInterest(), c.legalServices(),
                        c.other(), c.total())));
            }
            if (report.reviews() != null) {
                report.reviews().forEach((code, c) -> reviews.add(new ReviewRowRecord(versionId, code.code(),
                        c.upheld(), c.corrected(), c.other(), c.pending(), c.total())));
            }
            for (NarrativeSection section : report.details().sections()) {
                sections.add(new NarrativeSectionRecord(versionId, (short) section.number(), section.heading(),
                        section.text() == null ? "" : section.text()));
            }
        }
        return Flux.concat(insertAll(tx, PROACTIVE_ROW, proactive), insertAll(tx, REQUEST_ROW, requests),
                insertAll(tx, REVIEW_ROW, reviews), insertAll(tx, NARRATIVE_SECTION, sections)).then();
    }

    private static <R extends TableRecord<R>> Mono<Integer> insertAll(DSLContext tx, Table<R> table, List<R> rows) {
        return rows.isEmpty() ? Mono.empty() : Mono.from(tx.insertInto(table).columns(table.fields()).valuesOfRecords(rows));
    }

    private static AnnualReport content(ReportVersionRecord version, int year, List<ProactiveRowRecord> proactive,
                                        List<RequestRowRecord> requests, List<ReviewRowRecord> reviews,
                                        List<NarrativeSectionRecord> sections) {
        Map<ProactiveRow, ProactiveCells> proactiveRows = new EnumMap<>(ProactiveRow.class);
        proactive.forEach(r -> proactiveRows.put(ProactiveRow.fromCode(r.getRowCode()).orElseThrow(),
                new ProactiveCells(r.getIssued(), r.getRepealed(), r.getInForce(), r.getDecisions(),
                        r.getAmountWanYuan())));
        Map<RequestRow, ApplicantCounts> requestRows = new EnumMap<>(RequestRow.class);
        requests.forEach(r -> requestRows.put(RequestRow.fromCode(r.getRowCode()).orElseThrow(),
                new ApplicantCounts(r.getNaturalPerson(), r.getCommercial(), r.getResearch(),
                        r.getPublicInterest(), r.getLegalServices(), r.getOther(), r.getTotal())));
        Map<ReviewRow, OutcomeCounts> reviewRows = new EnumMap<>(ReviewRow.class);
        reviews.forEach(r -> reviewRows.put(ReviewRow.fromCode(r.getRowCode()).orElseThrow(),
                new OutcomeCounts(r.getUpheld(), r.getCorrected(), r.getOther(), r.getPending(), r.getTotal())));
        List<NarrativeSection> narrative = sections.stream()
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
    }

    /** One version of a report (the active one, or the one asked for) with its content and the version history. */
    public record ActiveVersion(ReportVersionInfo version, List<ReportVersionInfo> versions, AnnualReport report) {
    }
}
