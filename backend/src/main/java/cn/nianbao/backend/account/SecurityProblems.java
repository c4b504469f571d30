package cn.nianbao.backend.account;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 from the security filters, and 400 for a request address the firewall rejects (an encoded slash
 * {@code %2F}, a {@code ;}, a {@code %00}, {@code ..}), as Chinese problem details like every other API error.
 */
@Component
class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    private final JsonMapper json;

    SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, "未登录或登录已失效",
                tokenGiven ? "令牌无效或已过期，请重新登录" : "请先登录");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, org.springframework.security.access.AccessDeniedException e) {
        return exchange.getPrincipal()
                .map(principal -> principal instanceof CallerAuthentication authentication
                        && authentication.getAuthorities().stream().anyMatch(authority ->
                        CallerAuthenticationConverter.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority())))
                .defaultIfEmpty(false)
                .flatMap(mustChange -> write(exchange, HttpStatus.FORBIDDEN, "无权操作",
                        mustChange ? "请先修改初始密码，然后再继续" : "当前用户无权访问此功能"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException e) {
        // the address is not echoed back: it is exactly what was found unsafe
        return write(exchange, HttpStatus.BAD_REQUEST, "请求地址无效",
                "请求地址中含有不允许的字符或写法（例如编码的斜杠 %2F、分号、空字符或“..”），已拒绝", false);
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        return write(exchange, status, title, detail, true);
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail,
                             boolean withInstance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (withInstance) {
            problem.setInstance(java.net.URI.create(exchange.getRequest().getPath().value()));
        }
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
    }
}
