package cn.nianbao.backend.agency.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.AGENCY_REPORTING_PERIOD;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.AgencyTree;
import cn.nianbao.backend.agency.FoundBody;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.RenderedOnce;
import cn.nianbao.backend.platform.database.Tx;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The agency tree in PostgreSQL; subtrees come from the closure table that a trigger keeps. Used only by the agency
 * feature: everyone else asks {@link cn.nianbao.backend.agency.AgencyDirectory}.
 */
@Repository
public class AgencyRepository {

    private static final cn.nianbao.backend.db.tables.Agency PARENT = AGENCY.as("parent");
    private static final cn.nianbao.backend.db.tables.Agency ABOVE = AGENCY.as("above");
    private static final cn.nianbao.backend.db.tables.AgencyClosure UP = AGENCY_CLOSURE.as("up");
    private static final cn.nianbao.backend.db.tables.Agency ROOT = AGENCY.as("root");
    /** The longest text {@link #named} searches by (the pickers allow 64 characters). */
    static final int MAX_NAMED_TEXT = 64;
    /** The name without spaces, as the trigram index of V14 holds it. */
    private static final Field<String> SQUEEZED = DSL.replace(AGENCY.NAME, DSL.inline(" "), DSL.inline(""));
    /**
     * The name without spaces and without the suffix of its kind (when two characters are left): V15's stored column,
     * which jOOQ's generated classes do not know (its expression is beyond their DDL parser).
     */
    private static final Field<String> WITHOUT_KIND = DSL.field(DSL.name(AGENCY.getName(), "name_without_kind"),
            String.class);

    /**
     * A body's reporting periods as one text, in order, each "first-last" ("2019-" while it lasts), joined by ",":
     * read with its row as text, not as jOOQ's multiset, which cost more than the rest of the row (docs/BENCHMARKS.md).
     */
    private static final Field<String> PERIODS = DSL.field(DSL.select(DSL.listAgg(
                            AGENCY_REPORTING_PERIOD.FIRST_YEAR.cast(String.class).concat(DSL.inline("-"))
                                    .concat(DSL.coalesce(AGENCY_REPORTING_PERIOD.LAST_YEAR.cast(String.class),
                                            DSL.inline(""))), ",")
                    .withinGroupOrderBy(AGENCY_REPORTING_PERIOD.FIRST_YEAR))
            .from(AGENCY_REPORTING_PERIOD)
            .where(AGENCY_REPORTING_PERIOD.AGENCY_ID.eq(AGENCY.ID)));
    /** The subtrees' statements kept rendered: one per root and depth asked, about 1 KB each. */
    private static final int SUBTREE_SHAPES = 512;

    private final Database database;
    private final RenderedOnce subtrees;
    private final RenderedOnce lookups;

    public AgencyRepository(Database database) {
        this.database = database;
        this.subtrees = new RenderedOnce(database.autoCommit(), SUBTREE_SHAPES);
        this.lookups = new RenderedOnce(database.autoCommit(), Lookup.values().length);
    }

    /** The bodies within {@code maxDepth} levels under the top-level bodies, in tree order; null: every level. */
    public Mono<List<Agency>> all(Tx tx, Integer maxDepth) {
        Condition condition = maxDepth == null ? DSL.noCondition()
                : AGENCY.ID.in(DSL.select(AGENCY_CLOSURE.DESCENDANT_ID)
                        .from(AGENCY_CLOSURE)
                        .join(ROOT).on(ROOT.ID.eq(AGENCY_CLOSURE.ANCESTOR_ID))
                        .where(ROOT.PARENT_ID.isNull(), AGENCY_CLOSURE.DISTANCE.le(maxDepth)));
        return load(tx, condition).map(AgencyTree::inTreeOrder);
    }

