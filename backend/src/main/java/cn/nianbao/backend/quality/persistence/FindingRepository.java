package cn.nianbao.backend.quality.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.ANALYTICS_BODY_YEAR;
import static cn.nianbao.backend.db.Tables.QUALITY_FINDING;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REPORT_VERSION;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.RenderedOnce;
import cn.nianbao.backend.platform.database.StandbyReads;
import cn.nianbao.backend.platform.database.TimestampNumbers;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.quality.FindingFilter;
import cn.nianbao.backend.quality.FindingStatus;
import cn.nianbao.backend.quality.FindingView;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep13;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The findings kept per body-year and version. The current findings of a body-year are those of its active version
 * (or, when it has no report, those of no version) that no later run has resolved ({@link #current()}).
 */
@Repository
public class FindingRepository {

    /** The pages' and counts' statements kept rendered: a filter's is about 3 KB. */
    private static final int SHAPES = 256;
    /**
     * The completeness matrices' statements kept rendered: a region's by-body counts are about 2 KB, its flags by
     * sub-region 2 KB and about 40 bytes per sub-region (in the text and in the shape's list of ids).
     */
    private static final int MATRIX_SHAPES = 256;

    private final Database database;
    private final RenderedOnce pages;
    private final RenderedOnce plannedPages;
    private final RenderedOnce matrices;

    public FindingRepository(Database database, StandbyReads reads) {
        this.database = database;
        this.pages = new RenderedOnce(database.autoCommit(), SHAPES);
        // with standbys every page is read from the primary: a review shows in the next page at once
        this.plannedPages = reads.configured() ? pages : new RenderedOnce(reads.planned(), SHAPES);
        this.matrices = new RenderedOnce(database.autoCommit(), MATRIX_SHAPES);
    }

    private RenderedOnce pages(boolean onePlan) {
        return onePlan ? plannedPages : pages;
    }

    /** A page's statement: its filter. */
    private record PageShape(FindingFilter filter) {
    }

    /** A count's statement: its filter, any page. */
    private record CountShape(FindingFilter filter) {
    }

    /** A kept finding as a re-run compares it: identity, fingerprint and review state. */
    public record Kept(long id, long agencyId, int year, Long versionId, String code, Long ruleId, String fingerprint,
                       String status, boolean resolved) {

        public boolean reviewed() {
            return !FindingStatus.OPEN.code().equals(status);
        }
    }

    /** A finding to keep, its JSON parts already written. */
    public record NewFinding(long agencyId, int year, Long versionId, String code, String severity, Long ruleId,
                             String fingerprint, String message, String cells, String figures, String source,
                             Long relatedVersionId) {
    }

    /** One body-year's current findings counted: not dismissed, by severity; and whether it is published late. */
    public record BodyYearCounts(long agencyId, int year, int errors, int warnings, int infos, int open, boolean late) {
    }

    /** The findings of these bodies in these years, whatever their version and state. */
    public Flux<Kept> kept(Tx tx, Collection<Long> agencyIds, int fromYear, int toYear) {
        if (agencyIds.isEmpty()) {
            return Flux.empty();
        }
        return kept(tx, QUALITY_FINDING.AGENCY_ID.in(agencyIds)
                .and(QUALITY_FINDING.YEAR.between((short) fromYear, (short) toYear)));
    }

    /** The findings of one threshold rule. */
    public Flux<Kept> keptOfRule(Tx tx, long ruleId) {
        return kept(tx, QUALITY_FINDING.RULE_ID.eq(ruleId));
    }

    private Flux<Kept> kept(Tx tx, Condition condition) {
        var f = QUALITY_FINDING;
        return Flux.from(tx.dsl().select(f.ID, f.AGENCY_ID, f.YEAR, f.VERSION_ID, f.CODE, f.RULE_ID, f.FINGERPRINT,
                        f.STATUS, f.RESOLVED_AT.isNotNull())
                        .from(f).where(condition))
                .map(row -> new Kept(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9()));
    }

    /**
     * The current TEXT_REPEATED findings of other bodies that name a version of this body-year's report as the text
     * copied: when that report changes, they are to be made anew.
     */
    public Flux<Kept> repeatingTextOf(Tx tx, long agencyId, int year) {
        return repeatingTextOf(tx, List.of(java.util.Map.entry(agencyId, year)));
    }

    /**
     * {@link #repeatingTextOf(Tx, long, int)} for many body-years (body id → year) in one query; the findings of the
     * body-years' own bodies may come with them (the caller checks those anyway).
     */
    public Flux<Kept> repeatingTextOf(Tx tx, Collection<java.util.Map.Entry<Long, Integer>> bodyYears) {
        if (bodyYears.isEmpty()) {
            return Flux.empty();
        }
        List<Short> years = bodyYears.stream().map(bodyYear -> bodyYear.getValue().shortValue()).distinct().toList();
        Condition named = DSL.or(bodyYears.stream().map(bodyYear -> REPORT.AGENCY_ID.eq(bodyYear.getKey())
                .and(REPORT.YEAR.eq(bodyYear.getValue().shortValue()))).toList());
        return kept(tx, QUALITY_FINDING.CODE.eq("TEXT_REPEATED")
                .and(QUALITY_FINDING.RESOLVED_AT.isNull())
                .and(QUALITY_FINDING.YEAR.in(years))
                .and(QUALITY_FINDING.RELATED_VERSION_ID.in(DSL.select(REPORT_VERSION.ID).from(REPORT_VERSION)
                        .join(REPORT).on(REPORT.ID.eq(REPORT_VERSION.REPORT_ID))
                        .where(named))));
    }

    public Mono<Void> insert(Tx tx, List<NewFinding> findings) {
        if (findings.isEmpty()) {
            return Mono.empty();
        }
        var f = QUALITY_FINDING;
        InsertValuesStep13<?, Long, Short, Long, String, String, Long, String, String, String, String, String, Long,
                OffsetDateTime> insert = tx.dsl().insertInto(f, f.AGENCY_ID, f.YEAR, f.VERSION_ID, f.CODE,
                f.SEVERITY, f.RULE_ID, f.FINGERPRINT, f.MESSAGE, f.CELLS, f.FIGURES, f.SOURCE,
                f.RELATED_VERSION_ID, f.FOUND_AT);
        OffsetDateTime now = OffsetDateTime.now();
        for (NewFinding n : findings) {
            insert = insert.values(n.agencyId(), (short) n.year(), n.versionId(), n.code(), n.severity(), n.ruleId(),
                    n.fingerprint(), n.message(), n.cells(), n.figures(), n.source(), n.relatedVersionId(), now);
        }
        return Mono.from(insert).then();
    }

    public Mono<Void> delete(Tx tx, Collection<Long> ids) {
        return ids.isEmpty() ? Mono.empty()
                : Mono.from(tx.dsl().deleteFrom(QUALITY_FINDING).where(QUALITY_FINDING.ID.in(ids))).then();
    }

    /** Marks reviewed findings that a run no longer finds (they keep their review), or finds again. */
    public Mono<Void> resolve(Tx tx, Collection<Long> ids, boolean resolved) {
        return ids.isEmpty() ? Mono.empty()
                : Mono.from(tx.dsl().update(QUALITY_FINDING)
                        .set(QUALITY_FINDING.RESOLVED_AT, resolved ? DSL.currentOffsetDateTime() : DSL.inline(
                                (OffsetDateTime) null))
                        .where(QUALITY_FINDING.ID.in(ids))).then();
    }

    /**
     * Whether a kept finding is current: not resolved, and of the body-year's active version — or, a finding of no
     * version, of a body-year without an active version. Each asked of the body-year's report on its own: written as
     * one condition over {@code report} joined beside the finding, PostgreSQL estimated the nation's 31,796 current
     * findings at one row and chose its plan by chance (193–264 ms for their count, 80 ms this way;
     * docs/BENCHMARKS.md).
     */
    static Condition current() {
        var f = QUALITY_FINDING;
        var report = REPORT.as("finding_report");
        Condition ofTheBodyYear = report.AGENCY_ID.eq(f.AGENCY_ID).and(report.YEAR.eq(f.YEAR));
        Condition noActiveVersion = DSL.notExists(DSL.selectOne().from(report)
                .where(ofTheBodyYear, report.ACTIVE_VERSION_ID.isNotNull()));
        Condition ofTheActiveVersion = DSL.exists(DSL.selectOne().from(report)
                .where(ofTheBodyYear, report.ACTIVE_VERSION_ID.eq(f.VERSION_ID)));
        return f.RESOLVED_AT.isNull().and(DSL.condition(DSL.when(f.VERSION_ID.isNull(), DSL.field(noActiveVersion))
                .otherwise(DSL.field(ofTheActiveVersion))));
    }

    /**
     * A page of current findings, in order: newest year first, errors before warnings, tree order, id. The page is
     * chosen from the columns its order needs; the wide ones (message, cells, figures) and the version's number are
     * read for its findings only — read for all of them, the nation's 31,796 findings were hashed through temporary
     * files and each probed for its version before 50 were kept (0.95 s, docs/BENCHMARKS.md). Read committed, its
     * statement rendered once per filter: rendering it was a tenth of a city's page (docs/BENCHMARKS.md). {@code
     * onePlan}: prepared and planned once for every region (without standbys), which a city's or a province's page
     * may be — their plan is the same — and the nation's may not (docs/BENCHMARKS.md); otherwise planned for the
     * region at hand.
     */
    public Flux<FindingView> list(FindingFilter filter, boolean onePlan) {
        return pages(onePlan).fetch(new PageShape(filter),
                () -> listQuery(database.autoCommit().dsl(), filter), FindingRepository::view);
    }

    /** {@link #list(FindingFilter, boolean)} as a unit of work sees it: a transaction sees the findings it has just kept. */
    public Flux<FindingView> list(Tx tx, FindingFilter filter) {
        return Flux.from(listQuery(tx.dsl(), filter)).map(row -> view(row::get));
    }

    private static ResultQuery<Record> listQuery(DSLContext dsl, FindingFilter filter) {
        var f = QUALITY_FINDING;
        Field<Integer> severityRank = DSL.when(f.SEVERITY.eq("error"), DSL.inline(0))
                .when(f.SEVERITY.eq("warning"), DSL.inline(1)).otherwise(DSL.inline(2)).as("severity_rank");
        Table<?> page = dsl.select(f.ID, f.YEAR, severityRank, AGENCY_CLOSURE.DISTANCE, AGENCY.SORT_ORDER,
                        AGENCY.CODE)
                .from(f)
                .join(AGENCY).on(AGENCY.ID.eq(f.AGENCY_ID))
                .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(AGENCY.ID))
                .where(listed(filter))
                .orderBy(f.YEAR.desc(), severityRank, AGENCY_CLOSURE.DISTANCE, AGENCY.SORT_ORDER, AGENCY.CODE, f.ID)
                .offset(filter.offset()).limit(filter.limit())
                .asTable("page");
        return dsl.select(VIEW_FIELDS)
                .from(page)
                .join(f).on(f.ID.eq(page.field(f.ID)))
                .join(AGENCY).on(AGENCY.ID.eq(f.AGENCY_ID))
                .leftJoin(REPORT_VERSION).on(REPORT_VERSION.ID.eq(f.VERSION_ID))
                .orderBy(page.field(f.YEAR).desc(), page.field(severityRank), page.field(AGENCY_CLOSURE.DISTANCE),
                        page.field(AGENCY.SORT_ORDER), page.field(AGENCY.CODE), page.field(f.ID));
    }

    /**
     * How many current findings the filter selects (all pages), its statement rendered once per filter; {@code
     * onePlan} as for {@link #list(FindingFilter, boolean)}.
     */
    public Mono<Integer> count(FindingFilter filter, boolean onePlan) {
        FindingFilter allPages = new FindingFilter(filter.regionId(), filter.ownBodyOnly(), filter.agencyId(),
                filter.fromYear(), filter.toYear(), filter.code(), filter.severity(), filter.status(), 0, 1);
        return pages(onePlan).fetch(new CountShape(allPages),
                        () -> database.autoCommit().dsl().selectCount()
                                .from(QUALITY_FINDING)
                                .join(AGENCY).on(AGENCY.ID.eq(QUALITY_FINDING.AGENCY_ID))
                                .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(AGENCY.ID))
                                .where(listed(allPages)), row -> row.get(0, Integer.class))
                .single();
    }

    /** One kept finding, current or not. */
    public Mono<FindingView> find(Tx tx, long id) {
        return Mono.from(views(tx).where(QUALITY_FINDING.ID.eq(id), AGENCY_CLOSURE.DISTANCE.eq(0)))
                .map(row -> view(row::get));
    }

    public Mono<Void> review(Tx tx, long id, FindingStatus status, String reviewer, String comment) {
        return Mono.from(tx.dsl().update(QUALITY_FINDING)
                .set(QUALITY_FINDING.STATUS, status.code())
                .set(QUALITY_FINDING.REVIEWED_BY, reviewer)
                .set(QUALITY_FINDING.REVIEWED_AT, DSL.currentOffsetDateTime())
                .set(QUALITY_FINDING.REVIEW_COMMENT, comment)
                .where(QUALITY_FINDING.ID.eq(id))).then();
    }

    /**
     * The current findings of each body-year of the region (or the region's body alone) counted by severity, not
     * counting dismissed ones or LATE_PUBLICATION (lateness is a state of its own), and whether it is late.
     */
    public Flux<BodyYearCounts> countsByBodyYear(long regionId, boolean ownBodyOnly, int fromYear, int toYear) {
        return matrices.fetch(new CountsShape(regionId, ownBodyOnly, fromYear, toYear), () -> {
            var f = QUALITY_FINDING;
            Condition standing = f.STATUS.ne(FindingStatus.DISMISSED.code());
            Condition notLate = f.CODE.ne("LATE_PUBLICATION");
            return database.autoCommit().dsl().select(f.AGENCY_ID, f.YEAR,
                            DSL.count().filterWhere(standing.and(notLate).and(f.SEVERITY.eq("error"))),
                            DSL.count().filterWhere(standing.and(notLate).and(f.SEVERITY.eq("warning"))),
                            DSL.count().filterWhere(standing.and(notLate).and(f.SEVERITY.eq("info"))),
                            DSL.count().filterWhere(f.STATUS.eq(FindingStatus.OPEN.code())),
                            DSL.count().filterWhere(standing.and(f.CODE.eq("LATE_PUBLICATION"))))
                    .from(f)
                    .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(f.AGENCY_ID))
                    .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(regionId),
                            ownBodyOnly ? AGENCY_CLOSURE.DISTANCE.eq(0) : DSL.noCondition(),
                            f.YEAR.between((short) fromYear, (short) toYear), current())
                    .groupBy(f.AGENCY_ID, f.YEAR);
        }, row -> new BodyYearCounts(row.get(0, Long.class), row.get(1, Integer.class), row.get(2, Integer.class),
                row.get(3, Integer.class), row.get(4, Integer.class), row.get(5, Integer.class),
                row.get(6, Integer.class) > 0));
    }

    /** The counts' statement of a matrix body by body: its region, whether of its own body alone, its years. */
    private record CountsShape(long regionId, boolean ownBodyOnly, int fromYear, int toYear) {
    }

    /** Per line and year ({@link #flagsByLine}): reports with a standing problem, and those of them late though on time. */
    public record LineFlags(long line, int year, int flagged, int lateThoughOnTime) {
    }

    /**
     * For the completeness matrix by sub-region: per line (each sub-region with every body under it, and the region's
     * own body alone) and year, the reported body-years with a current finding not dismissed that makes them other
     * than clean (LATE_PUBLICATION, an error or a warning), and how many of them the figures count as on time though
     * expected while LATE_PUBLICATION stands. The active versions are read from the figures' facts
     * ({@code analytics_body_year}), which say too whether a body-year was expected and on time, as the matrix's body
     * rows decide it.
     */
    public Flux<LineFlags> flagsByLine(long regionId, List<Long> subRegions,
                                       cn.nianbao.backend.agency.AgencyKind kind, int fromYear, int toYear) {
        return matrices.fetch(new FlagsShape(regionId, subRegions, kind, fromYear, toYear), () -> {
            var f = QUALITY_FINDING;
            var facts = ANALYTICS_BODY_YEAR;
            Condition late = f.CODE.eq("LATE_PUBLICATION");
            return database.autoCommit().dsl().select(AGENCY_CLOSURE.ANCESTOR_ID, f.YEAR,
                            DSL.countDistinct(f.AGENCY_ID), DSL.countDistinct(f.AGENCY_ID)
                                    .filterWhere(late.and(DSL.condition(facts.EXPECTED))
                                            .and(DSL.condition(facts.ON_TIME))))
                    .from(f)
                    .join(facts).on(facts.AGENCY_ID.eq(f.AGENCY_ID), facts.YEAR.eq(f.YEAR),
                            facts.VERSION_ID.eq(f.VERSION_ID))
                    .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(f.AGENCY_ID))
                    .where(AGENCY_CLOSURE.ANCESTOR_ID.in(subRegions)
                                    .or(AGENCY_CLOSURE.ANCESTOR_ID.eq(regionId).and(AGENCY_CLOSURE.DISTANCE.eq(0))),
                            f.YEAR.between((short) fromYear, (short) toYear), f.RESOLVED_AT.isNull(),
                            f.STATUS.ne(FindingStatus.DISMISSED.code()), late.or(f.SEVERITY.in("error", "warning")),
                            kind == null ? DSL.noCondition()
                                    : facts.KIND.eq(cn.nianbao.backend.db.enums.AgencyKind.valueOf(kind.name())))
                    .groupBy(AGENCY_CLOSURE.ANCESTOR_ID, f.YEAR);
        }, row -> new LineFlags(row.get(0, Long.class), row.get(1, Integer.class), row.get(2, Integer.class),
                row.get(3, Integer.class)));
    }

    /** The flags' statement of a matrix by sub-region: its region, its sub-regions, the kind and the years. */
    private record FlagsShape(long regionId, List<Long> subRegions, cn.nianbao.backend.agency.AgencyKind kind,
                              int fromYear, int toYear) {
    }

    /** What a finding shows ({@link #view}, which reads them by position). */
    private static final List<Field<?>> VIEW_FIELDS = List.of(QUALITY_FINDING.ID, QUALITY_FINDING.CODE,
            QUALITY_FINDING.SEVERITY, AGENCY.CODE, AGENCY.NAME, QUALITY_FINDING.YEAR, REPORT_VERSION.VERSION_NO,
            QUALITY_FINDING.CELLS, QUALITY_FINDING.MESSAGE, QUALITY_FINDING.STATUS, QUALITY_FINDING.REVIEWED_BY,
            TimestampNumbers.of(QUALITY_FINDING.REVIEWED_AT), QUALITY_FINDING.REVIEW_COMMENT, QUALITY_FINDING.SOURCE,
            QUALITY_FINDING.FIGURES, QUALITY_FINDING.RULE_ID, TimestampNumbers.of(QUALITY_FINDING.FOUND_AT),
            QUALITY_FINDING.AGENCY_ID);

    private SelectOnConditionStep<? extends Record> views(Tx tx) {
        var f = QUALITY_FINDING;
        return tx.dsl().select(VIEW_FIELDS)
                .from(f)
                .join(AGENCY).on(AGENCY.ID.eq(f.AGENCY_ID))
                .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(AGENCY.ID))
                .leftJoin(REPORT_VERSION).on(REPORT_VERSION.ID.eq(f.VERSION_ID));
    }

    private static Condition listed(FindingFilter filter) {
        var f = QUALITY_FINDING;
        List<Condition> conditions = new ArrayList<>();
        conditions.add(AGENCY_CLOSURE.ANCESTOR_ID.eq(filter.regionId()));
        if (filter.ownBodyOnly()) {
            conditions.add(AGENCY_CLOSURE.DISTANCE.eq(0));
        }
        if (filter.agencyId() != null) {
            conditions.add(f.AGENCY_ID.eq(filter.agencyId()));
        }
        conditions.add(f.YEAR.between((short) filter.fromYear(), (short) filter.toYear()));
        if (filter.code() != null) {
            conditions.add(f.CODE.eq(filter.code()));
        }
        if (filter.severity() != null) {
            conditions.add(f.SEVERITY.eq(filter.severity()));
        }
        if (filter.status() != null) {
            conditions.add(f.STATUS.eq(filter.status().code()));
        }
        conditions.add(current());
        return DSL.and(conditions);
    }

    /** A finding read by the position of {@link #VIEW_FIELDS}. */
    private static FindingView view(RenderedOnce.Columns row) {
        List<String> cells = new ArrayList<>();
        JsonNode cellsJson = ContractJson.MAPPER.readTree(row.get(7, String.class));
        if (cellsJson instanceof ArrayNode array) {
            array.forEach(cell -> cells.add(cell.asString()));
        }
        String source = row.get(13, String.class);
        return new FindingView(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                row.get(3, String.class), row.get(4, String.class), row.get(5, Integer.class),
                row.get(6, Integer.class), cells, row.get(8, String.class),
                FindingStatus.fromCode(row.get(9, String.class)).orElseThrow(), row.get(10, String.class),
                TimestampNumbers.timestamp(row.get(11, Long.class)), row.get(12, String.class),
                source == null ? null : ContractJson.MAPPER.readTree(source),
                ContractJson.MAPPER.readTree(row.get(14, String.class)), row.get(15, Long.class),
                TimestampNumbers.timestamp(row.get(16, Long.class)), row.get(17, Long.class));
    }
}
