package io.babeldesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.testing.InMemoryStack;
import io.babeldesk.testing.RecordingChatModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editors' loop over the in-memory stack and the fixture model: a flagged language in the
 * review queue, an edit with If-Match, approval, the history, the publish policy, and a new version
 * of the article that keeps the human edit and sends only its changed paragraph to the model.
 */
class EditorsLoopTest {
    private static final String KEY = "incoming/peskov-briefing.txt";
    private static final String ID = "peskov-briefing";
    private static final String FLAGGED = "“We cannot agree with these theses,” Peskov said at a briefing attended by some 30 journalists.";
    private static final String CORRECTED = "«Мы не можем согласиться с этими тезисами», — сказал Песков на брифинге, "
            + "на котором присутствовали около 30 журналистов.";

    private RecordingChatModel recording;
    private InMemoryStack stack;
    private ArticleApi api;

    @BeforeEach
    void flaggedArticle() {
        FixtureChatModel fixture = new FixtureChatModel();
        recording = new RecordingChatModel(fixture);
        stack = new InMemoryStack(recording);
        api = stack.api(null);
        stack.upload(KEY, InMemoryStack.event("review-demo/peskov-briefing.txt"), Instant.parse("2026-01-01T10:00:00Z"));
        stack.drain();
    }

    @Test
    void aFlaggedLanguageIsCorrectedApprovedAndKeptInTheNextVersion() throws Exception {
        // the queue: Russian, flagged for the number the fixture's answer changes (30 journalists as 40), on its block
        JsonNode queue = json(editor("GET", "/review", null, Map.of()));
        assertEquals(1, queue.path("items").size(), queue.toString());
        JsonNode item = queue.path("items").get(0);
        assertEquals(ID, item.path("articleId").asText());
        assertEquals("ru", item.path("language").asText());
        assertEquals("NEEDS_REVIEW", item.path("status").asText());
        JsonNode finding = item.path("findings").get(0);
        assertEquals("MISSING_NUMBER", finding.path("check").asText());
        assertEquals("block", finding.path("part").asText());
        int block = finding.path("block").asInt();
        assertTrue(finding.path("reason").asText().contains("30"), finding.toString());
        assertEquals(4, json(editor("GET", "/review", null, Map.of("include", "done"))).path("items").size(),
                "with include=done the DONE languages not yet approved are listed too (en with its summary, hy, az)");
        assertEquals(0, json(editor("GET", "/review", null, Map.of("language", "hy"))).path("items").size());

        ApiResponse read = editor("GET", "/articles/" + ID + "/ru", null, Map.of());
        String etag = read.headers().get("ETag");
        ObjectNode body = (ObjectNode) json(read);
        ((ObjectNode) body.path("blocks").get(block)).put("text", CORRECTED);
        body.put("comment", "the number of journalists was wrong");

        assertEquals(428, editor("PUT", "/articles/" + ID + "/ru", body.toString(), Map.of()).status());
        assertEquals(412, editor("PUT", "/articles/" + ID + "/ru", body.toString(), Map.of("If-Match", "\"stale\"")).status());
        ObjectNode tooFew = body.deepCopy();
        ((ArrayNode) tooFew.path("blocks")).remove(0);
        ApiResponse refused = editor("PUT", "/articles/" + ID + "/ru", tooFew.toString(), Map.of("If-Match", etag));
        assertEquals(422, refused.status());
        assertEquals("application/problem+json", refused.headers().get("Content-Type"));

        ApiResponse saved = editor("PUT", "/articles/" + ID + "/ru", body.toString(), Map.of("If-Match", etag));
        assertEquals(200, saved.status(), saved.body());
        JsonNode after = json(saved);
        assertEquals(CORRECTED, after.path("blocks").get(block).path("text").asText());
        assertEquals("NEEDS_REVIEW", after.path("status").asText(), "an edit does not approve");
        assertTrue(after.path("findings").isEmpty(), "the finding on the corrected block is resolved: " + after);
        assertNotEquals(etag, saved.headers().get("ETag"));
        assertEquals(saved.headers().get("ETag"), editor("GET", "/articles/" + ID + "/ru", null, Map.of()).headers()
                .get("ETag"), "the answer to a save is the text as stored: its ETag is the one a read gives");
        assertEquals(412, editor("PUT", "/articles/" + ID + "/ru", body.toString(), Map.of("If-Match", etag)).status(),
                "a second save on the text read before the first is a conflict");

        // a reader under the approved policy sees nothing of Russian before approval, then the correction
        ArticleApi approvedOnly = stack.api(null, PublishPolicy.APPROVED);
        JsonNode before = json(reader(approvedOnly, "/articles/" + ID + "/ru"));
        assertTrue(before.path("blocks").isEmpty() && before.path("title").isNull(), before.toString());
        assertEquals(200, editor("POST", "/articles/" + ID + "/ru/approve", "{\"comment\":\"checked\"}", Map.of()).status());
        JsonNode published = json(reader(approvedOnly, "/articles/" + ID + "/ru"));
        assertEquals("APPROVED", published.path("status").asText());
        assertEquals(CORRECTED, published.path("blocks").get(block).path("text").asText());
        assertTrue(json(reader(approvedOnly, "/articles/" + ID + "/hy")).path("blocks").isEmpty(),
                "Armenian is DONE but not approved");
        assertFalse(json(reader(api, "/articles/" + ID + "/hy")).path("blocks").isEmpty(),
                "under the done policy readers see DONE text");
        assertEquals(0, json(editor("GET", "/review", null, Map.of())).path("items").size());

        // the history: the machine's text, the edit, the approval, each with who made it
        JsonNode history = json(editor("GET", "/articles/" + ID + "/ru/revisions", null, Map.of()));
        List<String> actions = new ArrayList<>();
        history.path("items").forEach(r -> actions.add(r.path("action").asText() + ":" + r.path("editor").asText()));
        assertEquals(List.of("approve:reviewer@example.com", "edit:reviewer@example.com", "machine:fixture"), actions);
        JsonNode edit = json(editor("GET", "/articles/" + ID + "/ru/revisions/2", null, Map.of()));
        assertEquals(CORRECTED, edit.path("blocks").get(block).path("text").asText());
        assertEquals("the number of journalists was wrong", edit.path("comment").asText());
        assertEquals(404, editor("GET", "/articles/" + ID + "/ru/revisions/9", null, Map.of()).status());

        // a new version changes another paragraph: only that one goes to the model, the edit stays
        recording.clear();
        stack.upload(KEY, InMemoryStack.event("review-demo/peskov-briefing-v2.txt"), Instant.parse("2026-01-01T11:00:00Z"));
        stack.drain();
        List<String> translated = recording.translationPrompts();
        assertEquals(3, translated.size(), "one call per target language for the changed paragraph: " + translated);
        translated.forEach(p -> assertTrue(p.contains("without delay") && !p.contains("30 journalists"), p));
        JsonNode v2 = json(editor("GET", "/articles/" + ID + "/ru", null, Map.of()));
        assertEquals(CORRECTED, v2.path("blocks").get(block).path("text").asText());
        assertEquals("DONE", v2.path("status").asText(), v2.toString());
    }

