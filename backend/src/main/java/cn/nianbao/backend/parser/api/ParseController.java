package cn.nianbao.backend.parser.api;

import java.net.URI;

import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ParsedJson;
import cn.nianbao.backend.parser.ReportParser;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/parse}: one uploaded document (multipart field {@code file}) in contract form, like one line of
 * the {@code parse} command. Errors are RFC 9457 problem details in Chinese: 422 for a document that cannot be read
 * as a report, 413 above the size limit, 400 without a {@code file} part. Parsing runs on the bounded-elastic
 * scheduler, never on the event loop.
 */
@RestController
public class ParseController {

    private static final URI PROBLEM_TYPE = URI.create("about:blank");

    private final ReportParser parser = new ReportParser();
    private final long maxBytes = ParseLimits.DEFAULT.maxBytes();

    @PostMapping(path = "/api/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public Mono<ResponseEntity<Object>> parse(@RequestPart("file") Part part) {
        String source = part instanceof FilePart file && !file.filename().isBlank() ? file.filename() : part.name();
        return DataBufferUtils.join(part.content(), (int) Math.min(maxBytes, Integer.MAX_VALUE))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> answer(parser.parse(source, bytes)))
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just(problem(HttpStatus.CONTENT_TOO_LARGE,
                        "文件过大", "文件「" + source + "」超过 " + maxBytes / (1024 * 1024) + " MB 上限", source)));
    }

    private static ResponseEntity<Object> answer(ParseOutcome outcome) {
        return switch (outcome) {
            case ParseOutcome.Parsed parsed -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(ParsedJson.of(parsed));
            case ParseOutcome.Failed failed -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "无法解析文件",
                    failed.message(), failed.source());
        };
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Object> missingFile(ServerWebInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "缺少上传文件", "请求中没有名为 file 的文件部分（multipart/form-data）", null);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, String source) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(PROBLEM_TYPE);
        problem.setTitle(title);
        if (source != null) {
            problem.setProperty("source", source);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
