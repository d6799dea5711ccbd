package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;

/** Every route and error of the API over real HTTP against the local serve stack. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOverHttpTest {
    static final String ID = "kremlin-rejects-pashinyan-claim";
    static final String[] EDITOR = {"Authorization", "Bearer " + LocalTestStack.EDITOR_TOKEN};

    private static final String ALLOWED_ORIGIN = "http://desk.example.test";
    private final FixtureChatModel model = new FixtureChatModel();
    private LocalTestStack stack;

    @BeforeAll
    void uploadSample() {
        stack = new LocalTestStack(model, Map.of("BABELDESK_CORS_ORIGINS", ALLOWED_ORIGIN));
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/" + ID + ".txt"),
                RequestBody.fromFile(LocalTestStack.SAMPLE));
        stack.awaitIdle();
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    private void assertProblem(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(code, json(r).path("code").asText(), r.body());
        assertFalse(json(r).path("message").asText().isBlank());
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return stack.send(b.build());
    }

    @Test
    void listingPaginatesWithAnOpaqueCursorAndFiltersByDoneLanguage() throws Exception {
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/empty.txt"), RequestBody.fromBytes(new byte[0]));
        stack.awaitIdle();
        JsonNode first = json(stack.get("/articles?limit=1"));
        assertEquals(1, first.path("items").size());
        assertFalse(first.path("next").isNull());
        JsonNode second = json(stack.get("/articles?limit=1&cursor=" + first.path("next").asText()));
        assertEquals(1, second.path("items").size());
        assertFalse(first.path("items").get(0).path("id").asText().equals(second.path("items").get(0).path("id").asText()));
        JsonNode doneInHy = json(stack.get("/articles?language=hy"));
        assertEquals(1, doneInHy.path("items").size());
        assertEquals(ID, doneInHy.path("items").get(0).path("id").asText());
        assertProblem(stack.get("/articles?limit=0"), 400, "INVALID_LIMIT");
        assertProblem(stack.get("/articles?cursor=not-a-cursor"), 400, "INVALID_CURSOR");
        assertProblem(stack.get("/articles?language=de"), 400, "INVALID_LANGUAGE");
    }

    @Test
    void readsCarryAnEtagAndAnswer304WhenUnchanged() {
        HttpResponse<String> first = stack.get("/articles/" + ID + "/ru");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<String> again = stack.get("/articles/" + ID + "/ru", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> article = stack.get("/articles/" + ID);
        assertNotNull(article.headers().firstValue("ETag").orElse(null));
    }

    @Test
    void formatsTextAndHtml() {
        HttpResponse<String> text = stack.get("/articles/" + ID + "/az?format=text");
        assertEquals(200, text.statusCode());
        assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(text.body().startsWith("Kreml"), text.body());
        HttpResponse<String> html = stack.get("/articles/" + ID + "/az?format=html");
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().startsWith("<article lang=\"az\"><h1>Kreml"), html.body());
        assertEquals(12, html.body().split("<p>", -1).length - 1 - 1 + 1 - 1 + 1 - 1 + (html.body().contains("class=\"summary\"") ? 0 : 1),
                html.body());
    }

    @Test
    void hostileHtmlInAnArticleIsNeutralisedInHtmlOutput() throws Exception {
        String hostile = "{\"id\":\"hostile-markup\",\"title\":\"<script>alert(1)</script>Kremlin Rejects Armenian PM’s Claim that Russia is Leaving South Caucasus\","
                + "\"body\":\"<p>The Kremlin has dismissed a claim by Armenian Prime Minister Nikol Pashinyan <img src=x onerror=alert(1)> that Russia is failing to protect Armenia.</p>"
                + "<p><a href=\\\"javascript:alert(1)\\\">link</a> The Kremlin said that Russia is an integral part of the region and will continue to play a key role in ensuring security.</p>"
                + "<iframe src=\\\"https://evil.example\\\"></iframe>\"}";
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/hostile.json"),
                RequestBody.fromString(hostile, StandardCharsets.UTF_8));
        stack.awaitIdle();
        HttpResponse<String> html = stack.get("/articles/hostile-markup/en?format=html");
        assertEquals(200, html.statusCode(), html.body());
        String body = html.body().toLowerCase(java.util.Locale.ROOT);
        for (String bad : new String[] {"<script", "onerror", "javascript:", "<iframe", "<img"}) {
            assertFalse(body.contains(bad), "html output contains " + bad + ": " + html.body());
        }
    }

    @Test
    void editorRoutesNeedTheEditorToken() throws Exception {
        assertProblem(send("POST", "/articles/" + ID + "/summaries", "{\"kind\":\"short\"}"), 401, "EDITOR_AUTH_REQUIRED");
        assertProblem(stack.get("/articles/" + ID + "/usage", "Authorization", "Bearer wrong"), 401, "EDITOR_AUTH_REQUIRED");
        assertProblem(stack.get("/glossary/Pashinyan"), 401, "EDITOR_AUTH_REQUIRED");
        assertEquals(200, stack.get("/articles/" + ID + "/usage", EDITOR).statusCode());
    }

    @Test
    void summaryRequestCompletesAndIsServedFromStorageTheSecondTime() throws Exception {
        HttpResponse<String> accepted = stack.post("/articles/" + ID + "/summaries",
                "{\"language\":\"ru\",\"kind\":\"bullets\"}", EDITOR);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        stack.awaitIdle();
        JsonNode done = json(stack.get(location, EDITOR));
        assertEquals("DONE", done.path("status").asText(), done.toString());
        assertTrue(done.path("text").asText().startsWith("- "), done.toString());
        int calls = model.calls();
        HttpResponse<String> again = stack.post("/articles/" + ID + "/summaries",
                "{\"language\":\"ru\",\"kind\":\"bullets\"}", EDITOR);
        assertEquals(200, again.statusCode());
        assertEquals(location, again.headers().firstValue("Location").orElseThrow());
        stack.awaitIdle();
        assertEquals(calls, model.calls());
    }

    @Test
    void summaryRequestsAreValidated() throws Exception {
        assertProblem(stack.post("/articles/" + ID + "/summaries", "{\"kind\":\"poem\"}", EDITOR), 400, "INVALID_KIND");
        assertProblem(stack.post("/articles/" + ID + "/summaries", "{\"language\":\"fr\"}", EDITOR), 400, "INVALID_LANGUAGE");
        assertProblem(stack.post("/articles/" + ID + "/summaries", "{\"maxWords\":2}", EDITOR), 400, "INVALID_MAX_WORDS");
        assertProblem(stack.post("/articles/" + ID + "/summaries", "{\"colour\":\"red\"}", EDITOR), 400, "UNKNOWN_FIELD");
        assertProblem(stack.post("/articles/" + ID + "/summaries", "{not json", EDITOR), 400, "INVALID_JSON");
        assertProblem(stack.post("/articles/" + ID + "/summaries", "{\"focus\":\"" + "x".repeat(20_000) + "\"}", EDITOR),
                413, "BODY_TOO_LARGE");
        assertProblem(stack.post("/articles/no-such/summaries", "{}", EDITOR), 404, "ARTICLE_NOT_FOUND");
        assertProblem(stack.get("/articles/" + ID + "/summaries/zzz", EDITOR), 400, "INVALID_REQUEST_ID");
        assertProblem(stack.get("/articles/" + ID + "/summaries/0123456789abcdef01234567", EDITOR), 404, "SUMMARY_NOT_FOUND");
    }

    @Test
    void pathsAndMethodsAreValidated() throws Exception {
        assertProblem(stack.get("/articles/Not_An_Id"), 400, "INVALID_ARTICLE_ID");
        assertProblem(stack.get("/articles/" + ID + "/xx"), 400, "INVALID_LANGUAGE");
        assertProblem(stack.get("/articles/" + ID + "/en?format=pdf"), 400, "INVALID_FORMAT");
        assertProblem(stack.get("/nowhere"), 404, "ROUTE_NOT_FOUND");
        assertProblem(send("DELETE", "/articles/" + ID, null, EDITOR), 405, "METHOD_NOT_ALLOWED");
        assertProblem(stack.get("/articles/unknown-one"), 404, "ARTICLE_NOT_FOUND");
    }

    @Test
    void glossaryTermsCanBeReadChangedAndDeleted() throws Exception {
        JsonNode seeded = json(stack.get("/glossary/Pashinyan", EDITOR));
        assertEquals("Փաշինյան", seeded.path("renderings").path("hy").asText());
        HttpResponse<String> created = send("PUT", "/glossary/Shahumyan", "{\"kind\":\"place\",\"renderings\":"
                + "{\"en\":\"Shahumyan\",\"ru\":\"Шаумян\",\"hy\":\"Շահումյան\",\"az\":\"Şaumyan\"}}", EDITOR);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("Шаумян", json(stack.get("/glossary/Shahumyan", EDITOR)).path("renderings").path("ru").asText());
        assertTrue(json(stack.get("/glossary", EDITOR)).path("items").size() > 20);
        assertProblem(send("PUT", "/glossary/Shahumyan", "{\"renderings\":{\"de\":\"x\"}}", EDITOR), 400, "INVALID_LANGUAGE");
        assertProblem(send("PUT", "/glossary/Shahumyan", "{\"renderings\":{}}", EDITOR), 400, "INVALID_RENDERINGS");
        assertEquals(204, send("DELETE", "/glossary/Shahumyan", null, EDITOR).statusCode());
        assertProblem(stack.get("/glossary/Shahumyan", EDITOR), 404, "TERM_NOT_FOUND");
    }

    @Test
    void usageReportsCallsAndTokensPerLanguageAndTask() throws Exception {
        JsonNode usage = json(stack.get("/articles/" + ID + "/usage", EDITOR));
        assertTrue(usage.path("languages").path("en").path("summarize").path("calls").asInt() >= 1, usage.toString());
        assertTrue(usage.path("languages").path("hy").path("translate").path("outputTokens").asLong() > 0, usage.toString());
        assertTrue(usage.path("total").path("inputTokens").asLong() > 0);
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        JsonNode doc = json(stack.get("/openapi.json"));
        assertEquals("3.1.0", doc.path("openapi").asText());
    }

    @Test
    void readerApiKeyIsRequiredWhenConfigured() throws Exception {
        try (LocalTestStack keyed = new LocalTestStack(new FixtureChatModel(), Map.of("BABELDESK_READER_API_KEY", "reader-key"))) {
            assertProblem(keyed.get("/articles"), 401, "API_KEY_REQUIRED");
            assertEquals(200, keyed.get("/articles", "x-api-key", "reader-key").statusCode());
            // an editor's token does not stand in for the reader key
            assertProblem(keyed.get("/articles", EDITOR), 401, "API_KEY_REQUIRED");
            assertEquals(200, keyed.get("/articles", "x-api-key", "reader-key", EDITOR[0], EDITOR[1]).statusCode());
        }
    }

    @Test
    void browsersOfListedOriginsMayCallTheApiAndOthersAreRefused() throws Exception {
        HttpResponse<String> allowed = send("OPTIONS", "/review", null, "Origin", ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "authorization, if-match");
        assertEquals(204, allowed.statusCode(), allowed.body());
        assertEquals(ALLOWED_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("If-Match"));
        HttpResponse<String> refused = send("OPTIONS", "/review", null, "Origin", "http://elsewhere.example.test",
                "Access-Control-Request-Method", "GET");
        assertProblem(refused, 403, "CORS_ORIGIN_REFUSED");
        assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> read = send("GET", "/articles/" + ID, null, "Origin", ALLOWED_ORIGIN);
        assertEquals(200, read.statusCode());
        assertEquals(ALLOWED_ORIGIN, read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        HttpResponse<String> other = send("GET", "/articles/" + ID, null, "Origin", "http://elsewhere.example.test");
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void theConsoleIsServedWithItsFontAsBytes() throws Exception {
        HttpResponse<String> page = send("GET", "/console", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("token", json(send("GET", "/console/config.json", null)).path("signIn").asText());
        HttpResponse<byte[]> font = stack.http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port
                + "/console/noto-sans-armenian-400.woff2")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, font.statusCode());
        byte[] expected;
        try (var in = getClass().getClassLoader().getResourceAsStream("console/noto-sans-armenian-400.woff2")) {
            expected = in.readAllBytes();
        }
        assertTrue(java.util.Arrays.equals(expected, font.body()), "the font arrives byte for byte");
        JsonNode link = json(send("POST", "/uploads", "{\"fileName\":\"notes/Второй материал.txt\"}",
                "Authorization", "Bearer " + LocalTestStack.EDITOR_TOKEN));
        assertEquals("incoming/Второй-материал.txt", link.path("key").asText(), link.toString());
        assertTrue(link.path("url").asText().startsWith(stack.aws.endpoint()), link.toString());
    }
}
