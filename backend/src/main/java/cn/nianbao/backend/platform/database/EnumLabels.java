package cn.nianbao.backend.platform.database;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.codec.Codec;
import io.r2dbc.postgresql.codec.CodecRegistry;
import io.r2dbc.postgresql.extension.CodecRegistrar;
import io.r2dbc.postgresql.message.Format;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Reads the database's enum columns (agency_kind, user_role, version_origin, …) as their labels through a codec the
 * driver finds in its cache. Without it r2dbc-postgresql knows no codec for an enum's type and, for every value of
 * every row, searches all its codecs before falling back to text: a fifth of the backend's CPU for a city's
 * completeness matrix (docs/BENCHMARKS.md). Registered on each new connection, from the enum types it finds.
 */
final class EnumLabels implements CodecRegistrar {

    @Override
    public Publisher<Void> register(PostgresqlConnection connection, ByteBufAllocator allocator,
                                    CodecRegistry registry) {
        return Flux.from(connection.createStatement("SELECT oid FROM pg_catalog.pg_type WHERE typtype = 'e'")
                        .execute())
                .flatMap(result -> result.map((row, metadata) -> row.get(0, Long.class).intValue()))
                .collect(Collectors.toUnmodifiableSet())
                .doOnNext(types -> {
                    if (!types.isEmpty()) {
                        registry.addFirst(new LabelCodec(types));
                    }
                })
                .then();
    }

    /** An enum's value as its label: the same bytes in the text and in the binary format. Never used to bind. */
    record LabelCodec(Set<Integer> types) implements Codec<String> {

        @Override
        public boolean canDecode(int dataType, Format format, Class<?> type) {
            return types.contains(dataType) && type.isAssignableFrom(String.class);
        }

        @Override
        public String decode(ByteBuf buffer, int dataType, Format format, Class<? extends String> type) {
            return buffer == null ? null : buffer.readCharSequence(buffer.readableBytes(), StandardCharsets.UTF_8)
                    .toString();
        }

        @Override
        public boolean canEncode(Object value) {
            return false;
        }

        @Override
        public boolean canEncodeNull(Class<?> type) {
            return false;
        }

        @Override
        public EncodedParameter encode(Object value) {
            throw new UnsupportedOperationException("enum labels are bound as text");
        }

        @Override
        public EncodedParameter encode(Object value, int dataType) {
            throw new UnsupportedOperationException("enum labels are bound as text");
        }

        @Override
        public EncodedParameter encodeNull() {
            throw new UnsupportedOperationException("enum labels are bound as text");
        }
    }
}
