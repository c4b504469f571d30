package cn.nianbao.frontend;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import cn.nianbao.frontend.backend.BackendJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the backend: a real HTTP server on a random loopback port answering with the JSON files under
 * {@code src/test/resources/api/}, so the tests go through the real {@code BackendHttp}. One per test JVM.
 * <p>
 * It checks tokens like the backend (docs/API.md, "Signing in"): every call but the login needs
 * {@code Authorization: Bearer} with a token it issued, a user with a one-time password may only use
 * {@code /api/auth/*}, users and audit are for their roles, and a clerk gets 404 for any other body. The users are in
 * {@code users.json}, all with the password {@link #PASSWORD}; some behave specially:
 * {@code locked} (429 at sign-in), {@code retired} (disabled: 401 at sign-in), {@code former} (signs in, then every
 * token is refused: revoked), {@code shortlived} (every token it gets expires within a minute).
 */
public final class BackendStub {

    public static final String PASSWORD = "nianbao-demo";
    /** What the stub answers for a created user or a reset password. */
    public static final String ONE_TIME_PASSWORD = "Kq7mP3xR9tW2zY4a";
    /** A document containing this text is one the stub's parser "cannot read". */
    public static final String UNPARSABLE = "这不是年报";
    /** A document containing this text is read as 淮安市人民政府's 2024 report (表三 总计 3119, 表四 复议 351). */
    public static final String HUAIAN = "淮安市人民政府\n2024 年政府信息公开工作年度报告";

    private static final String NEW_REQUESTS = "metric=requests.new_received.total";
    private static final String RATE = "metric=rate.disclosure";

    /**
     * "METHOD path?query" → payload for any signed-in user allowed to see it. The query's parameters are in
     * alphabetical order ({@link #canonical}), whatever order the client sent them in. The analytics answers are
     * those of the backend's analytics API (docs/API.md) for the stub's 示例市, with the backend's point states.
     */
    private static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("GET /api/reports?region=demo-city.t01", "reports-t01.json"),
            Map.entry("GET /api/reports/demo-city.t01/2023", "report-t01-2023.json"),
            Map.entry("GET /api/analytics/year-on-year?agency=demo-city.t01&year=2023",
                    "analytics/year-on-year-t01-2023.json"),
            Map.entry("GET /api/analytics/metrics", "analytics/metrics.json"),
            Map.entry("GET /api/quality/completeness?by=bodies&region=demo-city&to=2024",
                    "quality/completeness-all.json"),
            Map.entry("GET /api/quality/completeness?by=bodies&kind=TOWNSHIP&region=demo-city&to=2024",
                    "quality/completeness-township.json"),
            Map.entry("GET /api/quality/runs?limit=1&region=demo-city", "quality/runs.json"),
            Map.entry("GET /api/quality/catalogue", "quality/catalogue.json"),
            Map.entry("GET /api/quality/rules?region=demo-city", "quality/rules.json"),
            Map.entry("GET /api/analytics/overview?kind=TOWNSHIP&region=demo-city", "analytics/overview-township-2024.json"),
            Map.entry("GET /api/analytics/overview?kind=TOWNSHIP&region=demo-city&year=2024",
                    "analytics/overview-township-2024.json"),
            Map.entry("GET /api/analytics/overview?kind=TOWNSHIP&region=demo-city&year=2022",
                    "analytics/overview-township-2022.json"),
            Map.entry("GET /api/analytics/overview?kind=TOWNSHIP&region=demo-city&year=2021",
                    "analytics/overview-township-2021.json"),
            Map.entry("GET /api/analytics/overview?kind=TOWNSHIP&region=demo-city&year=2019",
                    "analytics/overview-township-2019.json"),
            Map.entry("GET /api/analytics/overview?region=demo-city", "analytics/overview-all-2024.json"),
            Map.entry("GET /api/analytics/series?kind=TOWNSHIP&" + NEW_REQUESTS + "&region=demo-city&to=2024",
                    "analytics/series-township.json"),
            Map.entry("GET /api/analytics/series?" + NEW_REQUESTS + "&region=demo-city&to=2024",
                    "analytics/series-all.json"),
            Map.entry("GET /api/analytics/ranking?kind=TOWNSHIP&" + NEW_REQUESTS + "&region=demo-city&year=2024",
                    "analytics/ranking-new-2024.json"),
            Map.entry("GET /api/analytics/ranking?kind=TOWNSHIP&" + NEW_REQUESTS + "&region=demo-city&year=2022",
                    "analytics/ranking-new-2022.json"),
            Map.entry("GET /api/analytics/ranking?kind=TOWNSHIP&" + NEW_REQUESTS + "&region=demo-city&year=2021",
                    "analytics/ranking-new-2021.json"),
            Map.entry("GET /api/analytics/ranking?kind=TOWNSHIP&" + NEW_REQUESTS + "&region=demo-city&year=2019",
                    "analytics/ranking-new-2019.json"),
            Map.entry("GET /api/analytics/ranking?kind=TOWNSHIP&" + RATE + "&region=demo-city&year=2024",
                    "analytics/ranking-rate-2024.json"));

    /** The chart ids the backend draws. */
    private static final List<String> CHARTS = List.of("overview", "outcomes", "applicants", "reviews", "ranking",
            "heatmap", "small-multiples", "quality-history");

    /** A file whose name contains this waits in an import job for its body to be confirmed. */
    public static final String UNKNOWN_BODY = "东城街道";
    private static final String VERSIONS = "/api/reports/demo-city.t01/2023/versions/";

    /** The original document of version 1 of 东城街道's 2023 report, as the backend keeps it. */
    private static final String SOURCE = "GET /api/reports/demo-city.t01/2023/versions/1/source";

    private static final BackendStub SHARED = new BackendStub();

    /** One request as the stub received it. */
    public record Request(String method, String target, String authorization, String forwardedFor, String body) {

        /** "METHOD path?query". */
        public String key() {
            return method + " " + target;
        }

        /** The bearer token sent, or null. */
        public String token() {
            return authorization != null && authorization.startsWith("Bearer ")
                    ? authorization.substring("Bearer ".length()) : null;
        }
    }

    private record Issued(ObjectNode user, Instant expiresAt) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> jobs = new ConcurrentHashMap<>();

    private BackendStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "backend-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static BackendStub shared() {
        return SHARED;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests answered so far, as "METHOD path?query". */
    public List<String> requests() {
        return requests.stream().map(Request::key).toList();
    }

    /** The requests answered so far, with their headers and bodies. */
    public List<Request> received() {
        return List.copyOf(requests);
    }

    /** The requests that carried this token. */
    public List<Request> receivedWith(String token) {
        return requests.stream().filter(request -> token.equals(request.token())).toList();
    }

    /** The requests whose key ("METHOD path?query") starts with {@code prefix}. */
    public List<Request> received(String prefix) {
        return requests.stream().filter(request -> request.key().startsWith(prefix)).toList();
    }

    /** The tokens issued to a user so far, oldest first (sign-ins, renewals, password changes). */
    public List<String> tokensOf(String username) {
        return issued.stream().filter(token -> token.startsWith("tok-" + username + "-")).toList();
    }

    /** A loopback URL where nothing listens: the port was free a moment ago. */
    public static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user of users.json, as the API shows one. */
    public static ObjectNode user(String username) {
        for (JsonNode user : users()) {
            if (user.path("username").asString().equals(username)) {
                return (ObjectNode) user.deepCopy();
            }
        }
        throw new IllegalArgumentException("no user " + username + " in users.json");
    }

    private static ArrayNode users() {
        return (ArrayNode) BackendJson.MAPPER.readTree(TestData.bytes("users.json"));
    }

    // --- answering -------------------------------------------------------------------------------------------------

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        String target = path + (query == null ? "" : "?" + query);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(method, target, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For"), body);
        requests.add(request);
        try {
            route(exchange, request, path, query == null ? "" : query);
        } catch (RuntimeException e) {
            e.printStackTrace();
            send(exchange, 500, "{\"title\":\"stub failed\",\"detail\":\"" + e + "\"}");
        }
    }

    private void route(HttpExchange exchange, Request request, String path, String query) throws IOException {
        String key = request.method() + " " + path;
        if (key.equals("POST /api/auth/login")) {
            login(exchange, request);
            return;
        }
        Issued issued = request.token() == null ? null : tokens.get(request.token());
        if (issued == null || issued.user().path("username").asString().equals("former")) {
            sendFile(exchange, 401, "problem-unauthorized.json");
            return;
        }
        ObjectNode user = issued.user();
        String role = user.path("role").asString();
        switch (key) {
            case "GET /api/auth/me" -> send(exchange, 200, user.toString());
            case "POST /api/auth/refresh" -> send(exchange, 200, issue(user, lifetime(user.path("username").asString())));
            case "POST /api/auth/password" -> changePassword(exchange, request, user);
            default -> {
                if (user.path("must_change_password").asBoolean()) {
                    sendFile(exchange, 403, "problem-must-change.json");
                } else if (path.startsWith("/api/users")) {
                    if (!role.equals("ADMIN")) {
                        sendFile(exchange, 403, "problem-forbidden.json");
                    } else {
                        users(exchange, request, path, query);
                    }
                } else if (path.startsWith("/api/agencies") && !request.method().equals("GET")) {
                    if (!role.equals("ADMIN")) {
                        sendFile(exchange, 403, "problem-forbidden.json");
                    } else {
                        agencyAdministration(exchange, request, path);
                    }
                } else if (path.startsWith("/api/audit")) {
                    if (!role.equals("ADMIN") && !role.equals("SUPERVISOR")) {
                        sendFile(exchange, 403, "problem-forbidden.json");
                    } else if (key.equals("POST /api/audit/exports")) {
                        send(exchange, 204, "");
                    } else {
                        send(exchange, 200, audit(query));
                    }
                } else if (role.equals("CLERK") && !inClerkScope(user, path, query)) {
                    sendFile(exchange, 404, "problem-not-in-scope.json");
                } else {
                    data(exchange, request, user, path, query);
                }
            }
        }
    }

    private void login(HttpExchange exchange, Request request) throws IOException {
        JsonNode credentials = BackendJson.MAPPER.readTree(request.body());
        String username = credentials.path("username").asString("");
        if (username.equals("locked")) {
            sendFile(exchange, 429, "problem-locked.json");
            return;
        }
        ObjectNode user = users().valueStream().filter(u -> u.path("username").asString().equals(username))
                .map(u -> (ObjectNode) u.deepCopy()).findFirst().orElse(null);
        if (user == null || !PASSWORD.equals(credentials.path("password").asString(null))
                || user.path("disabled").asBoolean()) {
            sendFile(exchange, 401, "problem-login-failed.json");
            return;
        }
        send(exchange, 200, issue(user, lifetime(username)));
    }

    /** Tokens of {@code shortlived} always have less than a minute left, so every call renews them first. */
    private static Duration lifetime(String username) {
        return username.equals("shortlived") ? Duration.ofSeconds(50) : Duration.ofMinutes(15);
    }

    private String issue(ObjectNode user, Duration lifetime) {
        String token = "tok-" + user.path("username").asString() + "-" + counter.incrementAndGet();
        Instant expiresAt = Instant.now().plus(lifetime);
        tokens.put(token, new Issued(user, expiresAt));
        issued.add(token);
        ObjectNode answer = BackendJson.MAPPER.createObjectNode();
        answer.put("token", token);
        answer.put("expires_at", expiresAt.toString());
        answer.set("user", user);
        return answer.toString();
    }

    private void changePassword(HttpExchange exchange, Request request, ObjectNode user) throws IOException {
        JsonNode change = BackendJson.MAPPER.readTree(request.body());
        if (!PASSWORD.equals(change.path("current_password").asString(null))) {
            sendFile(exchange, 400, "problem-current-password.json");
        } else if (change.path("new_password").asString("").length() < 10) {
            sendFile(exchange, 400, "problem-new-password.json");
        } else {
            // the old tokens end, a new one is issued for the user who no longer has a one-time password
            tokens.remove(request.token());
            ObjectNode changed = user.deepCopy();
            changed.put("must_change_password", false);
            send(exchange, 200, issue(changed, Duration.ofMinutes(15)));
        }
    }

    private void users(HttpExchange exchange, Request request, String path, String query) throws IOException {
        if (request.method().equals("GET") && path.equals("/api/users")) {
            // as the backend: the text in the username, the name or the scope's name, any case; then one page
            Map<String, String> parameters = parameters(query);
            String text = parameters.getOrDefault("q", "").strip().toLowerCase(Locale.ROOT);
            int offset = Integer.parseInt(parameters.getOrDefault("offset", "0"));
            int limit = Integer.parseInt(parameters.getOrDefault("limit", "100"));
            ArrayNode page = BackendJson.MAPPER.createArrayNode();
            users().valueStream().filter(u -> text.isEmpty() || Stream.of(u.path("username").asString(""),
                            u.path("display_name").asString(""), u.path("scope").path("name").asString(""))
                            .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(text)))
                    .skip(offset).limit(limit).forEach(page::add);
            send(exchange, 200, page.toString());
        } else if (request.method().equals("POST") && path.equals("/api/users")) {
            JsonNode form = BackendJson.MAPPER.readTree(request.body());
            String username = form.path("username").asString("");
            String role = form.path("role").asString("");
            String scope = form.path("scope_agency_code").asString(null);
            if (users().valueStream().anyMatch(u -> u.path("username").asString().equals(username))) {
                sendFile(exchange, 400, "problem-username-taken.json");
            } else if (!role.equals("ADMIN") && scope == null) {
                sendFile(exchange, 400, "problem-scope-required.json");
            } else {
                ObjectNode user = user("viewer");
                user.put("username", username);
                user.put("display_name", form.path("display_name").asString(username));
                user.put("role", role);
                user.set("scope", scope == null ? null : scopeNode(scope));
                user.put("must_change_password", true);
                user.put("demo", false);
                send(exchange, 201, withPassword(user));
            }
        } else if (request.method().equals("PATCH")) {
            ObjectNode user = user(lastSegment(path));
            JsonNode change = BackendJson.MAPPER.readTree(request.body());
            change.properties().forEach(field -> {
                if (field.getKey().equals("scope_agency_code")) {
                    user.set("scope", scopeNode(field.getValue().asString()));
                } else {
                    user.set(field.getKey(), field.getValue());
                }
            });
            send(exchange, 200, user.toString());
        } else if (request.method().equals("POST") && path.endsWith("/password-reset")) {
            String username = path.substring("/api/users/".length(), path.length() - "/password-reset".length());
            ObjectNode user = user(URLDecoder.decode(username, StandardCharsets.UTF_8));
            user.put("must_change_password", true);
            send(exchange, 200, withPassword(user));
        } else {
            sendFile(exchange, 404, "problem-report-not-found.json");
        }
    }

    /**
     * Adds or changes a body like the backend: a code is taken once, a body never goes under itself, a period never
     * ends before it starts. The tree itself stays as {@code agencies.json} says.
     */
    private void agencyAdministration(HttpExchange exchange, Request request, String path) throws IOException {
        ObjectNode form = (ObjectNode) BackendJson.MAPPER.readTree(request.body());
        for (JsonNode period : form.path("reporting_periods")) {
            if (!period.path("last_year").isNull() && period.path("last_year").asInt() < period.path("first_year").asInt()) {
                send(exchange, 400, fieldProblem("reporting_periods", "应报年度 " + period.path("first_year").asInt()
                        + "–" + period.path("last_year").asInt() + " 的截止年度早于起始年度"));
                return;
            }
        }
        if (request.method().equals("POST") && path.equals("/api/agencies")) {
            String code = form.path("code").asString("");
            if (!agency(code).isEmpty()) {
                send(exchange, 400, fieldProblem("code", "机构代码 " + code + " 已被使用"));
            } else {
                send(exchange, 201, form.toString());
            }
        } else if (request.method().equals("PATCH")) {
            String code = lastSegment(path);
            String parent = form.path("parent_code").asString("");
            if (!parent.isEmpty() && (parent.equals(code) || parent.startsWith(code + "."))) {
                send(exchange, 400, fieldProblem("parent_code", "不能把 " + agency(code).path("name").asString()
                        + " 挂在它自己的下级机构之下"));
                return;
            }
            ObjectNode changed = (ObjectNode) agency(code).deepCopy();
            changed.setAll(form);
            send(exchange, 200, changed.toString());
        } else {
            sendFile(exchange, 404, "problem-report-not-found.json");
        }
    }

    private static String fieldProblem(String field, String message) {
        ObjectNode problem = BackendJson.MAPPER.createObjectNode();
        problem.put("title", "请求无效");
        problem.put("status", 400);
        problem.put("detail", message);
        ObjectNode error = problem.putArray("errors").addObject();
        error.put("field", field);
        error.put("message", message);
        return problem.toString();
    }

    private static String withPassword(ObjectNode user) {
        ObjectNode answer = BackendJson.MAPPER.createObjectNode();
        answer.set("user", user);
        answer.put("one_time_password", ONE_TIME_PASSWORD);
        return answer.toString();
    }

    private static ObjectNode scopeNode(String code) {
        ObjectNode scope = BackendJson.MAPPER.createObjectNode();
        scope.put("code", code);
        scope.put("name", agency(code).path("name").asString(code));
        return scope;
    }

    private static JsonNode agency(String code) {
        return agencies().valueStream().filter(a -> a.path("code").asString().equals(code)).findFirst()
                .orElse(BackendJson.MAPPER.createObjectNode());
    }

    private static ArrayNode agencies() {
        return (ArrayNode) BackendJson.MAPPER.readTree(TestData.bytes("agencies.json"));
    }

    /**
     * The audit log, newest first (by time, then id), filtered like the backend does: {@code from} inclusive,
     * {@code to} exclusive, {@code action}, {@code actor}, at most {@code limit} events.
     */
    private static String audit(String query) {
        Map<String, String> parameters = parameters(query);
        ArrayNode events = (ArrayNode) BackendJson.MAPPER.readTree(TestData.bytes("audit.json"));
        ArrayNode answer = BackendJson.MAPPER.createArrayNode();
        Instant from = parameters.containsKey("from") ? Instant.parse(parameters.get("from")) : Instant.MIN;
        Instant to = parameters.containsKey("to") ? Instant.parse(parameters.get("to")) : Instant.MAX;
        events.valueStream()
                .filter(event -> !parameters.containsKey("action")
                        || event.path("action").asString().equals(parameters.get("action")))
                .filter(event -> !parameters.containsKey("actor")
                        || event.path("actor").asString().equals(parameters.get("actor")))
                .filter(event -> {
                    Instant at = Instant.parse(event.path("occurred_at").asString());
                    return !at.isBefore(from) && at.isBefore(to);
                })
                .limit(Long.parseLong(parameters.getOrDefault("limit", "200")))
                .forEach(answer::add);
        return answer.toString();
    }

    /** A clerk sees one body: any other body or region is answered 404, as if it did not exist. */
    private static boolean inClerkScope(ObjectNode user, String path, String query) {
        String scope = user.path("scope").path("code").asString();
        if (path.startsWith("/api/reports/")) {
            return path.startsWith("/api/reports/" + scope + "/");
        }
        String region = parameters(query).get("region");
        return region == null || region.equals(scope);
    }

    private void data(HttpExchange exchange, Request request, ObjectNode user, String path, String query)
            throws IOException {
        String key = request.method() + " " + path + canonical(query);
        if (key.equals("POST /api/parse")) {
            boolean unreadable = request.body().contains(UNPARSABLE);
            // the backend's reading of 淮安市人民政府's 2024 report (the demo data's copy), else of 石嘴镇's 2023 one
            String parsed = request.body().contains(HUAIAN) ? "parse-huaian-shi-2024.json" : "parse-shizui-zhen.json";
            sendFile(exchange, unreadable ? 422 : 200, unreadable ? "problem-parse.json" : parsed);
        } else if (path.equals("/api/agencies") && request.method().equals("GET")) {
            subtree(exchange, user, parameters(query));
        } else if (path.equals("/api/agencies/search") && request.method().equals("GET")) {
            send(exchange, 200, search(user, parameters(query)).toString());
        } else if (path.startsWith("/api/charts/") || path.startsWith("/api/exports/charts/")) {
            chart(exchange, path);
        } else if (path.startsWith("/api/exports/")) {
            // a table or a pack as the backend sends it: a file under its Chinese name
            String format = parameters(query).getOrDefault("format", "xlsx");
            sendDocument(exchange, "charts/chart.svg", "application/octet-stream",
                    "导出-" + path.substring("/api/exports/".length()) + "." + format);
        } else if (path.equals("/api/analytics/rollup")) {
            // the backend's roll-up of its demo city: 2022 (新华乡's blanks) or 2024
            sendFile(exchange, 200, "2022".equals(parameters(query).get("year")) ? "analytics/rollup-2022.json"
                    : "analytics/rollup-2024.json");
        } else if (key.startsWith("GET /api/findings?")) {
            findings(exchange, parameters(query));
        } else if (key.startsWith("POST /api/findings/") && key.endsWith("/review")) {
            review(exchange, user, path, request.body());
        } else if (path.startsWith("/api/imports")) {
            imports(exchange, request, user, path, parameters(query));
        } else if (request.method().equals("PUT") && path.startsWith("/api/reports/")) {
            store(exchange, parameters(query));
        } else if (key.equals(SOURCE)) {
            sendDocument(exchange, "documents/dongcheng-2023.txt", "text/plain;charset=UTF-8", "东城街道2023年报.txt");
        } else if (path.startsWith(VERSIONS)) {
            version(exchange, request, path.substring(VERSIONS.length()));
        } else if (ROUTES.containsKey(key)) {
            sendFile(exchange, 200, ROUTES.get(key));
        } else {
            sendFile(exchange, 404, "problem-report-not-found.json");
        }
    }

    /**
     * The backend's charts: every chart id answers its data table ({@code charts/<id>-data.json}, as the backend
     * answered for its demo city's townships), one small SVG for the picture, and the same bytes as a download.
     */
    private static void chart(HttpExchange exchange, String path) throws IOException {
        String[] parts = path.split("/");
        boolean export = path.startsWith("/api/exports/");
        String chart = parts[export ? 4 : 3];
        if (!CHARTS.contains(chart)) {
            sendFile(exchange, 404, "problem-report-not-found.json");
        } else if (!export && path.endsWith("/data")) {
            sendFile(exchange, 200, "charts/" + chart + "-data.json");
        } else {
            sendDocument(exchange, "charts/chart.svg", "image/svg+xml", chart + ".svg");
        }
    }

    /**
     * {@code GET /api/findings} like the backend: {@code quality/findings.json} filtered by body, years, rule, severity
     * and status, the page {@code offset}/{@code limit} of it, and the total in {@code X-Total-Count}.
     */
    private static void findings(HttpExchange exchange, Map<String, String> parameters) throws IOException {
        ArrayNode all = (ArrayNode) BackendJson.MAPPER.readTree(TestData.bytes("quality/findings.json"));
        String region = parameters.get("region");
        List<JsonNode> matching = all.valueStream()
                .filter(f -> f.path("agency_code").asString().equals(region)
                        || f.path("agency_code").asString().startsWith(region + "."))
                .filter(f -> !parameters.containsKey("agency")
                        || f.path("agency_code").asString().equals(parameters.get("agency")))
                .filter(f -> !parameters.containsKey("from")
                        || f.path("year").asInt() >= Integer.parseInt(parameters.get("from")))
                .filter(f -> !parameters.containsKey("to")
                        || f.path("year").asInt() <= Integer.parseInt(parameters.get("to")))
                .filter(f -> !parameters.containsKey("code") || f.path("code").asString().equals(parameters.get("code")))
                .filter(f -> !parameters.containsKey("severity")
                        || f.path("severity").asString().equals(parameters.get("severity")))
                .filter(f -> !parameters.containsKey("status")
                        || f.path("status").asString().equals(parameters.get("status")))
                .toList();
        int offset = Integer.parseInt(parameters.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(parameters.getOrDefault("limit", "100"));
        ArrayNode page = BackendJson.MAPPER.createArrayNode();
        matching.stream().skip(offset).limit(limit).forEach(page::add);
        exchange.getResponseHeaders().set("X-Total-Count", Integer.toString(matching.size()));
        send(exchange, 200, page.toString());
    }

    /** A review like the backend's: administrators and supervisors only, a reason required to dismiss. */
    private static void review(HttpExchange exchange, ObjectNode user, String path, String body) throws IOException {
        String role = user.path("role").asString();
        if (!role.equals("ADMIN") && !role.equals("SUPERVISOR")) {
            sendFile(exchange, 403, "problem-forbidden.json");
            return;
        }
        JsonNode decision = BackendJson.MAPPER.readTree(body);
        if (decision.path("decision").asString().equals("dismissed") && decision.path("comment").asString("").isBlank()) {
            send(exchange, 400, fieldProblem("comment", "排除问题时必须说明理由"));
            return;
        }
        long id = Long.parseLong(path.split("/")[3]);
        ArrayNode all = (ArrayNode) BackendJson.MAPPER.readTree(TestData.bytes("quality/findings.json"));
        ObjectNode finding = (ObjectNode) all.valueStream().filter(f -> f.path("id").asLong() == id).findFirst()
                .orElseThrow();
        finding.put("status", decision.path("decision").asString());
        finding.put("reviewed_by", user.path("username").asString());
        finding.put("reviewed_at", Instant.now().toString());
        finding.put("comment", decision.path("comment").asString());
        send(exchange, 200, finding.toString());
    }

    // --- import jobs, versions and manual entry (docs/API.md) ------------------------------------------------------

    /**
     * An import job like the backend's, run by the stub: every file is imported, but one whose name contains
     * {@link #UNKNOWN_BODY} waits for confirmation with two candidates and one containing {@link #UNPARSABLE} fails.
     * The first read of a job finds it half done, the next ones done.
     */
    private void imports(HttpExchange exchange, Request request, ObjectNode user, String path,
                         Map<String, String> parameters) throws IOException {
        String[] parts = path.split("/");
        if (request.method().equals("POST") && parts.length == 3) {
            String id = "job-" + counter.incrementAndGet();
            ObjectNode job = BackendJson.MAPPER.createObjectNode();
            job.put("id", id);
            job.put("state", "running");
            job.put("created_at", Instant.now().toString());
            job.put("created_by", user.path("username").asString());
            ArrayNode items = job.putArray("items");
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("name=\"files\"; filename=\"([^\"]+)\"")
                    .matcher(request.body());
            while (file.find()) {
                String name = file.group(1);
                ObjectNode item = items.addObject();
                item.put("index", items.size() - 1);
                item.put("file", name);
                item.putArray("findings");
                item.putArray("candidates");
                if (name.contains(UNKNOWN_BODY)) {
                    item.put("status", "needs_confirmation");
                    item.put("year", 2023);
                    item.put("message", "无法确定机关：标题中的“东城街道”对应 2 个机关");
                    item.withArray("candidates").addObject().put("agency_code", "demo-city.t01")
                            .put("agency_name", "示例市东城街道办事处");
                    item.withArray("candidates").addObject().put("agency_code", "demo-city.t02")
                            .put("agency_name", "示例市西城街道办事处");
                    ObjectNode finding = item.withArray("findings").addObject().put("code", "TOTAL_MISMATCH")
                            .put("severity", "error").put("message", "表三（七）总计与各项之和不符");
                    finding.putArray("cells").add("requests.total_processed.total");
                    // where the document printed the cell, as the backend says it of a file read from a PDF
                    finding.putArray("source").addObject().put("cell", "requests.total_processed.total")
                            .put("page", 3).put("line", 88).put("excerpt", "（七）总计 12 0 0 0 0 0 13")
                            .put("offset", 24).put("length", 2);
                } else if (name.contains("unreadable")) {
                    item.put("status", "failed");
                    item.put("message", "无法解析文件“" + name + "”：文件中没有找到政府信息公开工作年度报告的表格。");
                } else {
                    item.put("status", "imported");
                    item.put("agency_code", "demo-city.t01");
                    item.put("agency_name", "示例市东城街道办事处");
                    item.put("year", 2023);
                    item.put("version_no", 3);
                }
            }
            job.put("total", items.size());
            job.put("processed", 0);
            jobs.put(id, job);
            send(exchange, 202, "{\"id\":\"" + id + "\"}");
            return;
        }
        if (parts.length == 3) {
            ArrayNode recent = BackendJson.MAPPER.createArrayNode();
            jobs.values().stream().limit(Long.parseLong(parameters.getOrDefault("limit", "20")))
                    .forEach(job -> recent.add(job.deepCopy().without("items")));
            send(exchange, 200, recent.toString());
            return;
        }
        ObjectNode job = jobs.get(parts[3]);
        if (job == null) {
            sendFile(exchange, 404, "problem-report-not-found.json");
            return;
        }
        if (parts.length == 4) {
            send(exchange, 200, progressed(job).toString());
        } else if (parts.length == 5 && parts[4].equals("failures")) {
            StringBuilder csv = new StringBuilder("\uFEFF文件,说明\n");
            job.path("items").valueStream().filter(item -> item.path("status").asString().equals("failed"))
                    .forEach(item -> csv.append(item.path("file").asString()).append(',')
                            .append(item.path("message").asString()).append('\n'));
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/csv;charset=UTF-8");
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"failures.csv\"");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } else {
            ObjectNode item = (ObjectNode) job.path("items").get(Integer.parseInt(parts[5]));
            if (parts.length == 7 && parts[6].equals("candidates")) {
                send(exchange, 200, candidates(item, parameters).toString());
            } else if (parts.length == 7 && parts[6].equals("confirm")) {
                JsonNode choice = BackendJson.MAPPER.readTree(request.body());
                item.put("status", "imported");
                item.put("agency_code", choice.path("agency_code").asString());
                item.put("agency_name", agency(choice.path("agency_code").asString()).path("name").asString());
                item.put("year", choice.path("year").asInt());
                item.put("version_no", 1);
                item.remove("message");
                send(exchange, 200, item.toString());
            } else {
                ObjectNode detail = item.deepCopy();
                detail.set("report", BackendJson.MAPPER.readTree(TestData.bytes("parse-shizui-zhen.json")));
                send(exchange, 200, detail.toString());
            }
        }
    }

    /**
     * {@code GET …/items/{index}/candidates?q&offset&limit} like the backend for an administrator: the item's
     * candidates first, then the bodies of the tree, those whose name or code contains {@code q}, a page of them.
     */
    private static ArrayNode candidates(ObjectNode item, Map<String, String> parameters) {
        String q = parameters.getOrDefault("q", "");
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        item.path("candidates").valueStream().forEach(candidate -> found.put(candidate.path("agency_code").asString(),
                BackendJson.MAPPER.createObjectNode().put("agency_code", candidate.path("agency_code").asString())
                        .put("agency_name", candidate.path("agency_name").asString()).put("detected", true)));
        agencies().valueStream().forEach(agency -> found.putIfAbsent(agency.path("code").asString(),
                BackendJson.MAPPER.createObjectNode().put("agency_code", agency.path("code").asString())
                        .put("agency_name", agency.path("name").asString()).put("detected", false)));
        ArrayNode page = BackendJson.MAPPER.createArrayNode();
        found.values().stream()
                .filter(body -> body.path("agency_name").asString().contains(q)
                        || body.path("agency_code").asString().startsWith(q))
                .skip(Long.parseLong(parameters.getOrDefault("offset", "0")))
                .limit(Long.parseLong(parameters.getOrDefault("limit", "20")))
                .forEach(page::add);
        return page;
    }

    /** The job as the next read finds it: half of the files processed on the first read, all of them later. */
    private static ObjectNode progressed(ObjectNode job) {
        int total = job.path("total").asInt();
        boolean first = job.path("processed").asInt() == 0 && job.path("state").asString().equals("running")
                && !job.has("read");
        ObjectNode answer = job.deepCopy();
        if (first && total > 1) {
            job.put("read", true);
            answer.put("processed", total / 2);
            for (int i = total / 2; i < total; i++) {
                ObjectNode item = (ObjectNode) answer.path("items").get(i);
                item.put("status", "queued");
                item.remove(List.of("agency_code", "agency_name", "year", "version_no", "message"));
                item.putArray("candidates");
                item.putArray("findings");
            }
        } else {
            job.put("state", "done");
            job.put("processed", total);
            answer = job.deepCopy();
        }
        answer.remove("read");
        return answer;
    }

    /**
     * {@code GET …/versions/{n}}: version 2 is the report of report-t01-2023.json, version 1 the document as first
     * imported, before 更正表三第一行 (表三 新收 自然人 18 instead of 21); {@code POST …/versions/{n}/activate}.
     */
    private void version(HttpExchange exchange, Request request, String rest) throws IOException {
        String[] parts = rest.split("/");
        int number = Integer.parseInt(parts[0]);
        if (number < 1 || number > 2) {
            sendFile(exchange, 404, "problem-report-not-found.json");
        } else if (request.method().equals("POST") && parts.length == 2 && parts[1].equals("activate")) {
            send(exchange, 200, "{}");
        } else {
            ObjectNode report = (ObjectNode) BackendJson.MAPPER.readTree(TestData.bytes("report-t01-2023.json"));
            if (number == 1) {
                report.set("version", report.path("versions").get(0).deepCopy());
                ((ObjectNode) report.path("report").path("requests").path("new_received")).put("natural_person", 18);
                ((ObjectNode) report.path("report")).putNull("published_on");
            }
            send(exchange, 200, report.toString());
        }
    }

    /** {@code PUT /api/reports/{a}/{y}}: a new version 3 with one finding; without a reason it is refused. */
    private static void store(HttpExchange exchange, Map<String, String> parameters) throws IOException {
        if (parameters.getOrDefault("reason", "").isBlank()) {
            send(exchange, 400, fieldProblem("reason", "请填写更正原因"));
            return;
        }
        send(exchange, 201, "{\"version_no\":3,\"created\":true,\"findings\":[{\"code\":\"TOTAL_MISMATCH\","
                + "\"severity\":\"warning\",\"message\":\"表三（七）总计与各项之和不符\","
                + "\"cells\":[\"requests.total_processed.total\"]}]}");
    }

    /** "?a=1&b=2" with the parameters in alphabetical order, "" without any. */
    private static String canonical(String query) {
        Map<String, String> parameters = new java.util.TreeMap<>(parameters(query));
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder canonical = new StringBuilder("?");
        parameters.forEach((name, value) -> canonical.append(canonical.length() > 1 ? "&" : "").append(name)
                .append('=').append(value));
        return canonical.toString();
    }

    /**
     * {@code GET /api/agencies/search?q&offset&limit} like the backend: the bodies the user may see (a clerk their
     * own body) whose name or code contains {@code q}, a page of them, each with the names above it from the top.
     */
    private static ArrayNode search(ObjectNode user, Map<String, String> parameters) {
        String q = parameters.getOrDefault("q", "");
        boolean clerk = user.path("role").asString().equals("CLERK");
        ArrayNode page = BackendJson.MAPPER.createArrayNode();
        agencies().valueStream()
                .filter(agency -> !clerk || agency.path("code").asString().equals(user.path("scope").path("code")
                        .asString()))
                .filter(agency -> agency.path("name").asString().contains(q)
                        || agency.path("code").asString().startsWith(q))
                .skip(Long.parseLong(parameters.getOrDefault("offset", "0")))
                .limit(Long.parseLong(parameters.getOrDefault("limit", "20")))
                .forEach(agency -> {
                    ObjectNode found = page.addObject().put("code", agency.path("code").asString())
                            .put("name", agency.path("name").asString());
                    ArrayNode path = found.putArray("path");
                    List<String> above = new java.util.ArrayList<>();
                    for (String parent = agency.path("parent_code").asString(null); parent != null;
                         parent = agency(parent).path("parent_code").asString(null)) {
                        above.addFirst(agency(parent).path("name").asString());
                    }
                    above.forEach(path::add);
                });
        return page;
    }

    /**
     * {@code GET /api/agencies[?under=CODE][&depth=N]} like the backend: the part of the tree the user may see
     * (administrators, supervisors and viewers of the demo city the whole tree, a clerk their own body), the subtree
     * of {@code under} (404 outside it) down to {@code depth} levels, depths counted from the subtree's root.
     */
    private static void subtree(HttpExchange exchange, ObjectNode user, Map<String, String> parameters)
            throws IOException {
        List<ObjectNode> visible = new java.util.ArrayList<>();
        if (user.path("role").asString().equals("CLERK")) {
            ObjectNode own = (ObjectNode) agency(user.path("scope").path("code").asString()).deepCopy();
            own.putNull("parent_code");
            visible.add(own);
        } else {
            agencies().valueStream().map(agency -> (ObjectNode) agency.deepCopy()).forEach(visible::add);
        }
        String under = parameters.get("under");
        String root = under != null ? under : visible.getFirst().path("code").asString();
        if (visible.stream().noneMatch(agency -> agency.path("code").asString().equals(root))) {
            sendFile(exchange, 404, "problem-not-in-scope.json");
            return;
        }
        int depth = parameters.containsKey("depth") ? Integer.parseInt(parameters.get("depth")) : Integer.MAX_VALUE;
        if (parameters.containsKey("depth") && (depth < 0 || depth > 50)) {
            // like the backend: depth 0–50
            sendFile(exchange, 400, "problem-depth.json");
            return;
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        ArrayNode answer = BackendJson.MAPPER.createArrayNode();
        for (ObjectNode agency : visible) {
            String code = agency.path("code").asString();
            Integer parentLevel = levels.get(agency.path("parent_code").asString(""));
            Integer level = code.equals(root) ? Integer.valueOf(0) : parentLevel == null ? null : parentLevel + 1;
            if (level != null) {
                levels.put(code, level);
                if (level <= depth) {
                    agency.put("depth", level);
                    answer.add(agency);
                }
            }
        }
        send(exchange, 200, answer.toString());
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String lastSegment(String path) {
        return URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private static final Set<Integer> PROBLEMS = Set.of(400, 401, 403, 404, 422, 429, 500);

    private static void sendFile(HttpExchange exchange, int status, String payload) throws IOException {
        send(exchange, status, new String(TestData.bytes(payload), StandardCharsets.UTF_8));
    }

    private static void sendDocument(HttpExchange exchange, String file, String mediaType, String fileName)
            throws IOException {
        byte[] bytes = TestData.bytes(file);
        exchange.getResponseHeaders().set("Content-Type", mediaType);
        exchange.getResponseHeaders().set("Content-Disposition", org.springframework.http.ContentDisposition
                .attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                PROBLEMS.contains(status) ? "application/problem+json" : "application/json");
        if (status == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
