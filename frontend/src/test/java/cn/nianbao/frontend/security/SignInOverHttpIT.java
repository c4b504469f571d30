package cn.nianbao.frontend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.NianbaoFrontend;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sign-in as a browser does it, over HTTP through Spring Security's filters: the form post to {@code /login} with
 * the page's CSRF token (and without it, as another site would post it), the provider asking the stub backend once,
 * the redirects, the session cookie (never in a URL, Secure behind HTTPS), the security headers. An IT (failsafe,
 * after the package phase): a real servlet container needs the production frontend bundle.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInOverHttpIT {

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> BackendStub.shared().url());
    }

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form as the page's vaadin-login-form does: with the CSRF token the page carries. */
    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        String form = meta(page.body(), "_csrf_parameter") + "=" + URLEncoder.encode(meta(page.body(), "_csrf"),
                StandardCharsets.UTF_8) + "&" + credentials(username, password);
        return postLogin(form);
    }

    private HttpResponse<String> postLogin(String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String credentials(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** The content of {@code <meta name="NAME" content="...">} in the page. */
    private static String meta(String html, String name) {
        Matcher meta = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]+)\"")
                .matcher(html);
        assertTrue(meta.find(), "the page carries " + name);
        return meta.group(1);
    }

    private String session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void everyPageButTheLoginNeedsASignedInUser() throws Exception {
        for (String path : List.of("/", "/comparison", "/users", "/audit", "/report/demo-city.t01/2023")) {
            HttpResponse<String> page = get(path);
            assertEquals(302, page.statusCode(), path);
            assertTrue(location(page).endsWith("/login"), path + " → " + location(page));
        }
        HttpResponse<String> login = get("/login");
        assertEquals(200, login.statusCode());
        // Spring Security's default headers
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(login.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        // the login page's own stylesheet, and the container's health check, need no sign-in
        assertEquals(200, get("/styles/nianbao.css").statusCode());
        assertEquals(200, get("/actuator/health").statusCode());
    }

    @Test
    void aWrongPasswordIsAskedOnceAndSendsTheBrowserBackWithError() throws Exception {
        int before = BackendStub.shared().received("POST /api/auth/login").size();

        HttpResponse<String> wrong = signIn("supervisor", "not-the-password");

        assertEquals(302, wrong.statusCode());
        assertTrue(location(wrong).endsWith("/login?error"), location(wrong));
        List<BackendStub.Request> asked = BackendStub.shared().received("POST /api/auth/login");
        assertEquals(before + 1, asked.size(), "one attempt is one sign-in at the backend (throttling counts them)");
        assertTrue(asked.getLast().body().contains("not-the-password"));
        assertEquals(302, get("/").statusCode(), "still not signed in");
    }

    @Test
    void aRightPasswordSignsInWithANewSessionAndTheTokenStaysOnTheServer() throws Exception {
        HttpResponse<String> page = get("/login");
        String anonymousSession = session();

        HttpResponse<String> signedIn = postLogin(meta(page.body(), "_csrf_parameter") + "="
                + URLEncoder.encode(meta(page.body(), "_csrf"), StandardCharsets.UTF_8) + "&"
                + credentials("supervisor", BackendStub.PASSWORD));

        assertEquals(302, signedIn.statusCode());
        assertTrue(location(signedIn).endsWith("/"), location(signedIn));
        assertNotEquals(anonymousSession, session(), "a new session id after signing in");
        String token = BackendStub.shared().tokensOf("supervisor").getLast();
        assertFalse(signedIn.headers().toString().contains(token));
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains(token), "the token never reaches the browser");
        assertTrue(cookies.getCookieStore().getCookies().stream().allMatch(c -> !c.getValue().contains(token)));
    }

    @Test
    void aFormPostedFromAnotherSiteDoesNotSignIn() throws Exception {
        // the attacker's page cannot read the dashboard's token; it posts the attacker's own credentials
        HttpResponse<String> forged = postLogin(credentials("supervisor", BackendStub.PASSWORD));

        assertEquals(403, forged.statusCode());
        assertEquals(302, get("/").statusCode(), "the browser is not signed in");
    }

    @Test
    void theSessionIdNeverAppearsInAnAddress() throws Exception {
        get("/login");
        String known = session();
        HttpClient cookieless = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        // a link carrying a session id (how a session is fixed on someone else): not taken up, not handed on
        HttpResponse<String> viaAddress = cookieless.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login;jsessionid=" + known)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> first = get("/");

        assertFalse(location(viaAddress).toLowerCase().contains("jsessionid"), location(viaAddress));
        assertFalse(viaAddress.body().contains(known));
        assertFalse(location(first).toLowerCase().contains("jsessionid"), location(first));
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() throws Exception {
        HttpClient fresh = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> behindProxy = fresh.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> direct = fresh.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(sessionCookie(behindProxy).contains("Secure"), sessionCookie(behindProxy));
        assertFalse(sessionCookie(direct).contains("Secure"), sessionCookie(direct));
        assertTrue(sessionCookie(direct).contains("HttpOnly"), sessionCookie(direct));
    }

    @Test
    void theLoginPageCarriesTheContentSecurityAndReferrerPolicies() throws Exception {
        HttpResponse<String> login = get("/login");

        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'self'"), policy);
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
    }

    @Test
    void signingOutNeedsTheCsrfTokenOfThePage() throws Exception {
        signIn("viewer", BackendStub.PASSWORD);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/logout")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "CSRF protection is on outside Vaadin's own requests");
        assertEquals(200, get("/").statusCode(), "still signed in");
    }
}
