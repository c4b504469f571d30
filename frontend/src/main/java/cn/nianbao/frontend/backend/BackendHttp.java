package cn.nianbao.frontend.backend;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import cn.nianbao.frontend.backend.BackendException.Reason;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBufferLimitException;
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
 * The one way into the backend's HTTP API (docs/API.md); the feature clients ({@code AgencyClient},
 * {@code AnalyticsClient} …) say what to ask, this class how. Vaadin server code is blocking, so each call waits for
 * its answer with a timeout, and reads at most {@code nianbao.backend.max-answer-size} of it; every failure comes out
 * as a {@link BackendException} that a page can put into words (an error answer with its RFC 9457 problem detail).
 * <p>
 * Every signed call carries the signed-in user's token ({@code Authorization: Bearer}) and the browser's address
 * ({@code X-Forwarded-For}), both from the {@link BackendCaller}. A token with less than {@link #RENEW_BEFORE_EXPIRY}
 * left is renewed first; a 401 ends the user's session.
 */
@Component
public class BackendHttp {

    /** A token closer than this to its end is renewed before the next call (tokens live 15 minutes). */
    public static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(BackendHttp.class);
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String TOTAL_COUNT = "X-Total-Count";

    private final WebClient web;
    private final BackendProperties properties;
    private final BackendCaller caller;
    private final Clock clock;

    @Autowired
    public BackendHttp(WebClient.Builder builder, BackendProperties properties, BackendCaller caller) {
        this(builder, properties, caller, Clock.systemUTC());
    }

    /** A core that can only sign in (no session behind it). */
    public BackendHttp(WebClient.Builder builder, BackendProperties properties) {
        this(builder, properties, BackendCaller.NOBODY, Clock.systemUTC());
    }

    public BackendHttp(WebClient.Builder builder, BackendProperties properties, BackendCaller caller, Clock clock) {
        this.properties = properties;
        this.caller = caller;
        this.clock = clock;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
                .responseTimeout(properties.parseTimeout());
        this.web = builder.clone()
                .baseUrl(properties.url())
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(properties.maxAnswerBytes()))
                .build();
    }

    public String backendUrl() {
        return properties.url();
    }

    BackendCaller caller() {
        return caller;
    }

    // --- signed calls ----------------------------------------------------------------------------------------------

    /** GET, answered with JSON. */
    public <T> T get(Function<UriBuilder, URI> uri, TypeReference<T> type) {
        String token = renewIfDue().token();
        Mono<Answer> answer = web.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                .headers(headers -> signed(headers, token))
                .exchangeToMono(BackendHttp::read);
        return decode(checked(await(answer, properties.readTimeout())), type);
    }

    /**
     * GET of one page of a list, answered with JSON, and the total of all pages from the header
     * {@code X-Total-Count} (the page's own size when the backend sends none).
     */
    public <T> Page<T> getPage(Function<UriBuilder, URI> uri, TypeReference<List<T>> type) {
        String token = renewIfDue().token();
        Mono<Answer> answer = web.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                .headers(headers -> signed(headers, token))
                .exchangeToMono(BackendHttp::read);
        Answer checked = checked(await(answer, properties.readTimeout()));
        List<T> items = decode(checked, type);
        String total = checked.headers().getFirst(TOTAL_COUNT);
        try {
            return new Page<>(items, total == null ? items.size() : Long.parseLong(total.strip()));
        } catch (NumberFormatException e) {
            throw new BackendException(Reason.UNREADABLE, properties.url(), checked.status().value(), null,
                    TOTAL_COUNT + ": " + total, List.of(), e);
        }
    }

    /** A DELETE answered without content (204). */
    public void delete(String path) {
        String token = renewIfDue().token();
        Mono<Answer> answer = web.delete().uri(path).accept(MediaType.APPLICATION_JSON)
                .headers(headers -> signed(headers, token))
                .exchangeToMono(BackendHttp::read);
        Answer checked = checked(await(answer, properties.readTimeout()));
        if (!checked.status().is2xxSuccessful()) {
            throw problem(checked);
        }
    }

    /** POST, PUT or PATCH with a JSON body (a record; null for none), answered with JSON. */
    public <T> T send(HttpMethod method, String path, Object body, TypeReference<T> type) {
        return send(method, uri -> uri.path(path).build(), body, type);
    }

    /** POST, PUT or PATCH to an address with path variables or a query; an empty answer is null. */
    public <T> T send(HttpMethod method, Function<UriBuilder, URI> uri, Object body, TypeReference<T> type) {
        String token = renewIfDue().token();
        WebClient.RequestBodySpec request = web.method(method).uri(uri)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> signed(headers, token));
        Mono<Answer> answer = (body == null ? request : request.contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(body))).exchangeToMono(BackendHttp::read);
        return decode(checked(await(answer, properties.readTimeout())), type);
    }

    /** POSTs one file as the multipart part {@code file}; waits as long as parsing may take. */
    public <T> T upload(String path, String fileName, String mediaType, byte[] bytes, TypeReference<T> type) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(mediaType == null || mediaType.isBlank()
                ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(mediaType));
        String token = renewIfDue().token();
        Mono<Answer> answer = web.post().uri(path)
                .headers(headers -> signed(headers, token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchangeToMono(BackendHttp::read);
        return decode(checked(await(answer, properties.parseTimeout())), type);
    }

    /** A file to send in a multipart upload: its name, media type (null: unknown) and where its bytes are. */
    public record FilePart(String fileName, String mediaType, java.nio.file.Path path) {
    }

    /**
     * POSTs several files as repeated multipart parts {@code partName}, streamed from disk (an archive may be
     * hundreds of megabytes), with plain form {@code fields} (null values left out).
     */
    public <T> T uploadFiles(String path, String partName, List<FilePart> files, java.util.Map<String, String> fields,
                             TypeReference<T> type) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        for (FilePart file : files) {
            body.part(partName, new org.springframework.core.io.FileSystemResource(file.path()) {
                @Override
                public String getFilename() {
                    return file.fileName();
                }
            }).contentType(file.mediaType() == null || file.mediaType().isBlank()
                    ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.mediaType()));
        }
        fields.forEach((name, value) -> {
            if (value != null) {
                body.part(name, value);
            }
        });
        String token = renewIfDue().token();
        Mono<Answer> answer = web.post().uri(path)
                .headers(headers -> signed(headers, token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchangeToMono(BackendHttp::read);
        return decode(checked(await(answer, properties.parseTimeout())), type);
    }

    /** GET of a document as it was stored: its bytes, media type and file name. */
    public Download download(Function<UriBuilder, URI> uri) {
        String token = renewIfDue().token();
        Mono<Answer> answer = web.get().uri(uri)
                .headers(headers -> signed(headers, token))
                .exchangeToMono(BackendHttp::read);
        Answer checked = checked(await(answer, properties.readTimeout()));
        if (!checked.status().is2xxSuccessful()) {
            throw problem(checked);
        }
        MediaType type = checked.headers().getContentType();
        String fileName = checked.headers().getContentDisposition().getFilename();
        return new Download(fileName, type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type.toString(),
                checked.bytes());
    }

    // --- signing in and the token ----------------------------------------------------------------------------------

    /**
     * A POST without a token (signing in), with the browser's address for the audit log. An error answer ends no
     * session.
     */
    public <T> T sendUnsigned(String path, Object body, String clientAddress, TypeReference<T> type) {
        Mono<Answer> answer = web.post().uri(path)
                .headers(headers -> forwardedFor(headers, clientAddress))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(json(body))
                .exchangeToMono(BackendHttp::read);
        return decode(await(answer, properties.readTimeout()), type);
    }

    /**
     * The current token, renewed first ({@code POST /api/auth/refresh}) when less than {@link #RENEW_BEFORE_EXPIRY}
     * is left; the new token replaces the old one in the session.
     */
    public Credentials renewIfDue() {
        Credentials current = caller.credentials().orElseThrow(() -> sessionOver(0, null, null));
        if (current.expiresAt() != null
                && !clock.instant().isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            return refresh(current).credentials();
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
                .exchangeToMono(BackendHttp::read);
        SignedIn renewed = decode(checked(await(answer, properties.readTimeout())), new TypeReference<>() { });
        LOG.debug("token of {} renewed until {}", renewed.user().username(), renewed.expiresAt());
        caller.renewed(renewed);
        return renewed;
    }

    // --- the plumbing ----------------------------------------------------------------------------------------------

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

    private static String json(Object body) {
        return BackendJson.MAPPER.writeValueAsString(body);
    }

    private static Mono<Answer> read(ClientResponse response) {
        return response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                .map(body -> new Answer(response.statusCode(), response.headers().asHttpHeaders(), body));
    }

    private Answer await(Mono<Answer> answer, Duration timeout) {
        try {
            return answer.timeout(timeout).block();
        } catch (WebClientRequestException e) {
            Reason reason = e.getCause() instanceof ReadTimeoutException ? Reason.TIMEOUT : Reason.UNREACHABLE;
            throw failure(reason, e);
        } catch (RuntimeException e) {
            Throwable cause = Exceptions.unwrap(e);
            if (cause instanceof TimeoutException) {
                throw failure(Reason.TIMEOUT, e);
            }
            if (cause instanceof DataBufferLimitException) {
                throw failure(Reason.TOO_LARGE, e);
            }
            throw failure(Reason.UNREACHABLE, e);
        }
    }

    private <T> T decode(Answer answer, TypeReference<T> type) {
        if (!answer.status().is2xxSuccessful()) {
            throw problem(answer);
        }
        if (answer.bytes().length == 0) {
            return null;
        }
        try {
            return BackendJson.MAPPER.readValue(answer.bytes(), type);
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
            JsonNode node = BackendJson.MAPPER.readTree(answer.bytes());
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
        return new BackendException(reason, properties.url(), 0, null,
                reason == Reason.TOO_LARGE ? String.valueOf(properties.maxAnswerBytes()) : null, List.of(), cause);
    }

    private record Answer(HttpStatusCode status, HttpHeaders headers, byte[] bytes) {
    }
}