    /**
     * The body with this code and the bodies within {@code maxDepth} levels under it (null: every level), in tree
     * order, depth counted from it; empty if unknown.
     */
    public Mono<List<Agency>> subtree(String rootCode, Integer maxDepth) {
        return subtrees.fetch(new SubtreeShape(rootCode, maxDepth),
                        () -> loadQuery(database.autoCommit().dsl(), AGENCY.ID.in(descendants(rootCode, maxDepth))),
                        AgencyRepository::agency)
                .collectList()
                .map(agencies -> rootedAt(rootCode, agencies));
    }

    /** A subtree's statement: its root and how deep. */
    private record SubtreeShape(String rootCode, Integer maxDepth) {
    }

    /**
     * The bodies of the subtree (its root included, at most {@code maxDepth} levels down) that are expected to report
     * in {@code year}, in tree order.
     */
    public Mono<List<Agency>> expectedToReport(Tx tx, String rootCode, int year, int maxDepth) {
        Condition expected = DSL.exists(DSL.selectOne().from(AGENCY_REPORTING_PERIOD)
                .where(AGENCY_REPORTING_PERIOD.AGENCY_ID.eq(AGENCY.ID),
                        AGENCY_REPORTING_PERIOD.FIRST_YEAR.le((short) year),
                        AGENCY_REPORTING_PERIOD.LAST_YEAR.isNull()
                                .or(AGENCY_REPORTING_PERIOD.LAST_YEAR.ge((short) year))));
        return load(tx, AGENCY.ID.in(descendants(rootCode, maxDepth)).and(expected)).map(AgencyTree::inTreeOrder);
    }

    /** The bodies with these ids, in no particular order. */
    public Mono<List<Agency>> byIds(Tx tx, Collection<Long> ids) {
        return ids.isEmpty() ? Mono.just(List.of()) : load(tx, AGENCY.ID.in(ids));
    }

    /** The ids of the body and of every body above it, nearest first. */
    public Mono<List<Long>> lineage(Tx tx, long id) {
        return Flux.from(tx.dsl().select(AGENCY_CLOSURE.ANCESTOR_ID).from(AGENCY_CLOSURE)
                        .where(AGENCY_CLOSURE.DESCENDANT_ID.eq(id)).orderBy(AGENCY_CLOSURE.DISTANCE))
                .map(row -> row.value1()).collectList();
    }

