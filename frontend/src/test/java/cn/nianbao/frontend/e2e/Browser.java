package cn.nianbao.frontend.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Chromium on the dashboard, as a user drives it: sign in, open pages, wait for them, take screenshots. */
final class Browser implements AutoCloseable {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final int port;

    Browser(int port) {
        this.driver = HeadlessChromium.start("--lang=zh-CN");
        this.port = port;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void signIn(String username, String password) {
        open("/login");
        WebElement name = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        name.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        waiting().until(browser -> !browser.getCurrentUrl().contains("/login"));
        waitFor(By.cssSelector(".main-layout"));
    }

    WebElement waitFor(By locator) {
        return waiting().until(browser -> {
            List<WebElement> found = browser.findElements(locator);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    void waitForText(String text) {
        waiting().until(browser -> browser.findElement(By.tagName("body")).getText().contains(text));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Scrolls {@code element} to the top of the view, for a screenshot of it. */
    void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    /** Clicks an element, brought into the middle of the view first (the page scrolls in the app layout). */
    void clickInView(WebElement element) {
        // the charts above load while the page is read and push what is below them down: the click goes to the
        // element itself, wherever it is then
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                element);
    }

    /** The file input of a {@code vaadin-upload}, where a test types the path of the file to upload. */
    static WebElement fileInput(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        return light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : light.getFirst();
    }

    void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("nianbao.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PAGE_TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
