package cn.nianbao.frontend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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
        navigate(OverviewView.class);

        // every token of this user has less than a minute left: each call is preceded by a renewal with the
        // previous token, and the session always holds the newest
        List<String> tokens = BackendStub.shared().tokensOf("shortlived");
        String previous = tokens.get(tokens.size() - 2);
        String newest = tokens.getLast();
        assertEquals(newest, signedIn().token().token());
        List<String> withPrevious = BackendStub.shared().receivedWith(previous).stream()
                .map(BackendStub.Request::key).toList();
        assertEquals("POST /api/auth/refresh", withPrevious.getLast(), withPrevious.toString());
        assertEquals(2, withPrevious.size(), "one call, then renewed: " + withPrevious);
        List<String> withNewest = BackendStub.shared().receivedWith(newest).stream().map(BackendStub.Request::key)
                .toList();
        assertEquals(List.of("GET /api/charts/reviews/data?region=demo-city&from=2019&to=2024&kind=TOWNSHIP"),
                withNewest, "the page's last call");
        assertEquals("令牌将到期的督查员", signedIn().user().displayName());
    }

    @Test
    @SignedInAs("shortlived")
    void whileThePageIsOpenEachHeartbeatRenewsATokenCloseToItsEnd() {
        String before = signedIn().token().token();

        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());

        String after = signedIn().token().token();
        assertTrue(!after.equals(before), "renewed on the heartbeat");
        assertEquals("POST /api/auth/refresh", BackendStub.shared().receivedWith(before).getLast().key());
        assertTrue(BackendStub.shared().receivedWith(after).isEmpty(), "nothing else was asked");
    }

    @Test
    @SignedInAs("supervisor")
    void aHeartbeatLeavesATokenWithTimeEnoughAlone() {
        String token = signedIn().token().token();
        int calls = BackendStub.shared().receivedWith(token).size();

        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());

        assertEquals(token, signedIn().token().token());
        assertEquals(calls, BackendStub.shared().receivedWith(token).size());
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
    void downloadingAChartAsksTheBackendsExportWithTheUsersTokenAndAddress() throws Exception {
        navigate(OverviewView.class);
        String token = signedIn().token().token();
        Anchor png = $(Anchor.class).withClassName("chart-download-png").all().get(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test(png).download(bytes);
        assertTrue(bytes.size() > 100, "the chart came");

        // the backend's export endpoint draws the file and records the export in the audit log itself
        BackendStub.Request export = await(token,
                "GET /api/exports/charts/outcomes?region=demo-city&from=2019&to=2024&kind=TOWNSHIP&format=png&scale=2");
        assertEquals("Bearer " + token, export.authorization());
        // the address of the download's own request
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
