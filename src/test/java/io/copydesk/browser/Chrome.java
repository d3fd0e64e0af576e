package io.copydesk.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user in Debian's headless Chromium, driven through the system chromedriver (nothing is
 * downloaded). Skips the test when Chromium is not installed, unless -Dbrowser.required=true
 * (as in CI), where a missing browser fails instead.
 */
final class Chrome implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final String base;
    private final Path profile;

    private Chrome(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException("Chromium and chromedriver are required here: " + CHROMIUM + ", " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(present, "Chromium not installed (apt-get install chromium chromium-driver)");
    }

    static Chrome open(String base) throws IOException {
        requireBrowser();
        Path profile = Files.createTempDirectory("copydesk-chrome-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chrome(driver, base.endsWith("/") ? base.substring(0, base.length() - 1) : base, profile);
    }

    void go(String path) {
        driver.get(base + path);
    }

    void login(String username, String password) {
        go("/login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        // wait for the next page, not just for a <main>: the login page has one too, so under load the old page
        // could still be there when the caller looks for the result (a failed CI run on a busy machine)
        clickAndWait("form button[type=submit]");
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    WebElement waitVisible(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Puts text into a field as a paste would: at once, with an input event. */
    void paste(String css, String text) {
        js("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", css, text);
    }

    /** Submits the form the element belongs to by clicking it, and waits for the next page. */
    void clickAndWait(String css) {
        WebElement old = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // the old page was replaced (Chromium reports a detached node in more than one way)
            }
        });
        waitFor(By.cssSelector("main"));
    }

    /** Selects a passage of the story with the mouse's equivalent: a DOM selection over the text. */
    void selectInStory(String passage) {
        Object found = js("""
                const story = document.getElementById('story-text');
                const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode())) {
                  const i = node.textContent.indexOf(arguments[0]);
                  if (i >= 0) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + arguments[0].length);
                    const sel = window.getSelection();
                    sel.removeAllRanges();
                    sel.addRange(range);
                    return true;
                  }
                }
                return false;""", passage);
        if (!Boolean.TRUE.equals(found)) {
            throw new AssertionError("passage not found in the story: " + passage);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
