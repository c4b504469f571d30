package cn.nianbao.backend.report.persistence;

import static cn.nianbao.backend.db.Tables.SOURCE_DOCUMENT;

import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.report.SourceDocument;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The documents reports were read from, kept once per content (the SHA-256 is unique). */
@Repository
public class SourceDocumentRepository {

    /**
     * The id of the stored document with these bytes, storing it first when it is new. The bytes travel only when
     * they are not there yet; a concurrent store of the same bytes waits on the unique key and then finds its row.
     */
    public Mono<Long> storeIfAbsent(Tx tx, SourceDocument document, String receivedBy) {
        String sha256 = document.sha256();
        Mono<Long> existing = Mono.from(tx.dsl().select(SOURCE_DOCUMENT.ID).from(SOURCE_DOCUMENT)
                .where(SOURCE_DOCUMENT.SHA256.eq(sha256))).map(row -> row.value1());
        Mono<Long> inserted = Mono.from(tx.dsl().insertInto(SOURCE_DOCUMENT, SOURCE_DOCUMENT.SHA256,
                                SOURCE_DOCUMENT.MEDIA_TYPE, SOURCE_DOCUMENT.FILE_NAME, SOURCE_DOCUMENT.SIZE_BYTES,
                                SOURCE_DOCUMENT.CONTENT, SOURCE_DOCUMENT.RECEIVED_BY)
                        .values(sha256, document.mediaType(), document.fileName(), (long) document.content().length,
                                document.content(), receivedBy)
                        .onConflict(SOURCE_DOCUMENT.SHA256).doNothing()
                        .returning(SOURCE_DOCUMENT.ID))
                .map(row -> row.getId());
        return existing.switchIfEmpty(inserted).switchIfEmpty(existing);
    }
}
