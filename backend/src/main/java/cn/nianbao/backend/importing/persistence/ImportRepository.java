package cn.nianbao.backend.importing.persistence;

import static cn.nianbao.backend.db.Tables.IMPORT_ITEM;
import static cn.nianbao.backend.db.Tables.IMPORT_JOB;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.nianbao.backend.db.tables.records.ImportItemRecord;
import cn.nianbao.backend.importing.ImportItem;
import cn.nianbao.backend.importing.ImportJob;
import cn.nianbao.backend.importing.ItemStatus;
import cn.nianbao.backend.importing.NewItem;
import cn.nianbao.backend.importing.Settled;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Import jobs and their items. A worker claims queued items with {@code FOR UPDATE SKIP LOCKED} in a transaction it
 * keeps open while it works on them, so that two workers (or two backends) never take the same item, and an item
 * whose worker died is queued again the moment its connection is gone.
 */
@Repository
public class ImportRepository {


    public Mono<Void> insertJob(Tx tx, UUID id, Caller caller, java.time.LocalDate publishedOn, String url) {
        return Mono.from(tx.dsl().insertInto(IMPORT_JOB)
                        .set(IMPORT_JOB.ID, id)
                        .set(IMPORT_JOB.CREATED_BY, caller.username())
                        .set(IMPORT_JOB.CREATED_BY_ROLE, caller.role().name())
                        .set(IMPORT_JOB.CREATED_BY_USER_ID, caller.userId())
                        .set(IMPORT_JOB.SCOPE_AGENCY_ID, caller.scopeAgencyId())
                        .set(IMPORT_JOB.SCOPE_AGENCY_CODE, caller.scopeAgencyCode())
                        .set(IMPORT_JOB.PUBLISHED_ON, publishedOn)
                        .set(IMPORT_JOB.PUBLICATION_URL, url)
                        .set(IMPORT_JOB.TOTAL, 0))
                .then();
    }

    public Mono<Void> insertItems(Tx tx, UUID jobId, List<NewItem> items) {
        if (items.isEmpty()) {
            return Mono.empty();
        }
        var insert = tx.dsl().insertInto(IMPORT_ITEM, IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX, IMPORT_ITEM.FILE_NAME,
                IMPORT_ITEM.CONTENT, IMPORT_ITEM.STATUS, IMPORT_ITEM.MESSAGE, IMPORT_ITEM.SETTLED_AT);
        for (NewItem item : items) {
            boolean failed = item.failure() != null;
            insert = insert.values(jobId, item.index(), tail(item.fileName(), 1000), failed ? null : item.content(),
                    failed ? ItemStatus.FAILED.code() : ItemStatus.QUEUED.code(), clip(item.failure(), 2000),
                    failed ? OffsetDateTime.now() : null);
        }
        return Mono.from(insert).then();
    }

    public Mono<Void> setTotal(Tx tx, UUID jobId, int total) {
        return Mono.from(tx.dsl().update(IMPORT_JOB).set(IMPORT_JOB.TOTAL, total).where(IMPORT_JOB.ID.eq(jobId)))
                .then();
    }

    /** The job with its counts per status, without its items; empty when there is none. */
    public Mono<ImportJob> job(Tx tx, UUID id) {
        return jobs(tx, IMPORT_JOB.ID.eq(id), 1).next();
    }

    /** The user's most recent jobs, newest first. */
    public Flux<ImportJob> recent(Tx tx, String username, int limit) {
        return jobs(tx, IMPORT_JOB.CREATED_BY.eq(username), limit);
    }

