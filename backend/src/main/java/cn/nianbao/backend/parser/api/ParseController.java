package cn.nianbao.backend.parser.api;

import java.time.Duration;

import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ParsedJson;
import cn.nianbao.backend.parser.ParserBusyException;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.ParseFailedException;
import cn.nianbao.backend.platform.web.ServiceBusyException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/parse}: one uploaded document (multipart field {@code file}) in contract form with its findings,
 * like one line of the {@code parse} command. The document is parsed on the parser's bounded pool, never on the
 * event loop. Failures go through the one exception handler as problem details in Chinese: 422 for a document that
 * cannot be read as a report, 413 above the size limit, 400 without a {@code file} part, 503 with Retry-After when
 * the parser's queue is full.
 */
@RestController
public class ParseController {

    /** A parse takes seconds; a full queue drains in about this long. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final ReportParser parser;

    ParseController(ReportParser parser) {
        this.parser = parser;
    }

    @PostMapping(path = "/api/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public Mono<ObjectNode> parse(@RequestPart(name = "file", required = false) Part part) {
        if (part == null) {
            throw new BadRequestException("file", "请求中没有名为 file 的文件部分（multipart/form-data）");
        }
        String source = part instanceof FilePart file && !file.filename().isBlank() ? file.filename() : part.name();
        long maxBytes = parser.limits().maxBytes();
        return DataBufferUtils.join(part.content(), (int) Math.min(maxBytes, Integer.MAX_VALUE))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> Mono.fromFuture(() -> parser.submit(source, bytes)))
                .map(ParseController::answer)
                .onErrorMap(DataBufferLimitException.class, e -> new ParseFailedException(HttpStatus.CONTENT_TOO_LARGE,
                        source, "文件「" + source + "」超过 " + maxBytes / (1024 * 1024) + " MB 上限"))
                .onErrorMap(ParserBusyException.class, e -> new ServiceBusyException(e.getMessage(), RETRY_AFTER));
    }

    private static ObjectNode answer(ParseOutcome outcome) {
        return switch (outcome) {
            case ParseOutcome.Parsed parsed -> ParsedJson.of(parsed);
            case ParseOutcome.Failed failed -> throw new ParseFailedException(failed.source(), failed.message());
        };
    }
}
