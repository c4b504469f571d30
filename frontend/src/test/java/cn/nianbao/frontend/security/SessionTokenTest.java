package cn.nianbao.frontend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.overview.OverviewView;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

/** The token through a session: renewed before it expires, a refused one ends the session, exports are recorded. */
@ViewPackages(classes = {MainLayout.class, LoginView.class, OverviewView.class})
class SessionTokenTest extends DashboardTest {

    private static BackendAuthentication signedIn() {
        return CurrentUser.authentication().orElseThrow();
    }

    @Test
    @SignedInAs("shortlived")
    void aTokenCloseToItsEndIsRenewedBeforeTheNextCallAndReplacedInTheSession() {
        // signed in with a token for less than a minute; the first page (opened as the UI starts) renewed it
        List<String> tokens = BackendStub.shared().tokensOf("shortlived");
        String first = tokens.get(tokens.size() - 2);
        String renewed = tokens.getLast();
        assertEquals(renewed, signedIn().token().token());
        assertTrue(signedIn().token().expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(10))));
        List<BackendStub.Request> withFirst = BackendStub.shared().receivedWith(first);
        assertEquals(List.of("POST /api/auth/refresh"), withFirst.stream().map(BackendStub.Request::key).toList());

        navigate(OverviewView.class);

        List<String> withRenewed = BackendStub.shared().receivedWith(renewed).stream().map(BackendStub.Request::key)
                .toList();
        assertTrue(withRenewed.contains("GET /api/agencies"), withRenewed.toString());
        assertTrue(BackendStub.shared().receivedWith(first).size() == 1, "the old token was not used again");
        assertEquals("令牌将到期的督查员", signedIn().user().displayName());
    }

    @Test
    @SignedInAs("former")
    void aRefusedTokenEndsTheSessionAndSendsThePageToTheLoginWithAReason() {
        // the first page (opened as the UI starts) met the refused token
        OverviewView page = $(OverviewView.class).single();
        String message = $(BackendErrorMessage.class, page).single().getElement().getTextRecursively();
        assertEquals("登录已失效，请重新登录。", message);
        assertTrue(CurrentUser.authentication().isEmpty(), "signed out");
        assertEquals("login?expired", ((MockPage) UI.getCurrent().getPage()).getLastExternalNavigationURL());

        navigate("", LoginView.class);
    }

    @Test
    @SignedInAs(value = "supervisor", from = "198.51.100.44")
    void downloadingAChartIsRecordedInTheAuditLogAsAnExportOfTheRegion() throws Exception {
        navigate(OverviewView.class);
        String token = signedIn().token().token();
        Anchor png = $(Anchor.class).withClassName("chart-download-png").single();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test(png).download(bytes);
        assertTrue(bytes.size() > 1000, "the PNG came");

        BackendStub.Request export = await(token, "POST /api/audit/exports");
        assertEquals("{\"agency_code\":\"demo-city\",\"what\":\"示例市各乡镇（街道）本年新收政府信息公开申请数量 PNG\"}",
                export.body());
        assertEquals("Bearer " + token, export.authorization());
        assertTrue(export.forwardedFor() != null && !export.forwardedFor().isBlank());
    }

    private static BackendStub.Request await(String token, String key) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            var found = BackendStub.shared().receivedWith(token).stream().filter(r -> r.key().equals(key))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(key + " never arrived");
    }
}
