package cn.nianbao.backend.platform.web;

import java.net.URI;
import java.util.List;

import cn.nianbao.backend.contract.ContractViolation;
import cn.nianbao.backend.platform.database.StatementTimeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

/**
 * Turns every failure into an RFC 9457 problem detail with a Chinese title and detail, so that the API never shows
 * a stack trace and never answers 500 for bad input.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler(UnauthorizedException.class)
    ProblemDetail unauthorized(UnauthorizedException e) {
        return problem(HttpStatus.UNAUTHORIZED, "未登录或登录已失效", e.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "尝试次数过多", e.getMessage()));
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> serviceBusy(ServiceBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "服务繁忙", e.getMessage()));
    }

    @ExceptionHandler(ParseFailedException.class)
    ProblemDetail parseFailed(ParseFailedException e) {
        ProblemDetail problem = problem(e.status(), e.status() == HttpStatus.CONTENT_TOO_LARGE ? "文件过大" : "无法解析文件",
                e.getMessage());
        problem.setProperty("source", e.source());
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "无权操作", e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求无效", e.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(InvalidDocumentException.class)
    ProblemDetail invalidDocument(InvalidDocumentException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "年报数据不符合合同格式", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(ContractViolation.class)
    ProblemDetail contractViolation(ContractViolation e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "年报数据不符合合同格式",
                "字段 " + e.path() + " 有误：" + e.getMessage().substring(e.path().length() + 2));
        problem.setProperty("errors", List.of(new FieldProblem(e.path(), e.getMessage().substring(e.path().length() + 2))));
        return problem;
    }

    @ExceptionHandler({Exception.class, Error.class})
    ProblemDetail unexpected(Throwable e) {
        if (InputProblems.tooLarge(e)) {
            // a body over a limit (UploadLimit, the multipart reader's per-part limit), wherever it was noticed
            return problem(HttpStatus.CONTENT_TOO_LARGE, "请求体过大", detailFor(e, HttpStatus.CONTENT_TOO_LARGE));
        }
        if (StatementTimeout.stopped(e)) {
            log.warn("A statement ran past nianbao.database.statement-timeout and was stopped", e);
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "查询超时",
                    "这次查询用时超过数据库设定的上限，已被停止；请缩小地区、年份或搜索文字的范围后重试。");
        }
        log.error("Unhandled error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", "服务器处理请求时出错，请稍后重试；如持续出现请联系管理员。");
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                                   HttpStatusCode status, ServerWebExchange exchange) {
        HttpStatusCode answered = InputProblems.tooLarge(ex) ? HttpStatus.CONTENT_TOO_LARGE : status;
        ProblemDetail problem = problem(answered, titleFor(answered), detailFor(ex, answered));
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return Mono.just(ResponseEntity.status(answered).headers(headers).body(problem));
    }

    /** The Chinese detail for a refusal by the framework: what and where, never its English text or Java types. */
    static String detailFor(Throwable ex, HttpStatusCode status) {
        if (status.value() == 413) {
            return "请求体过大，超过服务器允许的上限";
        }
        if (ex instanceof ServerWebInputException input) {
            MethodParameter parameter = input.getMethodParameter();
            Throwable cause = input.getMostSpecificCause();
            boolean body = parameter != null && parameter.hasParameterAnnotation(RequestBody.class);
            if (body || cause instanceof DecodingException || input.getCause() instanceof DecodingException) {
                return InputProblems.body(input);
            }
            if (parameter != null) {
                return InputProblems.parameter(parameter, input instanceof MissingRequestValueException);
            }
            return "请求无效";
        }
        if (ex instanceof MethodNotAllowedException) {
            return "不支持此请求方法";
        }
        if (ex instanceof UnsupportedMediaTypeStatusException) {
            return "不支持此内容类型，请使用 application/json";
        }
        if (ex instanceof NotAcceptableStatusException) {
            return "无法以请求的格式（Accept）作答，请接受 application/json";
        }
        return switch (status.value()) {
            case 404 -> "请求的地址不存在";
            case 400 -> "请求无效";
            default -> status.is5xxServerError() ? "服务器处理请求时出错，请稍后重试；如持续出现请联系管理员。"
                    : "请求无法处理（HTTP " + status.value() + "）";
        };
    }

    static String titleFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "请求无效";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 406 -> "不支持的响应格式";
            case 413 -> "请求体过大";
            case 415 -> "不支持的内容类型";
            default -> status.is5xxServerError() ? "服务器内部错误" : "请求无法处理";
        };
    }

    static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
