package cn.nianbao.frontend.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form post without the page's CSRF token — from another site, or from a page whose session has ended — is refused
 * with 403 and a short Chinese page leading back to the login. Written here rather than through the servlet error
 * page, which would send the browser to the login page with a 302 and hide the refusal. Other refusals go on as
 * Spring Security's default would.
 */
class CsrfRefusal implements AccessDeniedHandler {

    private static final byte[] PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>请求被拒绝 · 年报通</title></head>
            <body><p>请求未通过安全校验：页面可能已过期，或来自其他网站。</p><p><a href="login">返回登录页</a></p></body>
            </html>
            """.getBytes(StandardCharsets.UTF_8);

    private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        if (!(denied instanceof CsrfException)) {
            others.handle(request, response, denied);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(PAGE.length);
        response.getOutputStream().write(PAGE);
    }
}
