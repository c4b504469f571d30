package cn.nianbao.backend.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads (multipart requests) larger than {@code nianbao.upload.max-request-size} are refused with 413 and a Chinese
 * problem detail, for every endpoint and before anyone is authenticated: at once when the declared length says so,
 * else as soon as the bytes received pass the limit (the multipart reader then fails with
 * {@link DataBufferLimitException}, which {@link ApiExceptionHandler} answers with 413). It wraps the whole HTTP
 * handler, because the multipart reader reads the request as the server received it, not as web filters change it.
 */
@Component
public class UploadLimit implements HttpHandlerDecoratorFactory {

    /** Import uploads (documents and ZIP archives by the thousand) have a bound of their own. */
    static final String IMPORTS = "/api/imports";

    private final long maxBytes;
    private final long maxImportBytes;
    private final JsonMapper json;

    public UploadLimit(@Value("${nianbao.upload.max-request-size:51MB}") DataSize maxRequestSize,
                       @Value("${nianbao.upload.max-import-request-size:1GB}") DataSize maxImportRequestSize,
                       JsonMapper json) {
        this.maxBytes = maxRequestSize.toBytes();
        this.maxImportBytes = maxImportRequestSize.toBytes();
        this.json = json;
    }

    @Override
    public HttpHandler apply(HttpHandler handler) {
        return (request, response) -> {
            MediaType type = request.getHeaders().getContentType();
            if (type == null || !"multipart".equalsIgnoreCase(type.getType())) {
                return handler.handle(request, response);
            }
            long limit = IMPORTS.equals(request.getPath().pathWithinApplication().value()) ? maxImportBytes : maxBytes;
            if (request.getHeaders().getContentLength() > limit) {
                return refuse(response, limit);
            }
            return handler.handle(new CountedRequest(request, limit), response);
        };
    }

    private Mono<Void> refuse(ServerHttpResponse response, long limit) {
        ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "请求体过大", tooLarge(limit));
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        // the body the client still sends is not wanted: close rather than read it
        response.getHeaders().setConnection("close");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static String tooLarge(long limit) {
        return "上传的文件过大：整个请求不能超过 " + limit / (1024 * 1024) + " MB";
    }

    /** The request whose body fails once more than the limit has arrived. */
    private final class CountedRequest extends ServerHttpRequestDecorator {

        private final long limit;

        CountedRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong received = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new DataBufferLimitException(tooLarge(limit)));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
