package cn.nianbao.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.NianbaoFrontend;
import cn.nianbao.frontend.e2e.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A signed-in page left alone ends its session although Vaadin's heartbeats keep arriving: the next click leads to
 * the login page with 登录已失效. The product's 30 minutes are 1 minute here (the servlet container counts in minutes),
 * the heartbeat every 10 seconds instead of 2 minutes; the stub stands in for the backend.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.servlet.session.timeout=1m", "vaadin.heartbeat-interval=10"})
class IdleSessionIT {


    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> BackendStub.shared().url());
    }

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPageLeftAloneLongerThanTheTimeoutIsSignedOutDespiteTheHeartbeats() throws InterruptedException {
        browser.get("http://localhost:" + port + "/login");
        // pages change under the test's feet while it waits: an element gone stale is looked for again
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(driver -> !driver.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        browser.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("supervisor");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(BackendStub.PASSWORD, Keys.ENTER);
        wait.until(driver -> !driver.findElements(By.cssSelector(".chart-image")).isEmpty());

        // a minute without user activity, and a heartbeat or two more for Vaadin to notice
        Thread.sleep(Duration.ofSeconds(85));

        browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space(.)='乡镇对比']")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("/login?expired"));
        wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("登录已失效，请重新登录"));
        // and the server-side session is gone with its sign-in, not only Vaadin's UI
        browser.get("http://localhost:" + port + "/comparison");
        wait.until(driver -> driver.getCurrentUrl().endsWith("/login"));
        assertThat(browser.findElements(By.cssSelector(".comparison-view"))).isEmpty();
    }
}