    private Flux<ImportJob> jobs(Tx tx, org.jooq.Condition condition, int limit) {
        Field<Map<String, Integer>> counts = DSL.multiset(DSL.select(IMPORT_ITEM.STATUS, DSL.count())
                        .from(IMPORT_ITEM).where(IMPORT_ITEM.JOB_ID.eq(IMPORT_JOB.ID)).groupBy(IMPORT_ITEM.STATUS))
                .as("counts").convertFrom(rows -> rows.intoMap(row -> row.value1(), row -> row.value2()));
        return Flux.from(tx.dsl().select(IMPORT_JOB.fields()).select(counts)
                        .from(IMPORT_JOB).where(condition)
                        .orderBy(IMPORT_JOB.CREATED_AT.desc(), IMPORT_JOB.ID).limit(limit))
                .map(row -> new ImportJob(row.get(IMPORT_JOB.ID), row.get(IMPORT_JOB.CREATED_BY),
                        row.get(IMPORT_JOB.CREATED_AT), row.get(IMPORT_JOB.TOTAL), row.get(counts), caller(row),
                        row.get(IMPORT_JOB.PUBLISHED_ON), row.get(IMPORT_JOB.PUBLICATION_URL)));
    }

    /** The job's items in order, without their bytes and parsed reports. */
    public Flux<ImportItem> items(Tx tx, UUID jobId) {
        return Flux.from(tx.dsl().select(IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX, IMPORT_ITEM.FILE_NAME,
                                IMPORT_ITEM.STATUS, IMPORT_ITEM.AGENCY_CODE, IMPORT_ITEM.AGENCY_NAME, IMPORT_ITEM.YEAR,
                                IMPORT_ITEM.VERSION_NO, IMPORT_ITEM.MESSAGE, IMPORT_ITEM.FINDINGS,
                                IMPORT_ITEM.CANDIDATES)
                        .from(IMPORT_ITEM).where(IMPORT_ITEM.JOB_ID.eq(jobId)).orderBy(IMPORT_ITEM.ITEM_INDEX))
                .map(row -> item(row.into(IMPORT_ITEM), false));
    }

    /** One item with its parsed report (for a preview), without its bytes. */
    public Mono<ImportItem> item(Tx tx, UUID jobId, int index) {
        return Mono.from(tx.dsl().select(IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX, IMPORT_ITEM.FILE_NAME,
                                IMPORT_ITEM.STATUS, IMPORT_ITEM.AGENCY_CODE, IMPORT_ITEM.AGENCY_NAME, IMPORT_ITEM.YEAR,
                                IMPORT_ITEM.VERSION_NO, IMPORT_ITEM.MESSAGE, IMPORT_ITEM.FINDINGS,
                                IMPORT_ITEM.CANDIDATES, IMPORT_ITEM.REPORT)
                        .from(IMPORT_ITEM).where(IMPORT_ITEM.JOB_ID.eq(jobId), IMPORT_ITEM.ITEM_INDEX.eq(index)))
                .map(row -> item(row.into(IMPORT_ITEM), true));
    }

