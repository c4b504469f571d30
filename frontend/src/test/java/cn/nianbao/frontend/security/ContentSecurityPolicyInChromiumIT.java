package cn.nianbao.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.NianbaoFrontend;
import cn.nianbao.frontend.e2e.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Content-Security-Policy does not break the dashboard: in Chromium, the login form (which posts Spring
 * Security's CSRF token from the page) signs in, the pages with charts and tables render, and the browser reports no
 * violation of the policy on the way.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyInChromiumIT {

    /** Collects every violation the page reports, from before its first script runs. */
    private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI));";

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> BackendStub.shared().url());
    }

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void openChromium() {
        browser = HeadlessChromium.start("--lang=zh-CN");
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardWorksUnderItsPolicy() {
        browser.get("http://localhost:" + port + "/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("supervisor");
        WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(BackendStub.PASSWORD);
        assertThat(violations()).as("on the login page").isEmpty();
        password.sendKeys(Keys.ENTER);

        waitFor(By.cssSelector(".main-layout"));
        waitFor(By.cssSelector(".chart-image"));
        assertThat(violations()).as("on the overview").isEmpty();

        browser.get("http://localhost:" + port + "/report/demo-city.t01/2023");
        waitFor(By.cssSelector(".main-layout"));
        waitFor(By.cssSelector(".template-table"));
        assertThat(violations()).as("on a report").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return window.__cspViolations || [];");
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            List<WebElement> found = driver.findElements(locator);
            return found.isEmpty() ? null : found.getFirst();
        });
    }
}
