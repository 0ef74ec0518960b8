package vn.ishc.fund.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Debian's chromium driven by its chromium-driver (never a browser Selenium would download): headless, with
 * a fresh profile, no background traffic. Tests that need it are skipped, saying how to install it, when absent.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Chromium() {
    }

    /** Skips the test without Chromium, saying how to install it; on CI (CI=true, after .ci/setup) its absence fails. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String how = "apt-get update && apt-get install -y chromium chromium-driver (as .ci/setup does)";
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must run the browser tests, but Chromium is not installed: " + how);
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed, so the browser tests are skipped: " + how);
    }

    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The viewport exactly this size (a phone's below 600 px wide), whatever the window's frame takes. */
    static void size(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height + 200));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The whole page as a PNG under target/screenshots (to be looked at). */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path to = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
