package io.babeldesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.Job;
import io.babeldesk.testing.InMemoryStack;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every route of the API over the in-memory adapters: answers, problems with their codes, and access. */
class ArticleApiTest {
    private static final String ID = InMemoryStack.SAMPLE_ID;
    private InMemoryStack stack;
    private ArticleApi api;
    private String version;

    @BeforeEach
    void publishTheSample() {
        stack = new InMemoryStack();
        version = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(),
                Instant.parse("2026-01-01T10:00:00Z")).version();
        stack.drain();
        api = stack.api(null);
    }

    private ApiResponse call(String method, String path, String body, boolean editor, Map<String, String> query,
                             Map<String, String> headers) {
        return api.handle(new ApiRequest(method, path, query, headers, body, editor));
    }

    private ApiResponse reader(String path) {
        return call("GET", path, null, false, Map.of(), Map.of());
    }

    private ApiResponse editor(String method, String path, String body) {
        return call(method, path, body, true, Map.of(), Map.of());
    }

    private static JsonNode json(ApiResponse r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    private static void assertProblem(ApiResponse r, int status, String code) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, json(r).path("code").asText());
        assertEquals("application/problem+json", r.headers().get("Content-Type"));
    }

    @Test
    void aReaderGetsTheListingTheArticleAndEachLanguage() throws Exception {
        JsonNode list = json(reader("/articles"));
        assertEquals(ID, list.path("items").get(0).path("id").asText());
        assertEquals("DONE", list.path("items").get(0).path("languages").path("hy").path("status").asText());

        JsonNode head = json(reader("/articles/" + ID));
        assertEquals(version, head.path("version").asText());
        assertEquals("en", head.path("sourceLanguage").asText());

        ApiResponse hy = reader("/articles/" + ID + "/hy");
        assertEquals(200, hy.status());
        JsonNode body = json(hy);
        assertEquals("DONE", body.path("status").asText());
        assertEquals(12, body.path("blocks").size());
        assertTrue(body.path("title").asText().matches(".*\\p{IsArmenian}.*"));
        assertEquals("public, max-age=60", hy.headers().get("Cache-Control"));
    }

    @Test
    void aLanguageComesAsTextOrHtmlAndAnUnchangedOneAnswers304() {
        ApiResponse text = call("GET", "/articles/" + ID + "/ru", null, false, Map.of("format", "text"), Map.of());
        assertEquals("text/plain; charset=utf-8", text.headers().get("Content-Type"));
        assertTrue(text.body().matches("(?s).*\\p{IsCyrillic}.*"));
        ApiResponse html = call("GET", "/articles/" + ID + "/az", null, false, Map.of("format", "html"), Map.of());
        assertTrue(html.body().contains("lang=\"az\""), html.body());

        String etag = reader("/articles/" + ID + "/az").headers().get("ETag");
        ApiResponse again = call("GET", "/articles/" + ID + "/az", null, false, Map.of(), Map.of("if-none-match", etag));
        assertEquals(304, again.status());
        assertEquals("", again.body());
    }

    @Test
    void badRequestsGetProblemsWithStableCodes() throws Exception {
        assertProblem(reader("/articles/no-such-article"), 404, "ARTICLE_NOT_FOUND");
        assertProblem(reader("/articles/Not%20An%20Id!/en"), 400, "INVALID_ARTICLE_ID");
        assertProblem(reader("/articles/" + ID + "/de"), 400, "INVALID_LANGUAGE");
        assertProblem(call("GET", "/articles/" + ID + "/en", null, false, Map.of("format", "pdf"), Map.of()),
                400, "INVALID_FORMAT");
        assertProblem(call("GET", "/articles", null, false, Map.of("limit", "500"), Map.of()), 400, "INVALID_LIMIT");
        assertProblem(call("GET", "/articles", null, false, Map.of("cursor", "bogus"), Map.of()), 400, "INVALID_CURSOR");
        assertProblem(reader("/nowhere"), 404, "ROUTE_NOT_FOUND");
        assertProblem(call("DELETE", "/articles/" + ID, null, true, Map.of(), Map.of()), 405, "METHOD_NOT_ALLOWED");
        assertProblem(editor("POST", "/articles/" + ID + "/summaries", "{\"kind\":\"poem\"}"), 400, "INVALID_KIND");
        assertProblem(editor("POST", "/articles/" + ID + "/summaries", "{\"colour\":1}"), 400, "UNKNOWN_FIELD");
        assertProblem(editor("POST", "/articles/" + ID + "/summaries", "[1"), 400, "INVALID_JSON");
        assertProblem(editor("POST", "/articles/" + ID + "/summaries", "{\"focus\":\"" + "x".repeat(20_000) + "\"}"),
                413, "BODY_TOO_LARGE");
    }

    @Test
    void editorRoutesNeedAnEditorAndReaderRoutesTheReaderKeyWhenOneIsSet() throws Exception {
        assertProblem(reader("/glossary"), 401, "EDITOR_AUTH_REQUIRED");
        assertProblem(reader("/articles/" + ID + "/usage"), 401, "EDITOR_AUTH_REQUIRED");
        api = stack.api("reader-secret");
        assertProblem(reader("/articles/" + ID + "/en"), 401, "API_KEY_REQUIRED");
        assertProblem(call("GET", "/articles", null, false, Map.of(), Map.of("x-api-key", "wrong")), 401,
                "API_KEY_REQUIRED");
        assertEquals(200, call("GET", "/articles", null, false, Map.of(), Map.of("x-api-key", "reader-secret")).status());
    }

    @Test
    void aSummaryRequestIsQueuedOnceAndAnsweredFromStorage() throws Exception {
        String body = "{\"language\":\"hy\",\"kind\":\"headline\"}";
        ApiResponse first = editor("POST", "/articles/" + ID + "/summaries", body);
        assertEquals(202, first.status());
        String location = first.headers().get("Location");
        assertEquals(202, editor("POST", "/articles/" + ID + "/summaries", body).status());
        assertEquals(1, stack.drain(), "the same request twice is one job");

        ApiResponse done = editor("GET", location, null);
        assertEquals("DONE", json(done).path("status").asText());
        assertTrue(json(done).path("text").asText().matches(".*\\p{IsArmenian}.*"));
        assertEquals(200, editor("POST", "/articles/" + ID + "/summaries", body).status());
        assertProblem(editor("GET", "/articles/" + ID + "/summaries/0123456789abcdef01234567", null), 404,
                "SUMMARY_NOT_FOUND");
    }

    @Test
    void aRetranslationQueuesOneJobPerLanguageAsked() throws Exception {
        stack.queue.drain();
        ApiResponse r = editor("POST", "/articles/" + ID + "/retranslate", "{\"languages\":[\"ru\",\"hy\",\"ru\"]}");
        assertEquals(202, r.status());
        assertEquals(List.of(Job.retranslate(ID, version, Language.RU), Job.retranslate(ID, version, Language.HY)),
                stack.queue.drain());
        assertProblem(editor("POST", "/articles/" + ID + "/retranslate", "{\"languages\":[\"en\"]}"), 400,
                "INVALID_LANGUAGES");
        editor("POST", "/articles/" + ID + "/retranslate", null);
        assertEquals(3, stack.queue.drain().size(), "no body: every language but the source");
    }

    @Test
    void usageAddsUpTheModelCallsOfEveryLanguage() throws Exception {
        JsonNode usage = json(editor("GET", "/articles/" + ID + "/usage", null));
        assertTrue(usage.path("total").path("calls").asInt() >= 4, usage.toString());
        assertTrue(usage.path("languages").path("en").has("summarize"));
        assertTrue(usage.path("languages").path("hy").has("translate"));
    }

    @Test
    void editorsManageTheGlossary() throws Exception {
        String term = "Dilijan";
        Map<String, Object> entry = new HashMap<>();
        entry.put("kind", "place");
        entry.put("renderings", Map.of("en", "Dilijan", "ru", "Дилижан", "hy", "Դիլիջան", "az", "Dilican"));
        String body = Json.MAPPER.writeValueAsString(entry);
        assertEquals(201, editor("PUT", "/glossary/" + term, body).status());
        assertEquals(200, editor("PUT", "/glossary/" + term, body).status());
        assertEquals("Դիլիջան", json(editor("GET", "/glossary/" + term, null)).path("renderings").path("hy").asText());
        assertTrue(json(editor("GET", "/glossary", null)).path("items").toString().contains("Дилижан"));
        assertEquals(204, editor("DELETE", "/glossary/" + term, null).status());
        assertProblem(editor("GET", "/glossary/" + term, null), 404, "TERM_NOT_FOUND");
        assertProblem(editor("PUT", "/glossary/" + term, "{\"renderings\":{}}"), 400, "INVALID_RENDERINGS");
    }

    @Test
    void theOpenApiDocumentIsServed() throws Exception {
        ApiResponse r = reader("/openapi.json");
        assertEquals(200, r.status());
        assertTrue(json(r).path("openapi").asText().startsWith("3."));
    }
}
