package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.NianbaoFrontend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 新建用户 in Debian's Chromium against the stub: the scope is found by typing part of its name, each body shown with
 * the places above it, and the one picked is what the form sends. Screenshot {@code users-scope-picker.png}.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserScopeInChromiumIT {

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> BackendStub.shared().url());
    }

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void openChromium() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aScopeIsPickedByTypingPartOfItsName() throws Exception {
        int before = BackendStub.shared().requests().size();
        browser.signIn("admin", BackendStub.PASSWORD);
        browser.open("/users");
        browser.waitForText("东城街道填报员");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.new-user")));
        browser.waitFor(By.cssSelector("vaadin-text-field.user-username input")).sendKeys("zhangsan");
        browser.driver().findElement(By.cssSelector("vaadin-text-field.user-display-name input")).sendKeys("张三");

        WebElement scope = browser.waitFor(By.cssSelector("vaadin-combo-box.user-scope-picker input"));
        scope.sendKeys("城关");
        WebElement choice = browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '城关镇')]"));
        assertThat(choice.getText()).contains("示例市城关镇人民政府", "示例市");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-combo-box-item"))).hasSize(1);
        browser.screenshot("users-scope-picker");
        choice.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> "示例市城关镇人民政府（示例市）"
                .equals(scope.getDomProperty("value")));
        browser.screenshot("users-scope-picked");

        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.save-user")));
        browser.waitFor(By.cssSelector("vaadin-button.close-one-time-password"));
        List<BackendStub.Request> created = BackendStub.shared().received("POST /api/users");
        assertThat(created.getLast().body()).contains("\"username\":\"zhangsan\"",
                "\"scope_agency_code\":\"demo-city.t05\"");
        List<String> requests = BackendStub.shared().requests();
        assertThat(requests.subList(before, requests.size())).as("the tree is never loaded whole").noneMatch(request -> request.equals("GET /api/agencies"));
    }
}
