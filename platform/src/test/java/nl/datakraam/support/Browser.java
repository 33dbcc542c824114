// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for end-to-end tests of pages that need JavaScript: Debian's headless Chromium driven through its
 * ChromeDriver ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them). Nothing is
 * downloaded: the binaries are {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or the system
 * properties {@code datakraam.chromium} and {@code datakraam.chromedriver}. One instance is one browser window;
 * close it (try-with-resources). Not thread-safe.
 *
 * <p>Without Chromium a test that starts one fails under CI ({@code CI=true}) with how to install it, and is skipped
 * with the same message elsewhere, as tests that need {@code ../shared} are.
 */
public final class Browser implements AutoCloseable {

    /** The Chromium binary. */
    public static final Path CHROMIUM = Path.of(System.getProperty("datakraam.chromium", "/usr/bin/chromium"));
    /** Its driver, of the same version. */
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("datakraam.chromedriver",
            "/usr/bin/chromedriver"));
    /** Where screenshots go, under the module's build directory. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
    }

    /** A browser with JavaScript, a window of {@code width} × {@code height} CSS pixels, Dutch preferred. */
    public static Browser start(int port, int width, int height) {
        return start(port, width, height, true);
    }

    /**
     * A browser as {@link #start(int, int, int)}, with JavaScript on or off (off: to check a page works without).
     */
    public static Browser start(int port, int width, int height, boolean javaScript) {
        requireInstalled();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=nl-NL",
                "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl",
                "profile.managed_default_content_settings.javascript", javaScript ? 1 : 2));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), port);
    }

    /**
     * Fails (under CI) or skips (elsewhere) the calling test when Chromium or ChromeDriver is missing, saying how to
     * install them.
     */
    public static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                + "; install them with: apt-get install -y chromium chromium-driver (.ci/run does).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    /** The driver, for what this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, e.g. {@code /kwaliteit}, and waits for the document to be loaded. */
    public void open(String path) {
        driver.get(base + path);
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Signs in through the form at {@code /inloggen}, as a person would. */
    public void signIn(String username, String password) {
        open("/inloggen");
        WebElement user = driver.findElement(By.name("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.xpath("//input[@name='password']/ancestor::form//button[@type='submit']")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/inloggen"));
    }

    /** Waits until an element matching the CSS selector is present, and returns it. */
    public WebElement await(String cssSelector) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(cssSelector)));
    }

    /** The elements matching a CSS selector now. */
    public List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /**
     * The console messages of level SEVERE since the last call: JavaScript errors and failed loads. Read them after
     * the page settled.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Saves a PNG of the whole page (the window grown to the document's height) as {@code name} under
     * {@link #SCREENSHOTS}; returns the file.
     */
    public Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = (Long) driver.executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(height,
                window.getHeight())));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
