package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.support.BackendIntegrationTest;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every pool's rows are read on the database's own threads, not on the driver's few shared ones, and three
 * connections taken at once read on three threads.
 */
@BackendIntegrationTest
class DatabaseLoopsTest {

    @Autowired
    ConnectionFactory primary;

    @Autowired
    StandbyReads reads;

    @Test
    void eachPoolReadsItsRowsOnTheDatabasesThreads() {
        for (ConnectionFactory pool : List.of(primary, factory(reads.tx()), factory(reads.planned()))) {
            assertThat(threadsOf(pool, 1)).singleElement().asString().startsWith("nianbao-db");
        }
    }

    @Test
    void connectionsHeldTogetherReadOnThreadsOfTheirOwn() {
        assertThat(threadsOf(primary, 3)).hasSize(3).allSatisfy(name -> assertThat(name).startsWith("nianbao-db"))
                .doesNotHaveDuplicates();
    }

    private static ConnectionFactory factory(Tx tx) {
        return tx.dsl().configuration().connectionFactory();
    }

    /** The thread each of {@code count} connections, all held at once, delivered its row on. */
    private static List<String> threadsOf(ConnectionFactory pool, int count) {
        return Flux.range(0, count)
                .flatMap(any -> Mono.from(pool.create()))
                .collectList()
                .flatMap(connections -> Flux.fromIterable(connections)
                        .flatMap(connection -> Flux.from(connection.createStatement("SELECT 1").execute())
                                .flatMap(result -> result.map((row, meta) -> Thread.currentThread().getName())))
                        .collectList()
                        .flatMap(names -> Flux.fromIterable(connections).flatMap(Connection::close)
                                .then(Mono.just(names))))
                .block();
    }
}
