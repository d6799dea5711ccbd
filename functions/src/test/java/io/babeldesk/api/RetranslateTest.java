package io.babeldesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.testing.InMemoryStack;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Re-translation after a glossary change: translation memory serves every block the change did not touch. */
class RetranslateTest {
    private static final String ID = InMemoryStack.SAMPLE_ID;

    @Test
    void retranslateCallsTheModelOnlyForBlocksWithAChangedTerm() throws Exception {
        FixtureChatModel model = new FixtureChatModel();
        InMemoryStack stack = new InMemoryStack(model);
        ArticleApi api = stack.api(null);
        stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), Instant.now());
        stack.drain();

        int before = model.calls();
        assertEquals(202, editor(api, "POST", "/articles/" + ID + "/retranslate", "{\"languages\":[\"hy\"]}").status());
        stack.drain();
        assertEquals(before, model.calls(), "nothing changed: every block comes from translation memory");

        // a new house spelling for a term the article uses: the blocks that mention it are translated again
        String body = "{\"kind\":\"person\",\"renderings\":{\"en\":\"Zakharova\",\"ru\":\"Захарова\","
                + "\"hy\":\"Մարիա Զախարովա\",\"az\":\"Zaxarova\"},\"match\":{\"en\":[\"zakharov\"],\"ru\":[\"захаров\"],"
                + "\"hy\":[\"զախարով\"],\"az\":[\"zaxarov\"]}}";
        ApiResponse put = editor(api, "PUT", "/glossary/Zakharova", body);
        assertTrue(put.status() == 200 || put.status() == 201, put.body());
        int afterGlossary = model.calls();
        editor(api, "POST", "/articles/" + ID + "/retranslate", "{\"languages\":[\"hy\"]}");
        stack.drain();
        int calls = model.calls() - afterGlossary;
        // the blocks and the summary that name her, not the other ten blocks
        assertTrue(calls >= 1 && calls <= 3, "calls " + calls);
        JsonNode usage = Json.MAPPER.readTree(editor(api, "GET", "/articles/" + ID + "/usage", null).body());
        assertTrue(usage.path("languages").path("hy").path("translate").path("calls").asInt() >= 1, usage.toString());
        assertEquals("DONE", Json.MAPPER.readTree(editor(api, "GET", "/articles/" + ID, null).body())
                .path("languages").path("hy").path("status").asText());
    }

    private static ApiResponse editor(ArticleApi api, String method, String path, String body) {
        return api.handle(new ApiRequest(method, path, Map.of(), Map.of(), body, true));
    }
}
