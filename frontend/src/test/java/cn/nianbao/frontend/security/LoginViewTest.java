package cn.nianbao.frontend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.overview.OverviewView;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

/** The login page in Chinese, and what it says after a failed sign-in, an ended session and signing out. */
@ViewPackages(classes = {MainLayout.class, LoginView.class, OverviewView.class})
class LoginViewTest extends DashboardTest {

    /** What the browser's vaadin-login-form gets: its i18n (texts and error message) and whether it shows the error. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void openAfterFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    /** Opens /login?{flag}, as Spring Security's handlers send the browser there. */
    private LoginView open(String flag) {
        UI.getCurrent().navigate(Routes.LOGIN, QueryParameters.of(flag, ""));
        return $(LoginView.class).single();
    }

    @Test
    @WithAnonymousUser
    void theFormIsInChineseWithTheProductNameAndPostsToSpringSecurity() {
        LoginView login = navigate(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertEquals("login", form.getAction());
        String texts = i18n(form);
        for (String text : new String[] {"用户登录", "用户名", "密码", "登录", "用户名或密码错误"}) {
            assertTrue(texts.contains(text), text + " in " + texts);
        }
        String page = login.getElement().getTextRecursively();
        assertTrue(page.contains("年报通") && page.contains("政府信息公开工作年度报告分析"), page);
        assertFalse(form.isError());
        assertFalse(form.isForgotPasswordButtonVisible());
        assertEquals("用户登录 · 年报通", login.getPageTitle());
    }

    @Test
    @WithAnonymousUser
    void aWrongPasswordSaysUsernameOrPasswordIsWrong() {
        openAfterFailure(new BadCredentialsException("用户名或密码错误"));
        open("error");
        LoginForm form = $(LoginForm.class).single();
        assertTrue(form.isError());
        assertTrue(i18n(form).contains("用户名或密码错误"));
        assertNull(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION),
                "shown once");
    }

    @Test
    @WithAnonymousUser
    void aLockedAccountShowsTheBackendsSentenceWithTheTime() {
        openAfterFailure(new LockedException("登录失败次数过多，账号已锁定至 2026-03-01 10:45（北京时间）"));
        open("error");
        LoginForm form = $(LoginForm.class).single();
        assertTrue(form.isError());
        String texts = i18n(form);
        assertTrue(texts.contains("账号已锁定") && texts.contains("账号已锁定至 2026-03-01 10:45（北京时间）"), texts);
    }

    @Test
    @WithAnonymousUser
    void anUnreachableBackendIsNamed() {
        openAfterFailure(new SignInUnavailableException(new BackendException(BackendException.Reason.UNREACHABLE,
                "http://127.0.0.1:9", 0, null, null, java.util.List.of(), null)));
        open("error");
        String texts = i18n($(LoginForm.class).single());
        assertTrue(texts.contains("暂时无法登录") && texts.contains("无法连接后端服务（http://127.0.0.1:9），请确认后端已启动。"),
                texts);
    }

    @Test
    @WithAnonymousUser
    void anEndedSessionAndASignOutAreExplained() {
        open("expired");
        LoginForm form = $(LoginForm.class).single();
        assertTrue(form.isError());
        assertTrue(i18n(form).contains("登录已失效，请重新登录"));

        open("logout");
        assertTrue($(Paragraph.class).withClassName("login-notice").single().getText().contains("您已安全退出"));
        assertFalse($(LoginForm.class).single().isError());
    }

    @Test
    @SignedInAs("supervisor")
    void aSignedInUserIsNotShownTheLoginAgain() {
        navigate("login", OverviewView.class);
    }
}
