package dev.connector.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by the chromedriver beside it: both paths are fixed, so nothing
 * is looked up or downloaded when the tests run. Outside CI a machine without them skips the browser tests; in CI
 * (CI=true) their absence fails, since {@code scripts/install-browser} should have put them there.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;

    private ConsoleBrowser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Skips the calling tests (or fails them in CI) when Chromium or its driver is not installed. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + ": run scripts/install-browser first.");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (scripts/install-browser installs it)");
    }

    static ConsoleBrowser open(String baseUrl, String... extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(extraArguments);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en-GB", "--no-first-run", "--disable-extensions",
                "--hide-scrollbars", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ConsoleBrowser(new ChromeDriver(service, options), baseUrl);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the console, e.g. {@code go("#/deliveries")}. */
    void go(String hash) {
        driver.get(baseUrl + "/console/" + hash);
    }

    /** Forgets the admin token, as closing the tab would, and loads the page again. */
    void forgetToken() {
        script("sessionStorage.clear()");
        driver.navigate().refresh();
    }

    /** Clicks the first element {@code locator} finds, again if the page redrew it in the meantime. */
    void clickWhenReady(By locator) {
        waitUntil(d -> {
            WebElement element = d.findElement(locator);
            script("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    void signIn(String token) {
        WebElement input = waitFor(By.id("admin-token"));
        input.clear();
        input.sendKeys(token);
        driver.findElement(By.id("sign-in")).click();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until {@code locator} shows {@code text} somewhere in its text. */
    void waitForText(By locator, String text) {
        waitUntil(d -> {
            List<WebElement> found = d.findElements(locator);
            return !found.isEmpty() && found.getFirst().getText().contains(text);
        });
    }

    /** Clicks the button with exactly this text inside {@code scope}. */
    void click(WebElement scope, String buttonText) {
        WebElement button = scope.findElement(By.xpath(".//button[normalize-space(.)='" + buttonText + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    void click(String buttonText) {
        click(driver.findElement(By.tagName("body")), buttonText);
    }

    /** Sets an input found by its label text. */
    WebElement field(WebElement scope, String label) {
        WebElement labelElement = scope.findElement(By.xpath(".//label[normalize-space(.)='" + label + "']"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    void type(WebElement scope, String label, String text) {
        WebElement input = field(scope, label);
        input.clear();
        input.sendKeys(text);
    }

    void choose(WebElement scope, String label, String optionText) {
        new Select(field(scope, label)).selectByVisibleText(optionText);
    }

    /** A card of the page by its heading. */
    WebElement card(String title) {
        return waitFor(By.cssSelector("section.card[aria-label='" + title + "']"));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Writes the whole page (not only the window) to target/console-screenshots/{name}.png. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) script("return Math.min(6000, Math.max(document.documentElement.scrollHeight, 600))");
        try {
            driver.manage().window().setSize(new Dimension(before.getWidth(), height.intValue() + 140));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Accessibility rules of the page as it stands, checked in the browser: every visible form control has a label,
     * every button and link a name, nothing interactive is taken out of the tab order, and the page does not scroll
     * sideways (wide tables scroll inside their own region). Returns the problems found.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems() {
        return (List<String>) script("""
                const problems = [];
                const visible = (el) => el.offsetParent !== null || el.getClientRects().length > 0;
                const describe = (el) => el.outerHTML.slice(0, 120);
                document.querySelectorAll('input, select, textarea').forEach((el) => {
                  if (el.type === 'hidden' || !visible(el)) return;
                  const named = el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
                  if (!named) problems.push('control without label: ' + describe(el));
                });
                document.querySelectorAll('button, a[href]').forEach((el) => {
                  if (!visible(el)) return;
                  if (!(el.textContent.trim() || el.getAttribute('aria-label'))) problems.push('no name: ' + describe(el));
                  if (el.tabIndex < 0) problems.push('not reachable by keyboard: ' + describe(el));
                });
                document.querySelectorAll('tr.clickable').forEach((el) => {
                  if (el.tabIndex < 0) problems.push('row not reachable by keyboard: ' + describe(el));
                });
                if (document.documentElement.scrollWidth > window.innerWidth + 1) {
                  problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
                }
                return problems;
                """);
    }

    /**
     * Presses Tab through the page and answers what got focus, with whether the focus was drawn (an outline or a
     * box shadow). At most {@code presses} presses.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tabThrough(int presses) {
        // A fresh load puts the keyboard at the start of the document, where a user arriving on the page is.
        driver.navigate().refresh();
        waitFor(By.cssSelector("main .page h1"));
        List<Map<String, Object>> focused = new java.util.ArrayList<>();
        for (int i = 0; i < presses; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            focused.add((Map<String, Object>) script("""
                    const el = document.activeElement;
                    const style = getComputedStyle(el);
                    const drawn = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                        || (style.boxShadow && style.boxShadow !== 'none');
                    return {tag: el.tagName, text: (el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 60),
                            href: el.getAttribute('href') || '', drawn: drawn};
                    """));
        }
        return focused;
    }

    void assertAccessible(String page) {
        assertThat(accessibilityProblems()).as(page).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
