package cn.nianbao.frontend.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its driver, headless, for the browser tests. Without them a developer's run skips these
 * tests with a note, but in CI ({@code CI=true}, where {@code .ci/run} installs them) their absence is a failure:
 * a skipped browser test must never pass for a green one.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MISSING =
            "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";

    private HeadlessChromium() {
    }

    /** A new browser; {@code extraArguments} such as {@code --lang=zh-CN}. */
    public static ChromeDriver start(String... extraArguments) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(installed, MISSING);
        } else {
            Assumptions.assumeTrue(installed, MISSING);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000");
        options.addArguments(List.of(extraArguments));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }
}
