package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.support.BackendIntegrationTest;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.codec.Codec;
import io.r2dbc.postgresql.codec.CodecRegistry;
import io.r2dbc.postgresql.message.Format;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The enum columns are read through a codec of their own, found for each of the schema's enum types on a real
 * connection: without it the driver searched all its codecs for every enum value of every row.
 */
@BackendIntegrationTest
class EnumLabelsTest {

    @Autowired
    ConnectionFactory connections;

    @Test
    void everyEnumTypeOfTheSchemaIsReadAsItsLabel() {
        List<Codec<?>> added = new ArrayList<>();
        List<String> read = Mono.usingWhen(Mono.from(connections.create()), connection -> {
            PostgresqlConnection postgres = unwrapped(connection);
            return Mono.from(new EnumLabels().register(postgres, ByteBufAllocator.DEFAULT, registry(added)))
                    .thenMany(Flux.from(connection.createStatement(
                                    "SELECT 'TOWNSHIP'::agency_kind, 'DEMO'::version_origin, 'VIEWER'::user_role")
                            .execute()))
                    .flatMap(result -> result.map((row, metadata) -> List.of(row.get(0, String.class),
                            row.get(1, String.class), row.get(2, String.class))))
                    .next();
        }, Connection::close).block();

        assertThat(read).containsExactly("TOWNSHIP", "DEMO", "VIEWER");
        assertThat(added).singleElement().isInstanceOfSatisfying(EnumLabels.LabelCodec.class,
                codec -> assertThat(codec.types()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void aLabelIsDecodedFromEitherFormatAndNothingElseIsClaimed() {
        EnumLabels.LabelCodec codec = new EnumLabels.LabelCodec(Set.of(70001));

        assertThat(codec.canDecode(70001, Format.FORMAT_TEXT, String.class)).isTrue();
        assertThat(codec.canDecode(70001, Format.FORMAT_BINARY, Object.class)).isTrue();
        assertThat(codec.canDecode(70001, Format.FORMAT_TEXT, Integer.class)).isFalse();
        assertThat(codec.canDecode(25, Format.FORMAT_TEXT, String.class)).as("text is not an enum").isFalse();
        assertThat(codec.canEncode("TOWNSHIP")).isFalse();
        assertThat(codec.decode(Unpooled.copiedBuffer("乡镇", StandardCharsets.UTF_8), 70001, Format.FORMAT_TEXT,
                String.class)).isEqualTo("乡镇");
    }

    private static PostgresqlConnection unwrapped(Connection connection) {
        Object inner = connection;
        while (!(inner instanceof PostgresqlConnection) && inner instanceof Wrapped<?> wrapped) {
            inner = wrapped.unwrap();
        }
        return (PostgresqlConnection) inner;
    }

    private static CodecRegistry registry(List<Codec<?>> added) {
        return new CodecRegistry() {
            @Override
            public void addFirst(Codec<?> codec) {
                added.add(codec);
            }

            @Override
            public void addLast(Codec<?> codec) {
                added.add(codec);
            }

            @Override
            public Iterator<Codec<?>> iterator() {
                return added.iterator();
            }
        };
    }
}
