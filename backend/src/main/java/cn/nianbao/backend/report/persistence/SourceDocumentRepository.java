package cn.nianbao.backend.report.persistence;

import static cn.nianbao.backend.db.Tables.SOURCE_DOCUMENT;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.SourceDocument;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The documents reports were read from, kept once per content (the SHA-256 is unique). */
@Repository
public class SourceDocumentRepository {

    /**
     * The ids of the stored documents of these versions by SHA-256, storing first those that are new (received by
     * their version's author), in three statements at most. The bytes travel only when they are not there yet; a
     * concurrent store of the same bytes waits on the unique key and then its row is found.
     */
    public Mono<Map<String, Long>> storeIfAbsent(Tx tx, List<NewVersion> versions) {
        Map<String, NewVersion> bySha = new LinkedHashMap<>();
        versions.forEach(version -> bySha.putIfAbsent(version.source().sha256(), version));
        if (bySha.isEmpty()) {
            return Mono.just(Map.of());
        }
        Map<String, Long> ids = new HashMap<>();
        Mono<Void> existing = Mono.defer(() -> Flux.from(tx.dsl().select(SOURCE_DOCUMENT.SHA256, SOURCE_DOCUMENT.ID)
                        .from(SOURCE_DOCUMENT).where(SOURCE_DOCUMENT.SHA256.in(missing(bySha, ids))))
                .doOnNext(row -> ids.put(row.value1(), row.value2())).then());
        return existing.then(Mono.defer(() -> {
                    List<String> absent = missing(bySha, ids);
                    if (absent.isEmpty()) {
                        return Mono.<Void>empty();
                    }
                    var insert = tx.dsl().insertInto(SOURCE_DOCUMENT, SOURCE_DOCUMENT.SHA256, SOURCE_DOCUMENT.MEDIA_TYPE,
                            SOURCE_DOCUMENT.FILE_NAME, SOURCE_DOCUMENT.SIZE_BYTES, SOURCE_DOCUMENT.CONTENT,
                            SOURCE_DOCUMENT.RECEIVED_BY);
                    for (String sha256 : absent) {
                        SourceDocument document = bySha.get(sha256).source();
                        insert = insert.values(sha256, document.mediaType(), document.fileName(),
                                (long) document.content().length, document.content(), bySha.get(sha256).createdBy());
                    }
                    return Flux.from(insert.onConflict(SOURCE_DOCUMENT.SHA256).doNothing()
                                    .returningResult(SOURCE_DOCUMENT.SHA256, SOURCE_DOCUMENT.ID))
                            .doOnNext(row -> ids.put(row.value1(), row.value2())).then();
                }))
                // a document another transaction stored meanwhile: its row, once that one committed
                .then(Mono.defer(() -> missing(bySha, ids).isEmpty() ? Mono.<Void>empty() : existing))
                .then(Mono.fromSupplier(() -> ids));
    }

    private static List<String> missing(Map<String, NewVersion> bySha, Map<String, Long> ids) {
        return bySha.keySet().stream().filter(sha256 -> !ids.containsKey(sha256)).toList();
    }
}