    @Test
    void anEditorsNewSpellingOfAGlossaryTermIsOfferedAsTheTermsRendering() throws Exception {
        ApiResponse read = editor("GET", "/articles/" + ID + "/az", null, Map.of());
        ObjectNode body = (ObjectNode) json(read);
        int block = -1;
        for (int i = 0; i < body.path("blocks").size(); i++) {
            if (body.path("blocks").get(i).path("text").asText().contains("Mariya Zaxarova")) {
                block = i;
            }
        }
        ObjectNode paragraph = (ObjectNode) body.path("blocks").get(block);
        paragraph.put("text", paragraph.path("text").asText().replace("Mariya Zaxarova", "Mariya Zaharova"));
        ApiResponse saved = editor("PUT", "/articles/" + ID + "/az", body.toString(),
                Map.of("If-Match", read.headers().get("ETag")));
        assertEquals(200, saved.status(), saved.body());
        JsonNode suggestion = json(saved).path("glossarySuggestions").get(0);
        assertEquals("Zakharova", suggestion.path("term").asText(), saved.body());
        assertEquals("Zaxarova", suggestion.path("current").asText());
        assertEquals("Zaharova", suggestion.path("suggested").asText());
        assertEquals(block + 1, suggestion.path("block").asInt());
    }

    @Test
    void sendingBackNeedsAReasonAndPutsTheLanguageBackInTheQueue() throws Exception {
        assertEquals(422, editor("POST", "/articles/" + ID + "/hy/send-back", "{}", Map.of()).status());
        ApiResponse back = editor("POST", "/articles/" + ID + "/hy/send-back",
                "{\"reason\":\"the quote is cut\"}", Map.of());
        assertEquals(200, back.status(), back.body());
        assertEquals("NEEDS_REVIEW", json(back).path("status").asText());
        assertTrue(json(back).path("reason").asText().contains("the quote is cut"));
        JsonNode queue = json(editor("GET", "/review", null, Map.of("language", "hy")));
        assertEquals(1, queue.path("items").size());
        assertEquals(412, editor("POST", "/articles/" + ID + "/hy/approve", null, Map.of("If-Match", "\"old\"")).status());
    }

    @Test
    void editorsRoutesAnswerProblemsForAccessAndMissingThings() throws Exception {
        ApiResponse anonymous = api.handle(new ApiRequest("GET", "/review", Map.of(), Map.of(), null, false));
        assertEquals(401, anonymous.status());
        ApiResponse notEditor = api.handle(new ApiRequest("POST", "/articles/" + ID + "/ru/approve", Map.of(), Map.of(),
                null, new ApiRequest.Caller("reader@example.com", false)));
        assertEquals(403, notEditor.status());
        assertEquals("EDITORS_ONLY", json(notEditor).path("code").asText());
        assertEquals(404, editor("POST", "/articles/no-such-article/ru/approve", null, Map.of()).status());
        assertEquals(404, editor("GET", "/articles/no-such-article/ru/revisions", null, Map.of()).status());
        assertEquals(400, editor("GET", "/review", null, Map.of("include", "everything")).status());

        stack.upload("incoming/pending.txt", InMemoryStack.sampleArticle(), Instant.now());
        ApiResponse pending = editor("POST", "/articles/pending/ru/approve", null, Map.of());
        assertEquals(409, pending.status());
        assertEquals("NOTHING_TO_EDIT", json(pending).path("code").asText());
    }

    private ApiResponse editor(String method, String path, String body, Map<String, String> query) {
        Map<String, String> headers = new HashMap<>();
        Map<String, String> q = new HashMap<>();
        query.forEach((k, v) -> {
            if (k.equals("If-Match")) {
                headers.put("if-match", v);
            } else {
                q.put(k, v);
            }
        });
        return api.handle(new ApiRequest(method, path, q, headers, body,
                new ApiRequest.Caller("reviewer@example.com", true)));
    }

    private static ApiResponse reader(ArticleApi api, String path) {
        return api.handle(new ApiRequest("GET", path, Map.of(), Map.of(), null, false));
    }

    private static JsonNode json(ApiResponse response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }
}
