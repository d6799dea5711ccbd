package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
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
 * The editor console in headless Chromium against the local serve stack (moto_server, the
 * template's resources, the fixture model), readers under the {@code approved} publish policy:
 * sign in, upload the flagged article from the browser, find it in the review queue, correct the
 * flagged paragraph side by side, save, approve, see the reader's view change, read the history,
 * request a summary and add a glossary term, with no error in the browser's console. Screenshots
 * of the main screens go to docs/screenshots (shown in the README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final String ID = "peskov-briefing";
    private static final String CORRECTED = "«Мы не можем согласиться с этими тезисами», — сказал Песков на брифинге, "
            + "на котором присутствовали около 30 журналистов.";

    private LocalTestStack stack;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and its driver are not installed (/usr/bin/chromium, /usr/bin/chromedriver): "
                        + "apt-get install chromium chromium-driver (.ci/run does) to test the editor console in a browser");
        stack = new LocalTestStack(new FixtureChatModel(), Map.of("BABELDESK_PUBLISH_POLICY", "approved"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--lang=en-GB", "--window-size=1280,1000", "--no-first-run", "--disable-extensions");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    private String console() {
        return "http://127.0.0.1:" + stack.port + "/console";
    }

    private WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anEditorWorksThroughTheFlaggedArticleInTheBrowser() throws Exception {
        browser.get(console());
        visible(By.id("token")).sendKeys(LocalTestStack.EDITOR_TOKEN);
        browser.findElement(By.id("editor-name")).sendKeys("ana");
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "ana"));

        // upload from the browser: a presigned PUT straight into incoming/
        browser.get(console() + "#/articles");
        visible(By.id("upload-file")).sendKeys(Path.of("..", "events", "review-demo", "peskov-briefing.txt")
                .toAbsolutePath().normalize().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        WebElement uploaded = visible(By.cssSelector("#upload .alert"));
        assertTrue(uploaded.getText().contains("incoming/peskov-briefing.txt"), uploaded.getText());
        stack.awaitIdle();

        // the queue: Russian is flagged MISSING_NUMBER
        browser.get(console() + "#/review");
        WebElement link = visible(By.cssSelector("#review-queue a.review-link"));
        WebElement queue = browser.findElement(By.id("review-queue"));
        assertTrue(queue.getText().contains("MISSING_NUMBER"), queue.getText());
        assertTrue(queue.getText().contains("Russian"), queue.getText());
        screenshot("queue");
        link.click();

        // side by side: the finding sits on its paragraph; correct it there
        WebElement flagged = visible(By.cssSelector(".pair-target.flagged"));
        assertTrue(flagged.getText().contains("MISSING_NUMBER"), flagged.getText());
        screenshot("review");
        WebElement area = flagged.findElement(By.tagName("textarea"));
        area.clear();
        area.sendKeys(CORRECTED);
        browser.findElement(By.id("edit-comment")).sendKeys("restored the number of journalists");
        browser.findElement(By.id("save")).click();
        visible(By.id("saved"));
        browser.findElement(By.id("approve")).click();
        visible(By.id("approved"));

        // the reader's view, without any credentials, now shows the approved correction
        JsonNode reader = Json.MAPPER.readTree(stack.get("/articles/" + ID + "/ru").body());
        assertEquals("APPROVED", reader.path("status").asText(), reader.toString());
        assertTrue(reader.path("blocks").toString().contains("около 30 журналистов"), reader.toString());

        // the history: the edit against the machine's text, words marked
        browser.get(console() + "#/history/" + ID + "/ru");
        visible(By.cssSelector("ol.revisions"));
        WebElement first = visible(By.cssSelector("ol.revisions li button"));
        assertTrue(first.getText().contains("approve"), first.getText());
        List<WebElement> entries = browser.findElements(By.cssSelector("ol.revisions li button"));
        entries.stream().filter(b -> b.getText().contains("edit")).findFirst().orElseThrow().click();
        visible(By.cssSelector("#revision-view .diff ins"));
        String added = String.join(" ", browser.findElements(By.cssSelector("#revision-view .diff ins")).stream()
                .map(WebElement::getText).toList());
        assertTrue(added.contains("30"), added);
        screenshot("history");

        // a summary on request, polled until it arrives
        browser.get(console() + "#/article/" + ID);
        visible(By.id("summary-kind"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("summary-kind"))).selectByValue("headline");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("summary-language"))).selectByValue("hy");
        browser.findElement(By.id("request-summary")).click();
        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary-result .summary-text")));
        assertTrue(summary.getText().codePoints().anyMatch(c -> c >= 0x0530 && c <= 0x058F), summary.getText());
        assertTrue(browser.findElement(By.id("usage")).getText().toLowerCase(java.util.Locale.ROOT).contains("total"));

        // a glossary term in the four languages
        browser.get(console() + "#/glossary");
        visible(By.id("term-term")).sendKeys("Dmitry Peskov");
        browser.findElement(By.id("term-kind")).sendKeys("person");
        browser.findElement(By.id("term-en")).sendKeys("Dmitry Peskov");
        browser.findElement(By.id("term-ru")).sendKeys("Дмитрий Песков");
        browser.findElement(By.id("term-hy")).sendKeys("Դմիտրի Պեսկով");
        browser.findElement(By.id("term-az")).sendKeys("Dmitri Peskov");
        browser.findElement(By.id("save-term")).click();
        visible(By.id("term-saved"));
        browser.findElement(By.id("glossary-search")).sendKeys("Pesk");
        assertTrue(browser.findElement(By.id("glossary")).getText().contains("Դմիտրի Պեսկով"));
        assertEquals(200, stack.get("/glossary/Dmitry%20Peskov", "Authorization", "Bearer " + LocalTestStack.EDITOR_TOKEN)
                .statusCode());
        screenshot("glossary");

        // the side-by-side view on a phone-sized screen: one column
        browser.manage().window().setSize(new Dimension(420, 900));
        browser.get(console() + "#/review/" + ID + "/ru");
        visible(By.cssSelector(".pairs"));
        screenshot("review-narrow");

        // another editor saves while this one edits: the 412 is shown, and reloading shows their text
        var other = stack.get("/articles/" + ID + "/ru", "Authorization", "Bearer " + LocalTestStack.EDITOR_TOKEN);
        com.fasterxml.jackson.databind.node.ObjectNode theirs = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(other.body());
        String theirTitle = theirs.path("title").asText() + " (уточнено)";
        theirs.put("title", theirTitle);
        var put = stack.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + stack.port
                        + "/articles/" + ID + "/ru"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(theirs.toString()))
                .header("Content-Type", "application/json").header("If-Match", other.headers().firstValue("ETag").orElseThrow())
                .header("Authorization", "Bearer " + LocalTestStack.EDITOR_TOKEN).header("X-Editor-Name", "boris").build());
        assertEquals(200, put.statusCode(), put.body());
        WebElement block = visible(By.id("edit-block-0"));
        block.sendKeys(" ");
        browser.findElement(By.id("save")).click();
        WebElement conflict = visible(By.id("conflict"));
        assertTrue(conflict.getText().contains("changed"), conflict.getText());
        browser.findElement(By.id("reload-current")).click();
        wait.until(ExpectedConditions.attributeContains(By.id("edit-title"), "value", "(уточнено)"));

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // the conflict above: the browser reports every 4xx answer to fetch in its console
                .filter(e -> !(e.getMessage().contains("/articles/" + ID + "/ru ") && e.getMessage().contains("412")))
                .toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::toString).toList(), "errors in the browser's console");
    }
}
