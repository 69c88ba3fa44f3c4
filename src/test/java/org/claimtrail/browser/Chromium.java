package org.claimtrail.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (no driver download), with a
 * fresh profile and a download folder of its own. Also the keyboard, axe-core and screenshots.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    static final Path VNU = Path.of("src/test/browser/node_modules/vnu-jar/build/dist/vnu.jar");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String baseUrl;

    Chromium(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("claimtrail-chromium-profile-");
        this.downloads = Files.createTempDirectory("claimtrail-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000",
                "--lang=en-GB");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Why this machine cannot run the browser tests, or null when it can. */
    static String missing() {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            return "Chromium or chromedriver not found (" + BINARY + ", " + DRIVER + "); install the Debian packages "
                    + "chromium and chromium-driver, as .ci/run does";
        }
        if (!Files.isReadable(AXE) || !Files.isReadable(VNU)) {
            return "axe-core or vnu-jar not found in src/test/browser/node_modules; ./mvnw verify installs them "
                    + "(npm ci in src/test/browser)";
        }
        return null;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab from the current focus until the element has focus: proof that a keyboard user
     * can reach it. Fails after 150 presses.
     */
    void tabTo(WebElement target) {
        for (int press = 0; press < 150; press++) {
            if (Objects.equals(focused(), target)) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + describe(target) + " on " + path());
    }

    /** Tab to the control and type into it, as a keyboard-only user fills a form. */
    void type(String css, String text) {
        WebElement field = find(css);
        tabTo(field);
        new Actions(driver).sendKeys(text).perform();
    }

    /** Tab to a list and pick the option by typing the start of its text, as the keyboard does. */
    void choose(String css, String optionText) {
        WebElement select = find(css);
        tabTo(select);
        new Actions(driver).sendKeys(optionText).perform();
    }

    /** Tab to a list and move to the next option with the arrow key. */
    void chooseNextOption(String css) {
        tabTo(find(css));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
    }

    /** Tab to a link or button and press Enter; waits until the next page has replaced this one. */
    void pressEnterOn(String css) {
        WebElement page = find("html");
        pressEnterToStay(css);
        // Chrome reports the old page's node either as stale or as "not in the document".
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Tab and Enter on something that does not leave the page, such as a download link. */
    void pressEnterToStay(String css) {
        tabTo(find(css));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /** Every element the Tab key visits, starting from the top of the page, in order. */
    @SuppressWarnings("unchecked")
    List<WebElement> tabOrder() {
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
                + "window.__tabbed = [];"
                + "document.addEventListener('focusin', e => window.__tabbed.push(e.target), true);");
        new Actions(driver).moveToLocation(0, 0).perform();
        // Real Tab presses, all in one go: the page records where each lands. One round trip for
        // the page, where reading the focus after every press cost three (half a minute a run).
        long focusable = (Long) driver.executeScript("return document.querySelectorAll("
                + "'a[href], button, input, select, textarea, [tabindex], summary, label.menu-button').length;");
        Actions presses = new Actions(driver);
        for (long press = 0; press < Math.min(200, 2 * focusable + 10); press++) {
            presses.sendKeys(Keys.TAB);
        }
        presses.perform();
        List<WebElement> landed = (List<WebElement>) driver.executeScript("return window.__tabbed;");
        List<WebElement> visited = new ArrayList<>();
        for (WebElement now : landed) {
            if (!visited.isEmpty() && now.equals(visited.get(0))) {
                break;
            }
            if (!visited.contains(now)) {
                visited.add(now);
            }
        }
        return visited;
    }

    /** axe-core's serious and critical violations on the current page, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() throws IOException {
        driver.executeScript(Files.readString(AXE));
        Map<String, Object> results = (Map<String, Object>)
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            String impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                    serious.add(impact + " " + violation.get("id") + ": " + node.get("target") + " — "
                            + violation.get("help"));
                }
            }
        }
        return serious;
    }

    /** A phone's screen, {@code width} CSS pixels wide (a headless window cannot be made narrower than 500). */
    void phone(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the desktop window the browser started with. */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The operating system's dark or light preference, as a page's prefers-color-scheme sees it. */
    void colourScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** How many pixels the page is wider than the screen: 0 when nothing scrolls sideways. */
    long horizontalOverflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** Whether the element's top is on the screen as the page stands scrolled, not above or below it. */
    boolean onScreen(String css) {
        return (Boolean) driver.executeScript(
                "const top = arguments[0].getBoundingClientRect().top; return top >= 0 && top < window.innerHeight;",
                find(css));
    }

    /** The browser's cookies for this site as a Cookie header, so a plain HTTP client can fetch what it sees. */
    String cookieHeader() {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(WebElement element) {
        String name = element.getAttribute("name");
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id)
                + (name == null || name.isEmpty() ? "" : " name=" + name) + ">";
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        for (Path directory : List.of(profile, downloads)) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
