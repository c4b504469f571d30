package cn.nianbao.frontend.backend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import cn.nianbao.frontend.backend.BackendException.Reason;
import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import org.springframework.core.io.ByteArrayResource;
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
 */
@Component
public class BackendClient {

    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;


    private final WebClient web;
    private final BackendProperties properties;

    public BackendClient(WebClient.Builder builder, BackendProperties properties) {
        this.properties = properties;
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

    /** The agency tree in tree order; {@code under} null gives the whole tree. */
    public List<Agency> agencies(String under) {
        return get(uri -> uri.path("/api/agencies").queryParamIfPresent("under", Optional.ofNullable(under)).build(),
                new TypeReference<>() { });
    }

    /** Summaries of the active report versions under a region, optionally of one year. */
    public List<ReportSummary> reports(String region, Integer year) {
        return get(uri -> uri.path("/api/reports").queryParam("region", region)
                .queryParamIfPresent("year", Optional.ofNullable(year)).build(), new TypeReference<>() { });
    }

    /** One report with its versions; a report that does not exist is an {@code ERROR_ANSWER} with status 404. */
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
        Mono<Answer> answer = web.post().uri("/api/parse")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchangeToMono(BackendClient::read);
        return decode(await(answer, properties.parseTimeout()), new TypeReference<>() { });
    }

    private <T> T get(Function<UriBuilder, java.net.URI> uri, TypeReference<T> type) {
        Mono<Answer> answer = web.get().uri(uri).accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(BackendClient::read);
        return decode(await(answer, properties.readTimeout()), type);
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
