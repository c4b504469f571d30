package cn.nianbao.frontend.backend;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import cn.nianbao.frontend.backend.BackendException.Reason;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriBuilder;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The one way into the backend's HTTP API (docs/API.md). Vaadin server code is blocking, so each call waits for its
 * answer with a timeout; every failure comes out as a {@link BackendException} that a page can put into words.
 * <p>
 * Every call except signing in carries the signed-in user's token ({@code Authorization: Bearer}) and the browser's
 * address ({@code X-Forwarded-For}), both from the {@link BackendCaller}. A token with less than
 * {@link #RENEW_BEFORE_EXPIRY} left is renewed first; a 401 ends the user's session.
 */
@Component
public class BackendClient {

    /** A token closer than this to its end is renewed before the next call (tokens live 15 minutes). */
    public static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(BackendClient.class);
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final WebClient web;
    private final BackendProperties properties;
    private final BackendCaller caller;
    private final Clock clock;

    @Autowired
    public BackendClient(WebClient.Builder builder, BackendProperties properties, BackendCaller caller) {
        this(builder, properties, caller, Clock.systemUTC());
    }

    /** A client that can only sign in (no session behind it). */
    public BackendClient(WebClient.Builder builder, BackendProperties properties) {
        this(builder, properties, BackendCaller.NOBODY, Clock.systemUTC());
    }

    public BackendClient(WebClient.Builder builder, BackendProperties properties, BackendCaller caller, Clock clock) {
        this.properties = properties;
        this.caller = caller;
        this.clock = clock;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
                .responseTimeout(properties.parseTimeout());
        this.web = builder.clone()
                .baseUrl(properties.url())
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
                .build();
    }

    public String backendUrl() {
        return properties.url();
    }

    // --- signing in, tokens, one's own password -------------------------------------------------------------------

    /**
     * Signs in ({@code POST /api/auth/login}). A wrong username or password is an {@code ERROR_ANSWER} with status 401,
     * a locked account one with 429; neither ends any session.
     *
     * @param clientAddress the browser's address, forwarded for the audit log (null when unknown)
     */
    public SignedIn login(String username, String password, String clientAddress) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        Mono<Answer> answer = web.post().uri("/api/auth/login")
                .headers(headers -> forwardedFor(headers, clientAddress))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(json(body))
                .exchangeToMono(BackendClient::read);
        return decode(await(answer, properties.readTimeout()), new TypeReference<>() { });
    }

    /**
     * The current token, renewed first when less than {@link #RENEW_BEFORE_EXPIRY} is left. Called before every call;
     * also called while the user is idle (the dashboard's heartbeat) so that an open page does not lose its session
     * while the user reads it.
     */
    public Credentials renewIfDue() {
        Credentials current = caller.credentials().orElseThrow(() -> sessionOver(0, null, null));
        if (current.expiresAt() != null
                && !clock.instant().isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            SignedIn renewed = refresh(current);
            return renewed.credentials();
        }
        return current;
    }

    private SignedIn refresh(Credentials current) {
        Mono<Answer> answer = web.post().uri("/api/auth/refresh")
                .headers(headers -> {
                    headers.setBearerAuth(current.token());
                    forwardedFor(headers, caller.clientAddress().orElse(null));
                })
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(BackendClient::read);
        SignedIn renewed = decode(checked(await(answer, properties.readTimeout())), new TypeReference<>() { });
        LOG.debug("token of {} renewed until {}", renewed.user().username(), renewed.expiresAt());
        caller.renewed(renewed);
        return renewed;
    }

    /** The signed-in user as the backend sees them now. */
    public User me() {
        return get(uri -> uri.path("/api/auth/me").build(), new TypeReference<>() { });
    }

    /**
     * Changes the signed-in user's own password. The backend ends the old tokens and gives a new one, which replaces
     * the old one in the session at once. A refused password is an {@code ERROR_ANSWER} 400 whose field errors name
     * {@code current_password} or {@code new_password}.
     */
    public SignedIn changePassword(String currentPassword, String newPassword) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current_password", currentPassword);
        body.put("new_password", newPassword);
        SignedIn changed = send("POST", "/api/auth/password", body, new TypeReference<>() { });
        caller.renewed(changed);
        return changed;
    }

    // --- users (administrators) ------------------------------------------------------------------------------------

    public List<User> users() {
        return get(uri -> uri.path("/api/users").build(), new TypeReference<>() { });
    }

    public UserWithPassword createUser(NewUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.username());
        body.put("display_name", user.displayName());
        body.put("role", user.role() == null ? null : user.role().name());
        body.put("scope_agency_code", user.scopeAgencyCode());
        return send("POST", "/api/users", body, new TypeReference<>() { });
    }

    public User changeUser(String username, UserChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (change.displayName() != null) {
            body.put("display_name", change.displayName());
        }
        if (change.role() != null) {
            body.put("role", change.role().name());
        }
        if (change.scopeAgencyCode() != null) {
            body.put("scope_agency_code", change.scopeAgencyCode());
        }
        if (change.disabled() != null) {
            body.put("disabled", change.disabled());
        }
        return send("PATCH", "/api/users/" + pathSegment(username), body, new TypeReference<>() { });
    }

    public UserWithPassword resetPassword(String username) {
        return send("POST", "/api/users/" + pathSegment(username) + "/password-reset", null,
                new TypeReference<>() { });
    }

    // --- the agency tree (administrators) ----------------------------------------------------------------------------

    public Agency createAgency(NewAgency agency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", agency.code());
        body.put("name", agency.name());
        body.put("kind", agency.kind() == null ? null : agency.kind().name());
        body.put("parent_code", agency.parentCode());
        body.put("reporting_periods", periods(agency.reportingPeriods()));
        return send("POST", "/api/agencies", body, new TypeReference<>() { });
    }

    public Agency changeAgency(String code, AgencyChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (change.name() != null) {
            body.put("name", change.name());
        }
        if (change.parentCode() != null) {
            body.put("parent_code", change.parentCode());
        }
        if (change.reportingPeriods() != null) {
            body.put("reporting_periods", periods(change.reportingPeriods()));
        }
        return send("PATCH", "/api/agencies/" + pathSegment(code), body, new TypeReference<>() { });
    }

    private static List<Map<String, Object>> periods(List<Agency.ReportingPeriod> periods) {
        return periods.stream().map(period -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("first_year", period.firstYear());
            json.put("last_year", period.lastYear());
            return json;
        }).toList();
    }

    // --- audit -----------------------------------------------------------------------------------------------------

    /** Audit events, newest first; administrators get all, supervisors their region's. */
    public List<AuditEvent> audit(AuditQuery query) {
        // instants in UTC ("…Z"): an offset's "+" would arrive as a space in a query string
        return get(uri -> uri.path("/api/audit")
                        .queryParamIfPresent("from", Optional.ofNullable(query.from()).map(Object::toString))
                        .queryParamIfPresent("to", Optional.ofNullable(query.to()).map(Object::toString))
                        .queryParamIfPresent("action", Optional.ofNullable(query.action()))
                        .queryParamIfPresent("actor", Optional.ofNullable(query.actor()))
                        .queryParam("limit", query.limit())
                        .build(),
                new TypeReference<>() { });
    }

    /**
     * Records in the audit log that the user took an export ({@code POST /api/audit/exports}). Best effort: the token
     * and address are taken now, the call runs in the background and a failure is only logged, so the export itself
     * never waits for it or fails because of it.
     *
     * @return the call, for tests that want to wait for it; callers may ignore it
     */
    public Mono<Void> recordExport(String agencyCode, String what) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agency_code", agencyCode);
        body.put("what", what);
        String token;
        String address;
        try {
            token = renewIfDue().token();
            address = caller.clientAddress().orElse(null);
        } catch (BackendException e) {
            LOG.warn("export of {} ({}) not recorded in the audit log: {}", what, agencyCode, e.getMessage());
            return Mono.empty();
        }
        Mono<Void> call = web.post().uri("/api/audit/exports")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    forwardedFor(headers, address);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(body))
                .exchangeToMono(BackendClient::read)
                .timeout(properties.readTimeout())
                .flatMap(answer -> answer.status().is2xxSuccessful() ? Mono.<Void>empty()
                        : Mono.error(problem(answer)))
                .doOnError(e -> LOG.warn("export of {} ({}) not recorded in the audit log: {}", what, agencyCode,
                        e.getMessage()))
                .onErrorComplete()
                .cache();
        call.subscribe();
        return call;
    }

    // --- data ------------------------------------------------------------------------------------------------------

    /** The agency tree in tree order; {@code under} null gives everything the user may see. */
    public List<Agency> agencies(String under) {
        return get(uri -> uri.path("/api/agencies").queryParamIfPresent("under", Optional.ofNullable(under)).build(),
                new TypeReference<>() { });
    }

    /** Summaries of the active report versions under a region, optionally of one year. */
    public List<ReportSummary> reports(String region, Integer year) {
        return get(uri -> uri.path("/api/reports").queryParam("region", region)
                .queryParamIfPresent("year", Optional.ofNullable(year)).build(), new TypeReference<>() { });
    }

    /**
     * One report with its versions; a report that does not exist, or of a body outside the user's scope, is an
     * {@code ERROR_ANSWER} with status 404.
     */
    public ReportDetail report(String agencyCode, int year) {
        return get(uri -> uri.path("/api/reports/{agency}/{year}").build(agencyCode, year), new TypeReference<>() { });
    }

    /** 本年新收申请数量 per year for the bodies under {@code region}, of one kind when {@code kind} is given. */
    public NewRequests newRequests(String region, AgencyKind kind) {
        return get(uri -> uri.path("/api/analytics/new-requests").queryParam("region", region)
                .queryParamIfPresent("kind", Optional.ofNullable(kind).map(Enum::name)).build(),
                new TypeReference<>() { });
    }

    /** Parses one uploaded document into the contract form ({@code POST /api/parse}). */
    public AnnualReportData parse(String fileName, String mediaType, byte[] bytes) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(mediaType == null || mediaType.isBlank()
                ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(mediaType));
        String token = renewIfDue().token();
        Mono<Answer> answer = web.post().uri("/api/parse")
                .headers(headers -> signed(headers, token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchangeToMono(BackendClient::read);
        return decode(checked(await(answer, properties.parseTimeout())), new TypeReference<>() { });
    }

    // --- the plumbing ----------------------------------------------------------------------------------------------

    private <T> T get(Function<UriBuilder, URI> uri, TypeReference<T> type) {
        String token = renewIfDue().token();
        Mono<Answer> answer = web.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                .headers(headers -> signed(headers, token))
                .exchangeToMono(BackendClient::read);
        return decode(checked(await(answer, properties.readTimeout())), type);
    }

    private <T> T send(String method, String path, Map<String, Object> body, TypeReference<T> type) {
        String token = renewIfDue().token();
        WebClient.RequestBodySpec request = web.method(HttpMethod.valueOf(method)).uri(path)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> signed(headers, token));
        Mono<Answer> answer = (body == null ? request : request.contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(body))).exchangeToMono(BackendClient::read);
        return decode(checked(await(answer, properties.readTimeout())), type);
    }

    private void signed(HttpHeaders headers, String token) {
        headers.setBearerAuth(token);
        forwardedFor(headers, caller.clientAddress().orElse(null));
    }

    private static void forwardedFor(HttpHeaders headers, String address) {
        if (address != null && !address.isBlank()) {
            headers.set(FORWARDED_FOR, address);
        }
    }

    /** A 401 to a signed call: the token was refused, so the user's session is over. */
    private Answer checked(Answer answer) {
        if (answer.status().value() == 401) {
            BackendException refused = problem(answer);
            caller.sessionEnded();
            throw sessionOver(401, refused.title(), refused.detail());
        }
        return answer;
    }

    private BackendException sessionOver(int status, String title, String detail) {
        return new BackendException(Reason.SESSION_ENDED, properties.url(), status, title, detail, List.of(), null);
    }

    private static String pathSegment(String value) {
        return org.springframework.web.util.UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String json(Object body) {
        return BackendJson.MAPPER.writeValueAsString(body);
    }

    private static Mono<Answer> read(ClientResponse response) {
        return response.bodyToMono(String.class).defaultIfEmpty("")
                .map(body -> new Answer(response.statusCode(), body));
    }

    private Answer await(Mono<Answer> answer, Duration timeout) {
        try {
            return answer.timeout(timeout).block();
        } catch (WebClientRequestException e) {
            Reason reason = e.getCause() instanceof ReadTimeoutException ? Reason.TIMEOUT : Reason.UNREACHABLE;
            throw failure(reason, e);
        } catch (RuntimeException e) {
            if (Exceptions.unwrap(e) instanceof TimeoutException) {
                throw failure(Reason.TIMEOUT, e);
            }
            throw failure(Reason.UNREACHABLE, e);
        }
    }

    private <T> T decode(Answer answer, TypeReference<T> type) {
        if (!answer.status().is2xxSuccessful()) {
            throw problem(answer);
        }
        try {
            return BackendJson.MAPPER.readValue(answer.body(), type);
        } catch (JacksonException e) {
            throw new BackendException(Reason.UNREADABLE, properties.url(), answer.status().value(), null,
                    e.getOriginalMessage(), List.of(), e);
        }
    }

    /** An error answer; its RFC 9457 problem detail when it has one, else just the status. */
    private BackendException problem(Answer answer) {
        String title = null;
        String detail = null;
        List<BackendException.FieldError> errors = new ArrayList<>();
        try {
            JsonNode node = BackendJson.MAPPER.readTree(answer.body());
            if (node != null && node.isObject()) {
                title = text(node, "title");
                detail = text(node, "detail");
                for (JsonNode error : node.path("errors")) {
                    errors.add(new BackendException.FieldError(text(error, "field"), text(error, "message")));
                }
            }
        } catch (JacksonException e) {
            // not a problem detail (e.g. a proxy's HTML page): the status alone has to do
        }
        return new BackendException(Reason.ERROR_ANSWER, properties.url(), answer.status().value(), title, detail,
                errors, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private BackendException failure(Reason reason, Throwable cause) {
        return new BackendException(reason, properties.url(), 0, null, null, List.of(), cause);
    }

    private record Answer(HttpStatusCode status, String body) {
    }
}
