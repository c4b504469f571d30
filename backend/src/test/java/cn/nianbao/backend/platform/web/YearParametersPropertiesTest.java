package cn.nianbao.backend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, item 1: random {@code from}/{@code to}/{@code year} — valid years, the bounds and one beyond, ±2³¹, long
 * digit strings, junk — sent to every endpoint that takes years, against the running backend on a real PostgreSQL.
 * Each answer is exactly 200 when the years are valid and a Chinese 400 naming the parameter otherwise, and the
 * backend still answers the next request.
 */
class YearParametersPropertiesTest {

    private static final int LAST = Year.now().getValue() + 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static WebTestClient web;

    /** Holds the test annotations so that the Spring test context (the one the other tests share) is reused. */
    @BackendIntegrationTest
    static class Backend {
    }

    @BeforeContainer
    static void theBackendWithOneRegion() throws Exception {
        ApplicationContext context = new TestContextManager(Backend.class).getTestContext().getApplicationContext();
        DSLContext dsl = context.getBean(DSLContext.class);
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        agencies.addIfAbsent(new NewAgency("r", "某县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
        agencies.addIfAbsent(new NewAgency("r.a", "甲镇人民政府", AgencyKind.TOWNSHIP, "r", 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        web = TestUsers.as(context.getBean(WebTestClient.class), context, "admin");
    }

    @Provide
    Arbitrary<String> yearParameters() {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.integers().between(2008, LAST).map(String::valueOf)),
                        Tuple.of(3, Arbitraries.of(2007, 2008, LAST, LAST + 1, 0, -1, Integer.MIN_VALUE,
                                Integer.MAX_VALUE, -2_000_000_000, 2_000_000_000).map(String::valueOf)),
                        Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
                        Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
                        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(1000)),
                        Tuple.of(1, Arbitraries.of("", "2024.5", "1e3", "二〇二四", "2024;", " 2024", "0x7E8", "--1",
                                "+")))
                .injectNull(0.15);
    }

    @Property(tries = 100)
    void seriesRangesAreValidatedBeforeAnyWork(@ForAll("yearParameters") String from,
                                               @ForAll("yearParameters") String to) {
        int status = web.get().uri(uri -> {
                    uri.path("/api/analytics/series").queryParam("region", "r")
                            .queryParam("metric", "requests.new_received.total");
                    if (from != null) {
                        uri.queryParam("from", "{from}");
                    }
                    if (to != null) {
                        uri.queryParam("to", "{to}");
                    }
                    return uri.build(parameters(from, to));
                })
                .exchange().expectBody().returnResult().getStatus().value();
        if (valid(from) && valid(to) && orderedAndShort(from, to)) {
            assertThat(status).isEqualTo(200);
        } else {
            assertThat(status).isEqualTo(400);
        }
        theBackendStillAnswers();
    }

    @Property(tries = 80)
    void singleYearsAreValidatedOnEveryEndpoint(@ForAll("yearParameters") String year,
                                                @ForAll("endpoints") String endpoint) {
        var result = web.get().uri(uri -> {
                    uri.path(endpoint).queryParam("region", "r").queryParam("metric", "rate.disclosure");
                    if (year != null) {
                        uri.queryParam("year", "{year}");
                    }
                    return year == null ? uri.build() : uri.build(year);
                })
                .exchange().expectBody().returnResult();
        if (valid(year)) {
            assertThat(result.getStatus().value()).isEqualTo(200);
        } else {
            assertThat(result.getStatus().value()).isEqualTo(400);
            JsonNode problem = JSON.readTree(result.getResponseBodyContent());
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("year");
            assertThat(problem.get("detail").asString()).contains("year").hasSizeLessThan(200);
        }
        theBackendStillAnswers();
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of("/api/analytics/overview", "/api/analytics/ranking", "/api/reports");
    }

    private static void theBackendStillAnswers() {
        web.get().uri("/api/analytics/overview?region=r").exchange().expectStatus().isOk().expectBody(Void.class);
    }

    /** Absent, or an integer the API accepts. */
    private static boolean valid(String year) {
        if (year == null || year.isEmpty()) {
            return true;
        }
        if (!year.matches("[+-]?\\d{1,9}")) {
            return false;
        }
        int value = Integer.parseInt(year);
        return value >= 2008 && value <= LAST;
    }

    private static boolean orderedAndShort(String from, String to) {
        if (from == null || from.isEmpty() || to == null || to.isEmpty()) {
            return true;
        }
        long first = Long.parseLong(from);
        long last = Long.parseLong(to);
        return first <= last && last - first + 1 <= 30;
    }

    private static Object[] parameters(String from, String to) {
        if (from != null && to != null) {
            return new Object[] {from, to};
        }
        return from != null ? new Object[] {from} : to != null ? new Object[] {to} : new Object[0];
    }
}
