package cn.nianbao.backend.platform.database;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Statement;
import org.jooq.DSLContext;
import org.jooq.EnumType;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import reactor.core.publisher.Flux;

/**
 * Statements that jOOQ builds and renders once per shape, then sent to r2dbc as text and values. For the planned reads
 * the statement is large and the same for every request of its shape — the overview's totals are 18 KB of SQL with
 * about 100 values — and building and rendering it took nearly half of the database client's CPU per overview, more
 * than PostgreSQL spent running it on its one plan (docs/BENCHMARKS.md). jOOQ's manual suggests exactly this: cache
 * the SQL it generates and execute it yourself.
 * <p>
 * A shape names everything the statement is made of, its values included: the same shape is the same SQL with the
 * same values. The shapes kept are bounded (the least recently used dropped), and so is the memory they hold.
 */
public final class RenderedOnce {

    /** What the statement of one shape was rendered to: its text, and its values in the order of $1, $2, … */
    private record Rendered(String sql, List<Object> values) {
    }

    /** Rendered as jOOQ renders for r2dbc-postgresql: values as $1, $2, … */
    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings()
            .withParamType(ParamType.NAMED).withRenderNamedParamPrefix("$").withExecuteLogging(false));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\d+\\b");

    private final ConnectionFactory connections;
    private final Map<Object, Rendered> shapes;

    /**
     * @param on     the reads whose connections run the statements
     * @param shapes how many shapes are kept rendered
     */
    public RenderedOnce(Tx on, int shapes) {
        this.connections = on.dsl().configuration().connectionFactory();
        this.shapes = Collections.synchronizedMap(new LinkedHashMap<>(shapes, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Rendered> eldest) {
                return size() > shapes;
            }
        });
    }

    /**
     * The rows of the shape's statement, each read by {@code row}; the statement built by {@code query} and rendered
     * only when the shape is not kept.
     */
    public <T> Flux<T> fetch(Object shape, Supplier<? extends Query> query, Function<Columns, T> row) {
        return Flux.defer(() -> {
            Rendered rendered = shapes.computeIfAbsent(shape, any -> render(query.get()));
            return run(rendered, row);
        });
    }

    /**
     * The rows of a statement whose text is the same whatever its values — a lookup by code or by id — rendered once
     * per shape and run with {@code values}, given in the order jOOQ binds them: when the shape is rendered they are
     * checked against the statement's own, so a value out of place fails at once rather than finding the wrong row.
     */
    public <T> Flux<T> fetch(Object shape, List<?> values, Supplier<? extends Query> query,
                             Function<Columns, T> row) {
        return Flux.defer(() -> {
            List<Object> bound = values.stream().map(RenderedOnce::bindable).toList();
            String sql = shapes.computeIfAbsent(shape, any -> rendered(query.get(), bound)).sql();
            return run(new Rendered(sql, bound), row);
        });
    }

    private <T> Flux<T> run(Rendered rendered, Function<Columns, T> row) {
        return Flux.usingWhen(connections.create(), connection -> execute(connection, rendered, row),
                Connection::close, (connection, error) -> connection.close(), Connection::close);
    }

    private static Rendered rendered(Query query, List<Object> values) {
        Rendered rendered = render(query);
        if (!rendered.values().equals(values)) {
            throw new IllegalStateException("values " + values + " given for " + rendered.values() + ": "
                    + rendered.sql());
        }
        return rendered;
    }

    private static <T> Flux<T> execute(Connection connection, Rendered rendered, Function<Columns, T> row) {
        Statement statement = connection.createStatement(rendered.sql());
        for (int i = 0; i < rendered.values().size(); i++) {
            statement.bind(i, rendered.values().get(i));
        }
        return Flux.from(statement.execute())
                .flatMap(result -> result.map(readable -> row.apply(readable::get)));
    }

    private static Rendered render(Query query) {
        String sql = RENDERER.renderNamedParams(query);
        List<Object> values = RENDERER.extractBindValues(query).stream().map(RenderedOnce::bindable).toList();
        long placeholders = PLACEHOLDER.matcher(sql).results().map(match -> match.group()).distinct().count();
        if (placeholders != values.size()) {
            throw new IllegalStateException(
                    "rendered " + placeholders + " placeholders for " + values.size() + " values: " + sql);
        }
        return new Rendered(sql, values);
    }

    /** A value as r2dbc-postgresql binds it; an enum by its label (the text casts it, as jOOQ renders it). */
    private static Object bindable(Object value) {
        return switch (value) {
            case EnumType label -> label.getLiteral();
            case String text -> text;
            case Short number -> number;
            case Integer number -> number;
            case Long number -> number;
            case BigDecimal number -> number;
            case Boolean flag -> flag;
            case LocalDate day -> day;
            case null -> throw new IllegalArgumentException("a statement rendered once binds no null: write it in");
            default -> throw new IllegalArgumentException("a statement rendered once cannot bind a "
                    + value.getClass().getName());
        };
    }

    /** The columns of one row, by position (from 0) and the Java type wanted. */
    @FunctionalInterface
    public interface Columns {
        <T> T get(int index, Class<T> type);
    }
}