    /** {@link #lineage} of many bodies in one query: each id with its line, nearest first. */
    public Mono<java.util.Map<Long, List<Long>>> lineages(Tx tx, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(java.util.Map.of());
        }
        return Flux.from(tx.dsl().select(AGENCY_CLOSURE.DESCENDANT_ID, AGENCY_CLOSURE.ANCESTOR_ID).from(AGENCY_CLOSURE)
                        .where(AGENCY_CLOSURE.DESCENDANT_ID.in(ids))
                        .orderBy(AGENCY_CLOSURE.DESCENDANT_ID, AGENCY_CLOSURE.DISTANCE))
                .collect(java.util.HashMap::new, (lines, row) -> lines
                        .computeIfAbsent(row.value1(), id -> new java.util.ArrayList<>()).add(row.value2()));
    }

    /** The bodies with these codes, in no particular order. */
    public Mono<List<Agency>> byCodes(Tx tx, Collection<String> codes) {
        return codes.isEmpty() ? Mono.just(List.of()) : load(tx, AGENCY.CODE.in(codes));
    }

    /** Those of {@code descendantIds} that are {@code ancestorId} or lie at most {@code maxDistance} levels under it. */
    public Mono<java.util.Set<Long>> within(Tx tx, long ancestorId, Collection<Long> descendantIds, int maxDistance) {
        return Flux.from(tx.dsl().select(AGENCY_CLOSURE.DESCENDANT_ID).from(AGENCY_CLOSURE)
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(ancestorId), AGENCY_CLOSURE.DESCENDANT_ID.in(descendantIds),
                                AGENCY_CLOSURE.DISTANCE.le(maxDistance)))
                .map(row -> row.value1()).collect(java.util.HashSet::new, java.util.Set::add);
    }

    /**
     * The bodies whose name contains {@code key} (normalised, without the suffix of its kind) or whose name without
     * that suffix is contained in {@code normalised} (a printed name with the place above it), or whose code starts
     * with {@code normalised}; within {@code maxDistance} levels under {@code scopeId} (null: the whole tree). Those
     * of {@code first} first, then the names closest in length to the text (the same name, the body a printed name
     * with its place names rather than that place), then by name and code, so that pages do not overlap.
     */
    public Mono<List<FoundBody>> named(Tx tx, Long scopeId, int maxDistance, String normalised, String key,
                                       Collection<String> first, int offset, int limit) {
        Condition name = named(normalised, key);
        Condition scope = scopeId == null ? DSL.noCondition()
                : AGENCY.ID.in(DSL.select(AGENCY_CLOSURE.DESCENDANT_ID).from(AGENCY_CLOSURE)
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(scopeId), AGENCY_CLOSURE.DISTANCE.le(maxDistance)));
        // the names above each body found, from the top down: a page holds at most 50 bodies
        Field<List<String>> path = DSL.multiset(DSL.select(ABOVE.NAME).from(UP)
                        .join(ABOVE).on(ABOVE.ID.eq(UP.ANCESTOR_ID))
                        .where(UP.DESCENDANT_ID.eq(AGENCY.ID), UP.DISTANCE.gt(0))
                        .orderBy(UP.DISTANCE.desc()))
                .as("path").convertFrom(names -> names.map(above -> above.value1()));
        return Flux.from(tx.dsl().select(AGENCY.CODE, AGENCY.NAME, PARENT.NAME, path)
                        .from(AGENCY)
                        .leftJoin(PARENT).on(PARENT.ID.eq(AGENCY.PARENT_ID))
                        .where(name, scope)
                        .orderBy(DSL.when(AGENCY.CODE.in(first.isEmpty() ? List.of("") : first), 0).otherwise(1),
                                DSL.abs(DSL.length(SQUEEZED).minus(normalised.length())), AGENCY.NAME, AGENCY.CODE)
                        .offset(offset)
                        .limit(limit))
                .map(row -> new FoundBody(row.value1(), row.value2(), row.value3(), row.value4()))
                .collectList();
    }

    /**
     * The condition of {@link #named}: the bodies found by each alternative on its own, each written as an index of
     * V14 or V15 has it — joined by OR in one WHERE the planner read every name and ran the suffix's regular
     * expression on each (0.46 s for the country), where each alone is answered from its index. A text without
     * letters of two cases (Chinese) needs no case folded: lower() on every name cost 190 ms where trigrams cannot
     * narrow a text of two characters, the plain match 30 ms. An empty text finds every body.
     */
    static Condition named(String normalised, String key) {
        if (normalised.isEmpty()) {
            return DSL.noCondition();
        }
        boolean cased = !key.equals(key.toLowerCase(Locale.ROOT)) || !key.equals(key.toUpperCase(Locale.ROOT));
        String pattern = "%" + DSL.escape(key, '!') + "%";
        return AGENCY.ID.in(DSL.select(AGENCY.ID).from(AGENCY)
                .where(cased ? SQUEEZED.likeIgnoreCase(pattern, '!') : SQUEEZED.like(pattern, '!'))
                .union(DSL.select(AGENCY.ID).from(AGENCY)
                        .where(WITHOUT_KIND.eq(DSL.any(namesWithin(normalised).toArray(String[]::new)))))
                .union(DSL.select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.startsWithIgnoreCase(normalised))));
    }

    /**
     * The parts of a text at least two characters long (a body's name without its kind has two at least): a name
     * contained in the text is one of them. At most {@link #MAX_NAMED_TEXT} characters, so at most 2,016 parts.
     */
    static Set<String> namesWithin(String text) {
        if (text.length() > MAX_NAMED_TEXT) {
            throw new IllegalArgumentException("a text of " + text.length() + " characters to search by");
        }
        Set<String> parts = new LinkedHashSet<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 2; end <= text.length(); end++) {
                parts.add(text.substring(start, end));
            }
        }
        return parts;
    }

    /** The body with this code as the transaction sees it (one it has just added or changed included). */
    public Mono<Agency> findByCode(Tx tx, String code) {
        return load(tx, AGENCY.CODE.eq(code)).flatMap(list -> Mono.justOrEmpty(list.stream().findFirst()));
    }

    /** The body with this code: the lookup of nearly every request, rendered once. */
    public Mono<Agency> findByCode(String code) {
        return lookups.fetch(Lookup.BY_CODE, List.of(code),
                () -> loadQuery(database.autoCommit().dsl(), AGENCY.CODE.eq(code)), AgencyRepository::agency).next();
    }

    /**
     * The body with this code if it is {@code ancestorId} or lies at most {@code maxDistance} levels under it: the
     * lookup of nearly every request of a caller with a scope, rendered once.
     */
    public Mono<Agency> findByCodeWithin(String code, long ancestorId, int maxDistance) {
        return lookups.fetch(Lookup.BY_CODE_WITHIN, List.of(code, ancestorId, maxDistance),
                () -> loadQuery(database.autoCommit().dsl(), AGENCY.CODE.eq(code).and(DSL.exists(DSL.selectOne()
                        .from(AGENCY_CLOSURE)
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(ancestorId), AGENCY_CLOSURE.DESCENDANT_ID.eq(AGENCY.ID),
                                AGENCY_CLOSURE.DISTANCE.le(maxDistance))))),
                AgencyRepository::agency).next();
    }

    /** The lookups by code, the same text whatever the code. */
    private enum Lookup { BY_CODE, BY_CODE_WITHIN }

    /** Whether {@code descendantId} is {@code ancestorId} or lies at most {@code maxDistance} levels under it. */
    public Mono<Boolean> isWithin(Tx tx, long ancestorId, long descendantId, int maxDistance) {
        return Mono.from(tx.dsl().selectOne().from(AGENCY_CLOSURE)
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(ancestorId), AGENCY_CLOSURE.DESCENDANT_ID.eq(descendantId),
                                AGENCY_CLOSURE.DISTANCE.le(maxDistance)))
                .hasElement();
    }

    public Mono<Boolean> isEmpty(Tx tx) {
        return Mono.from(tx.dsl().selectOne().from(AGENCY).limit(1)).hasElement().map(found -> !found);
    }

    /**
     * Adds one body with its reporting periods unless a body with its code exists; the closure rows follow by
     * trigger. Two statements: run it in a transaction. Returns the new id, or empty when the code was taken.
     */
    public Mono<Long> insertIfAbsent(Tx tx, NewAgency agency) {
        DSLContext dsl = tx.dsl();
        return Mono.from(dsl.insertInto(AGENCY, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND, AGENCY.PARENT_ID,
                                AGENCY.SORT_ORDER, AGENCY.DEMO)
                        .select(DSL.select(DSL.val(agency.code()), DSL.val(agency.name()),
                                DSL.val(cn.nianbao.backend.db.enums.AgencyKind.valueOf(agency.kind().name())),
                                agency.parentCode() == null ? DSL.castNull(AGENCY.PARENT_ID)
                                        : DSL.field(DSL.select(AGENCY.ID).from(AGENCY)
                                                .where(AGENCY.CODE.eq(agency.parentCode()))),
                                DSL.val(agency.sortOrder()), DSL.val(agency.demo())))
                        .onConflict(AGENCY.CODE).doNothing()
                        .returning(AGENCY.ID))
                .map(record -> record.get(AGENCY.ID))
                .flatMap(id -> insertPeriods(dsl, id, agency.reportingPeriods()).thenReturn(id));
    }

    /** Renames, re-sorts or moves a body (the closure follows by trigger; a move under its own subtree is refused). */
    public Mono<Void> update(Tx tx, long id, String name, Long parentId, int sortOrder) {
        return Mono.from(tx.dsl().update(AGENCY)
                .set(AGENCY.NAME, name)
                .set(AGENCY.PARENT_ID, parentId)
                .set(AGENCY.SORT_ORDER, sortOrder)
                .where(AGENCY.ID.eq(id))).then();
    }

    /** The years the body is expected to report, replacing the previous ones. Two statements: use a transaction. */
    public Mono<Void> replaceReportingPeriods(Tx tx, long id, List<ReportingPeriod> periods) {
        return Mono.from(tx.dsl().deleteFrom(AGENCY_REPORTING_PERIOD).where(AGENCY_REPORTING_PERIOD.AGENCY_ID.eq(id)))
                .then(insertPeriods(tx.dsl(), id, periods))
                .then();
    }

    private static org.jooq.Select<org.jooq.Record1<Long>> descendants(String rootCode, Integer maxDepth) {
        return DSL.select(AGENCY_CLOSURE.DESCENDANT_ID)
                .from(AGENCY_CLOSURE)
                .join(PARENT).on(PARENT.ID.eq(AGENCY_CLOSURE.ANCESTOR_ID))
                .where(PARENT.CODE.eq(rootCode),
                        maxDepth == null ? DSL.noCondition() : AGENCY_CLOSURE.DISTANCE.le(maxDepth));
    }

    private static List<Agency> rootedAt(String rootCode, List<Agency> agencies) {
        List<Agency> ordered = AgencyTree.inTreeOrder(agencies);
        return ordered.isEmpty() || !ordered.getFirst().code().equals(rootCode) ? List.of() : ordered;
    }

    private static Mono<Integer> insertPeriods(DSLContext dsl, long agencyId, List<ReportingPeriod> periods) {
        if (periods.isEmpty()) {
            return Mono.just(0);
        }
        var insert = dsl.insertInto(AGENCY_REPORTING_PERIOD, AGENCY_REPORTING_PERIOD.AGENCY_ID,
                AGENCY_REPORTING_PERIOD.FIRST_YEAR, AGENCY_REPORTING_PERIOD.LAST_YEAR);
        for (ReportingPeriod period : periods) {
            insert = insert.values(agencyId, (short) period.firstYear(),
                    period.lastYear() == null ? null : period.lastYear().shortValue());
        }
        return Mono.from(insert);
    }

    private static Mono<List<Agency>> load(Tx tx, Condition condition) {
        return Flux.from(loadQuery(tx.dsl(), condition)).map(row -> agency(row::get)).collectList();
    }

    private static ResultQuery<?> loadQuery(DSLContext dsl, Condition condition) {
        return dsl.select(AGENCY.ID, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND, AGENCY.SORT_ORDER, AGENCY.DEMO,
                        PARENT.CODE, PERIODS)
                .from(AGENCY)
                .leftJoin(PARENT).on(PARENT.ID.eq(AGENCY.PARENT_ID))
                .where(condition);
    }

    /** A body read by the position of {@link #loadQuery}'s columns. */
    private static Agency agency(RenderedOnce.Columns row) {
        return new Agency(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                AgencyKind.valueOf(row.get(3, String.class)), row.get(6, String.class), 0, row.get(4, Integer.class),
                row.get(5, Boolean.class), periods(row.get(7, String.class)));
    }

    /** {@link #PERIODS} read back: "2008-2015,2019-" (null: none). */
    static List<ReportingPeriod> periods(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(period -> {
            int dash = period.indexOf('-');
            return new ReportingPeriod(Integer.parseInt(period.substring(0, dash)),
                    dash == period.length() - 1 ? null : Integer.valueOf(period.substring(dash + 1)));
        }).toList();
    }
}
