package cn.nianbao.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Supervisors on the national data set (scripts/national-data.sh): each signs in once, then for the whole run opens
 * the dashboard's pages one after another — 总览 (overview), 乡镇对比 (ranking and the series behind its charts), a
 * report page and 汇总表 (roll-up) — for a region drawn like the real users: mostly a city or a county, sometimes a
 * province. The codes are those every generated province has (8 or more cities of 6 or more counties of 9 or more
 * townships). No request may fail.
 */
public class DashboardSimulation extends Simulation {

    private static final String URL = System.getProperty("nianbao.url", "http://127.0.0.1:8081");
    private static final String USER = System.getProperty("nianbao.user", "admin");
    private static final String PASSWORD = System.getProperty("nianbao.password", "");
    private static final int USERS = Integer.getInteger("nianbao.users", 50);
    private static final int SECONDS = Integer.getInteger("nianbao.seconds", 60);

    private static String code(String format, int... bounds) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Object[] parts = new Object[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            parts[i] = 1 + random.nextInt(bounds[i]);
        }
        return String.format(format, parts);
    }

    /** A region, a body under it and a year, drawn afresh for every page. */
    private static final Iterator<Map<String, Object>> PLACES = Stream.generate(() -> {
        double draw = ThreadLocalRandom.current().nextDouble();
        String region = draw < 0.6 ? code("cn.p%02d.c%02d", 31, 8)
                : draw < 0.9 ? code("cn.p%02d.c%02d.k%02d", 31, 8, 6)
                : code("cn.p%02d", 31);
        String body = code("cn.p%02d.c%02d.k%02d.t%02d", 31, 8, 6, 9);
        int year = 2019 + ThreadLocalRandom.current().nextInt(6);
        return Map.<String, Object>of("region", region, "body", body, "year", year);
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptHeader("application/json");

    private final ChainBuilder signIn = exec(http("sign in").post("/api/auth/login")
            .body(StringBody("{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}"))
            .asJson()
            .check(status().is(200), jsonPath("$.token").saveAs("token")));

    private static HttpRequestActionBuilder get(String name, String path) {
        return http(name).get(path).header("Authorization", "Bearer #{token}");
    }

    private final ChainBuilder page = feed(PLACES).exec(randomSwitch().on(
            percent(35.0).then(exec(get("overview", "/api/analytics/overview?region=#{region}&year=#{year}")
                    .check(status().is(200)))),
            percent(25.0).then(exec(get("comparison: ranking",
                            "/api/analytics/ranking?region=#{region}&metric=requests.new_received.total&year=#{year}")
                            .check(status().is(200)))
                    .exec(get("comparison: series",
                            "/api/analytics/series?region=#{region}&metric=rate.disclosure&from=2019&to=2024&kind=TOWNSHIP")
                            .check(status().is(200)))),
            percent(25.0).then(exec(get("report page", "/api/reports/#{body}/#{year}")
                    .check(status().in(200, 404)))),
            percent(15.0).then(exec(get("roll-up", "/api/analytics/rollup?region=#{region}&year=#{year}")
                    .check(status().is(200))))));

    private final ScenarioBuilder supervisors = scenario("supervisors")
            .exec(signIn)
            .exitHereIfFailed()
            .during(Duration.ofSeconds(SECONDS)).on(page);

    {
        setUp(supervisors.injectOpen(atOnceUsers(USERS))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
