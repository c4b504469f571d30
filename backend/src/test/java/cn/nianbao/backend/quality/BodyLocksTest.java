package cn.nianbao.backend.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.quality.persistence.BodyLocks;
import cn.nianbao.backend.support.BackendIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** A body's lock is held by one unit of work until it ends; another only finds it taken. */
@BackendIntegrationTest
class BodyLocksTest {

    @Autowired
    BodyLocks locks;
    @Autowired
    Database database;

    @Test
    void aLockIsHeldUntilTheTransactionEnds() {
        Boolean[] seenFromOutside = new Boolean[2];
        database.inTransaction(tx -> locks.lock(tx, List.of(7L, 3L, 5L))
                .then(database.inTransaction(other -> locks.tryLock(other, 5L)))
                .doOnNext(taken -> seenFromOutside[0] = taken)
                .then(database.inTransaction(other -> locks.tryLock(other, 4L)))
                .doOnNext(taken -> seenFromOutside[1] = taken)
                .then(Mono.just(true))).block();

        assertThat(seenFromOutside[0]).as("body 5, held by the first").isFalse();
        assertThat(seenFromOutside[1]).as("body 4, held by nobody").isTrue();
        assertThat(database.inTransaction(tx -> locks.tryLock(tx, 5L)).block()).as("released at commit").isTrue();
    }
}
