package org.factdesk.ear.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor screens as a browser sees them: logging in and out, the queue, the claim page. Waits on
 * PrimeFaces (scripts loaded, ajax queue empty) and on the elements an update changes — never on the clock.
 */
final class EditorPages implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Pattern TOTAL = Pattern.compile("of\\s+(\\d+)");

    private final ChromeDriver driver;
    private final URI base;
    private final WebDriverWait wait;
    /** Chromium's profile for this browser only, removed on close so that runs do not fill /tmp. */
    private final Path profile;

    EditorPages(URI base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            profile = Files.createTempDirectory("factdesk-chromium");
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1400,1000",
                    "--user-data-dir=" + profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        // polled every 20 ms: Selenium's default of 500 ms would add up to half a second to every timed step
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20));
    }

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test, printing why, on a machine without Debian's Chromium and ChromeDriver. */
    static void assumeBrowserInstalled(Class<?> test) {
        org.junit.jupiter.api.Assumptions.assumeTrue(browserInstalled(), () -> {
            String reason = "Skipping " + test.getSimpleName() + ": " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)";
            System.out.println(reason);
            return reason;
        });
    }

    void logIn(String username, String password) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        waitForPrimeFaces();
    }

    void logOut() {
        driver.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
        waitForPrimeFaces();
    }

    /** Opens a page that may not carry PrimeFaces (an error page), waiting only for the document. */
    void openPlain(String path) {
        driver.get(base.resolve(path).toString());
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Types into a plain form's field and submits it with Enter, as on the public pages (no PrimeFaces there). */
    void submitPlain(String id, String text, String expectedUrl) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains(expectedUrl));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Follows a link with the keyboard (focus, then Enter) and waits for the page it opens. */
    void followLink(String cssSelector, String expectedUrl) {
        driver.findElement(By.cssSelector(cssSelector)).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains(expectedUrl));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks the label inside the container whose text is the given one, e.g. a checkbox's. */
    void clickLabel(String containerCss, String label) {
        driver.findElements(By.cssSelector(containerCss + " label")).stream()
                .filter(element -> element.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No label " + label + " in " + containerCss))
                .click();
    }

    /** Types into the queue's search box and applies it (Enter is the form's default command). */
    void searchQueue(String text) {
        WebElement search = driver.findElement(By.id("filters:text"));
        search.clear();
        search.sendKeys(text, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        waitForPrimeFaces();
    }

    /** The queue's total as its paginator reports it ("1–25 of 9 claims"). */
    int queueTotal() {
        String report = text("#queue\\:claims .ui-paginator-current");
        Matcher total = TOTAL.matcher(report);
        if (!total.find()) {
            throw new AssertionError("No total in the paginator report: " + report);
        }
        return Integer.parseInt(total.group(1));
    }

    /**
     * The text of the queue row whose statement is the given one, read again if a live update replaces the
     * table while it is being read (a change pushed to every queue, the reader's own included).
     */
    String queueRowText(String statement) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> queueRow(statement).getText());
    }

    /** The queue row whose statement is the given text. */
    WebElement queueRow(String statement) {
        return driver.findElements(By.cssSelector("#queue\\:claims_data > tr")).stream()
                .filter(row -> row.findElements(By.linkText(statement)).size() == 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No queue row for: " + statement));
    }

    void openClaim(String statement) {
        queueRow(statement).findElement(By.linkText(statement)).click();
        wait.until(ExpectedConditions.urlContains("claim/index.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attribution")));
        waitForPrimeFaces();
    }

    /** Pastes an article into the intake page and waits for the analysed article and its candidates. */
    void analyzeArticle(String publisher, String article) {
        open("intake/index.xhtml");
        driver.findElement(By.id("intake:publisher")).sendKeys(publisher);
        WebElement text = driver.findElement(By.id("intake:text"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", text, article);
        text.sendKeys(" ");
        driver.findElement(By.id("intake:analyze")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fd-candidate")));
        waitForPrimeFaces();
    }

    /** Accepts the candidate claim whose sentence contains the text, and waits for the new claim's page. */
    void acceptCandidate(String containing) {
        driver.findElements(By.cssSelector(".fd-candidate")).stream()
                .filter(candidate -> candidate.getText().contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No candidate containing: " + containing))
                .findElement(By.tagName("button"))
                .click();
        wait.until(ExpectedConditions.urlContains("claim/index.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attribution")));
        waitForPrimeFaces();
    }

    /** Opens a claim page by id, as a link or a notification would. */
    void openClaim(long id) {
        open("claim/index.xhtml?id=" + id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attribution")));
    }

    /** Presses a workflow button that opens the reason/assignee dialog ("Dismiss…") and waits for the dialog. */
    void openMoveDialog(String label) {
        driver.findElements(By.cssSelector("#actions .move")).stream()
                .filter(button -> button.getText().equals(label + "…"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button " + label + "…"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transitionForm:reason")));
        waitForPrimeFaces();
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the element and waits for any ajax it started to finish. */
    void click(String cssSelector) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)))
                .click();
        waitForPrimeFaces();
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label: opens the menu, clicks the item. */
    void choose(String id, String label) {
        String menu = "#" + id.replace(":", "\\:");
        click(menu);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(menu + "_panel")));
        // the list fades in too: Chromium 156 drops a click on an item before the list is fully shown
        wait.until(d -> "1"
                .equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return getComputedStyle(document.querySelector(arguments[0])).opacity",
                                menu + "_panel")));
        click(menu + "_items li[data-label=\"" + label + "\"]");
        // the list fades out: a click on what lies under it in the meantime would land on the list
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(menu + "_panel")));
    }

    /** Waits until the element is there and its text contains the given text; returns the whole text. */
    String waitForText(String cssSelector, String contained) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), contained));
        return text(cssSelector);
    }

    boolean present(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    void waitUntilAbsent(String cssSelector) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(cssSelector), 0));
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** Waits until the page's websocket to the given channel is open, so no push is missed. */
    void waitForPush(String channel) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !!(window.factdesk && factdesk.open && factdesk.open['" + channel + "'])"));
    }

    /** Runs a script in the page, e.g. to drive a text selection the way a mouse would leave it. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String attribute(String cssSelector, String name) {
        return driver.findElement(By.cssSelector(cssSelector)).getDomAttribute(name);
    }

    void waitVisible(String cssSelector) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        waitForPrimeFaces();
    }

    /** Ticks the selection checkbox of the queue row showing the statement. */
    void selectQueueRow(String statement) {
        queueRow(statement)
                .findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box"))
                .click();
        waitForPrimeFaces();
    }

    /** A cookie of the browser's session, e.g. JSESSIONID, to make plain HTTP requests as the same user. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        if (cookie == null) {
            throw new AssertionError("The browser holds no cookie " + name);
        }
        return cookie.getValue();
    }

    /** The session cookie as the browser holds it, with its attributes. */
    org.openqa.selenium.Cookie cookieDetails(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        if (cookie == null) {
            throw new AssertionError("The browser holds no cookie " + name);
        }
        return cookie;
    }

    /** Waits until a script (returning a boolean) holds on the current page, e.g. one on another origin. */
    void waitForScript(String script) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    /** Gives the field the keyboard focus and presses the space bar there, as a keyboard user ticks a box. */
    void pressSpace(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).focus()", id);
        new org.openqa.selenium.interactions.Actions(driver)
                .sendKeys(org.openqa.selenium.Keys.SPACE)
                .perform();
        waitForPrimeFaces();
    }

    /** Ticks the option with the given label in a PrimeFaces selectCheckboxMenu, then closes its panel. */
    void tick(String id, String label) {
        String menu = "#" + id.replace(":", "\\:");
        click(menu);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(menu + "_panel")));
        driver.findElements(By.cssSelector(menu + "_panel li.ui-selectcheckboxmenu-item")).stream()
                .filter(item -> item.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option " + label + " in " + id))
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        waitForPrimeFaces();
        driver.findElement(By.cssSelector(menu + "_panel .ui-selectcheckboxmenu-close"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(menu + "_panel")));
    }

    /**
     * Sorts the queue by the column with the given header, clicking the header (ascending first, then
     * descending) until the header reports the wanted order; each click waits for the ajax reload.
     */
    void sortQueue(String header, boolean descending) {
        String wanted = descending ? "descending" : "ascending";
        By th = By.xpath("//*[@id='queue:claims']//th[contains(@class,'ui-sortable-column')]"
                + "[.//span[contains(@class,'ui-column-title') and normalize-space()='" + header + "']]");
        for (int clicks = 0;
                clicks < 3 && !wanted.equals(driver.findElement(th).getDomAttribute("aria-sort"));
                clicks++) {
            driver.findElement(th).click();
            waitForPrimeFaces();
        }
        wait.until(d -> wanted.equals(d.findElement(th).getDomAttribute("aria-sort")));
    }

    /** Goes to the queue's next page and waits until the paginator reports the rows starting at {@code first}. */
    void nextQueuePage(int first) {
        String before = text("#queue\\:claims .ui-paginator-current");
        click("#queue\\:claims .ui-paginator-next");
        wait.until(d -> {
            String now = d.findElement(By.cssSelector("#queue\\:claims .ui-paginator-current"))
                    .getText();
            return !now.equals(before) && now.startsWith(first + "–");
        });
        waitForPrimeFaces();
    }

    /**
     * How long the page now shown took by the browser's own clock: from the start of its navigation (the form
     * post, for a log-in that redirects) to the end of its load event — the table is in the page by then, and
     * PrimeFaces' scripts have run. Free of WebDriver's own round trips.
     */
    long pageLoadMillis() {
        Number millis = (Number) driver.executeScript(
                "const n = performance.getEntriesByType('navigation')[0];" + " return n.loadEventEnd - n.startTime;");
        return Math.round(millis.doubleValue());
    }

    /**
     * Arms the browser's clock for the next click: it reads the time the click reaches the page and the time
     * PrimeFaces has applied the ajax response it started. Read with {@link #clickToUpdateMillis()}.
     */
    void armClickTimer() {
        driver.executeScript("window.factdeskTiming = {};"
                + " document.addEventListener('click', () => { window.factdeskTiming.click = performance.now(); },"
                + " {capture: true, once: true});"
                + " $(document).one('pfAjaxComplete', () => { window.factdeskTiming.done = performance.now(); });");
    }

    /** Milliseconds from the armed click to its ajax update being in the page, by the browser's clock. */
    long clickToUpdateMillis() {
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.factdeskTiming.done") != null);
        Number millis =
                (Number) driver.executeScript("return window.factdeskTiming.done - window.factdeskTiming.click;");
        return Math.round(millis.doubleValue());
    }

    /**
     * The element's text, read again when the page replaced the element meanwhile (a live update re-renders the
     * queue when any claim changes).
     */
    String text(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(cssSelector)).getText());
    }

    List<String> attributes(String cssSelector, String name) {
        return driver.findElements(By.cssSelector(cssSelector)).stream()
                .map(e -> e.getDomAttribute(name))
                .toList();
    }

    List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The workflow buttons the claim page offers, by label. */
    List<String> moves() {
        return texts("#actions .move");
    }

    /** Presses a workflow button that needs no dialog and waits for the status badge to show the new status. */
    void move(String label, String expectedStatus) {
        driver.findElements(By.cssSelector("#actions .move")).stream()
                .filter(button -> button.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button " + label))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), expectedStatus));
        waitForPrimeFaces();
    }

    /**
     * Saves the whole page, not just the window, once any growl has faded (it would cover the header).
     * Chromium's DevTools capture is used because WebDriver's own screenshot stops at the viewport.
     */
    void screenshot(Path file) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitForPrimeFaces() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "return document.readyState === 'complete' && typeof PrimeFaces !== 'undefined' && !!PrimeFaces.ajax"
                                + " && (!PrimeFaces.ajax.Queue || PrimeFaces.ajax.Queue.isEmpty())"));
    }

    @Override
    public void close() {
        driver.quit();
        deleteProfile();
    }

    private void deleteProfile() {
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("Could not remove the browser profile " + profile + ": " + e);
        }
    }
}