    /**
     * Locks up to {@code limit} queued items, oldest job first, skipping those another worker holds; the locks last
     * as long as {@code tx}. Each comes with its bytes and its job; the items after the first whose bytes would go
     * beyond {@code maxBytes} in all are left for the next batch.
     */
    public Flux<Claimed> claim(Tx tx, int limit, long maxBytes) {
        Field<Integer> size = DSL.coalesce(DSL.binaryOctetLength(IMPORT_ITEM.CONTENT), 0).as("size");
        return Flux.from(tx.dsl().select(IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX, size)
                        .from(IMPORT_ITEM)
                        .where(IMPORT_ITEM.STATUS.eq(ItemStatus.QUEUED.code()))
                        .orderBy(IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX)
                        .limit(limit)
                        .forUpdate().skipLocked())
                .collectList()
                .flatMapMany(locked -> {
                    List<org.jooq.Row2<UUID, Integer>> taken = new java.util.ArrayList<>();
                    long bytes = 0;
                    for (var row : locked) {
                        bytes += row.value3();
                        if (!taken.isEmpty() && bytes > maxBytes) {
                            break;
                        }
                        taken.add(DSL.row(row.value1(), row.value2()));
                    }
                    return taken.isEmpty() ? Flux.empty() : Flux.from(tx.dsl().select(IMPORT_ITEM.JOB_ID,
                                    IMPORT_ITEM.ITEM_INDEX, IMPORT_ITEM.FILE_NAME, IMPORT_ITEM.CONTENT)
                            .from(IMPORT_ITEM)
                            .where(DSL.row(IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX).in(taken))
                            .orderBy(IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX));
                })
                .map(row -> new Claimed(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /** Locks one item that waits for confirmation, with its bytes; empty when it does not wait (any more). */
    public Mono<Claimed> claimWaiting(Tx tx, UUID jobId, int index) {
        return Mono.from(tx.dsl().select(IMPORT_ITEM.JOB_ID, IMPORT_ITEM.ITEM_INDEX, IMPORT_ITEM.FILE_NAME,
                                IMPORT_ITEM.CONTENT)
                        .from(IMPORT_ITEM)
                        .where(IMPORT_ITEM.JOB_ID.eq(jobId), IMPORT_ITEM.ITEM_INDEX.eq(index),
                                IMPORT_ITEM.STATUS.eq(ItemStatus.NEEDS_CONFIRMATION.code()))
                        .forUpdate())
                .map(row -> new Claimed(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /**
     * Records how each of these items ended, all in one round trip; {@code settled} in the order of {@code items}, null
     * for an item that stays queued.
     */
    public Mono<Void> settle(Tx tx, List<Claimed> items, List<Settled> settled) {
        List<org.jooq.Query> updates = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (settled.get(i) != null) {
                updates.add(settling(tx, items.get(i).jobId(), items.get(i).index(), settled.get(i)));
            }
        }
        return updates.isEmpty() ? Mono.empty() : Flux.from(tx.dsl().batch(updates)).then();
    }

    /** Records how an item ended; its bytes are kept only while it waits for confirmation. */
    public Mono<Void> settle(Tx tx, UUID jobId, int index, Settled settled) {
        return Mono.from(settling(tx, jobId, index, settled)).then();
    }

    private static org.jooq.RowCountQuery settling(Tx tx, UUID jobId, int index, Settled settled) {
        boolean waits = settled.status() == ItemStatus.NEEDS_CONFIRMATION;
        var update = tx.dsl().update(IMPORT_ITEM)
                .set(IMPORT_ITEM.STATUS, settled.status().code())
                .set(IMPORT_ITEM.AGENCY_CODE, settled.agencyCode())
                .set(IMPORT_ITEM.AGENCY_NAME, settled.agencyName())
                .set(IMPORT_ITEM.YEAR, settled.year() == null ? null : settled.year().shortValue())
                .set(IMPORT_ITEM.VERSION_NO, settled.versionNo())
                .set(IMPORT_ITEM.MESSAGE, clip(settled.message(), 2000))
                .set(IMPORT_ITEM.FINDINGS, settled.findingsJson())
                .set(IMPORT_ITEM.CANDIDATES, settled.candidatesJson())
                .set(IMPORT_ITEM.REPORT, settled.reportJson())
                .set(IMPORT_ITEM.SETTLED_AT, OffsetDateTime.now());
        var withContent = waits ? update : update.set(IMPORT_ITEM.CONTENT, (byte[]) null);
        return withContent.where(IMPORT_ITEM.JOB_ID.eq(jobId), IMPORT_ITEM.ITEM_INDEX.eq(index));
    }

    /** An item a worker holds: which it is and its bytes. */
    public record Claimed(UUID jobId, int index, String fileName, byte[] content) {
    }

    /** The end of a long file name (its own name is at the end), within the column. */
    private static String tail(String value, int max) {
        return value.length() <= max ? value : "…" + value.substring(value.length() - max + 1);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static Caller caller(Record row) {
        return new Caller(row.get(IMPORT_JOB.CREATED_BY_USER_ID), row.get(IMPORT_JOB.CREATED_BY),
                Role.valueOf(row.get(IMPORT_JOB.CREATED_BY_ROLE)), row.get(IMPORT_JOB.SCOPE_AGENCY_ID),
                row.get(IMPORT_JOB.SCOPE_AGENCY_CODE));
    }

    private static ImportItem item(ImportItemRecord row, boolean withReport) {
        return new ImportItem(row.getItemIndex(), row.getFileName(), ItemStatus.fromCode(row.getStatus()),
                row.getAgencyCode(), row.getAgencyName(), row.getYear() == null ? null : row.getYear().intValue(),
                row.getVersionNo(), row.getMessage(), row.getFindings(), row.getCandidates(),
                withReport ? row.getReport() : null);
    }
}
