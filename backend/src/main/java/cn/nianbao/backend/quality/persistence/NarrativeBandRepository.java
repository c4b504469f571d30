package cn.nianbao.backend.quality.persistence;

import static cn.nianbao.backend.db.Tables.NARRATIVE_BAND;
import static cn.nianbao.backend.db.Tables.REPORT;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.platform.database.Tx;
import org.jooq.InsertValuesStep5;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The MinHash band hashes of each active version's narrative, the index in which copied text is looked for among all
 * the reports of a year. Band {@value #LOOKED_AT} marks a version whose narrative is too short to compare.
 */
@Repository
public class NarrativeBandRepository {

    public static final short LOOKED_AT = -1;

    /** A version's bands (empty: looked at, too short). */
    public record Bands(long versionId, long agencyId, int year, long[] hashes) {
    }

    /** Another version of the same year sharing {@code shared} bands with {@code versionId}. */
    public record Candidate(long versionId, long otherVersionId, long otherAgencyId, int shared) {
    }

    /** Replaces the body-years' bands by those of their new active versions. */
    public Mono<Void> replace(Tx tx, List<Bands> versions) {
        if (versions.isEmpty()) {
            return Mono.empty();
        }
        var b = NARRATIVE_BAND;
        var bodyYears = versions.stream().map(v -> DSL.row(v.agencyId(), (short) v.year())).toList();
        InsertValuesStep5<?, Long, Long, Short, Short, Long> insert = tx.dsl().insertInto(b, b.VERSION_ID,
                b.AGENCY_ID, b.YEAR, b.BAND, b.HASH);
        for (Bands version : versions) {
            if (version.hashes().length == 0) {
                insert = insert.values(version.versionId(), version.agencyId(), (short) version.year(), LOOKED_AT, 0L);
            }
            for (int band = 0; band < version.hashes().length; band++) {
                insert = insert.values(version.versionId(), version.agencyId(), (short) version.year(), (short) band,
                        version.hashes()[band]);
            }
        }
        return Mono.from(tx.dsl().deleteFrom(b).where(DSL.row(b.AGENCY_ID, b.YEAR).in(bodyYears)))
                .then(Mono.from(insert)).then();
    }

    /** Forgets every signature: after the way they are made changes, a run makes them anew. */
    public Mono<Void> clear(Tx tx) {
        return Mono.from(tx.dsl().deleteFrom(NARRATIVE_BAND)).then();
    }

    /** The active versions of these bodies' reports whose narrative has not been looked at yet. */
    public Flux<Long> notLookedAt(Tx tx, Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(tx.dsl().select(REPORT.ACTIVE_VERSION_ID).from(REPORT)
                        .where(REPORT.AGENCY_ID.in(agencyIds), REPORT.ACTIVE_VERSION_ID.isNotNull(),
                                DSL.notExists(DSL.selectOne().from(NARRATIVE_BAND)
                                        .where(NARRATIVE_BAND.VERSION_ID.eq(REPORT.ACTIVE_VERSION_ID)))))
                .map(row -> row.value1());
    }

    /** Those of these versions whose narrative has been looked at. */
    public Mono<Set<Long>> lookedAt(Tx tx, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Mono.just(Set.of());
        }
        return Flux.from(tx.dsl().selectDistinct(NARRATIVE_BAND.VERSION_ID).from(NARRATIVE_BAND)
                        .where(NARRATIVE_BAND.VERSION_ID.in(versionIds)))
                .map(row -> row.value1()).collect(HashSet::new, Set::add);
    }

    /** Every other body's version of the same year that shares at least one band with one of these versions. */
    public Flux<Candidate> candidates(Tx tx, Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Flux.empty();
        }
        var mine = NARRATIVE_BAND.as("mine");
        var other = NARRATIVE_BAND.as("other");
        return Flux.from(tx.dsl().select(mine.VERSION_ID, other.VERSION_ID, other.AGENCY_ID, DSL.count())
                        .from(mine)
                        .join(other).on(other.YEAR.eq(mine.YEAR), other.BAND.eq(mine.BAND), other.HASH.eq(mine.HASH),
                                other.AGENCY_ID.ne(mine.AGENCY_ID))
                        .where(mine.VERSION_ID.in(versionIds), mine.BAND.ge((short) 0))
                        .groupBy(mine.VERSION_ID, other.VERSION_ID, other.AGENCY_ID))
                .map(row -> new Candidate(row.value1(), row.value2(), row.value3(), row.value4()));
    }
}
