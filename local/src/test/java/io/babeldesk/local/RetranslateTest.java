package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** Re-translation after a glossary change: translation memory serves every block the change did not touch. */
class RetranslateTest {
    static final String ID = "kremlin-rejects-pashinyan-claim";
    static final String[] EDITOR = {"Authorization", "Bearer " + LocalTestStack.EDITOR_TOKEN};

    @Test
    void retranslateCallsTheModelOnlyForBlocksWithAChangedTerm() throws Exception {
        FixtureChatModel model = new FixtureChatModel();
        try (LocalTestStack stack = new LocalTestStack(model)) {
            stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/" + ID + ".txt"),
                    RequestBody.fromFile(LocalTestStack.SAMPLE));
            stack.awaitIdle();
            int before = model.calls();
            assertEquals(202, stack.post("/articles/" + ID + "/retranslate", "{\"languages\":[\"hy\"]}", EDITOR).statusCode());
            stack.awaitIdle();
            assertEquals(before, model.calls(), "nothing changed: every block comes from translation memory");

            // a new house spelling for a term the article uses: the blocks that mention it are translated again
            String body = "{\"kind\":\"person\",\"renderings\":{\"en\":\"Zakharova\",\"ru\":\"Захарова\","
                    + "\"hy\":\"Մարիա Զախարովա\",\"az\":\"Zaxarova\"},\"match\":{\"en\":[\"zakharov\"],\"ru\":[\"захаров\"],"
                    + "\"hy\":[\"զախարով\"],\"az\":[\"zaxarov\"]}}";
            var put = stack.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port + "/glossary/Zakharova"))
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).header(EDITOR[0], EDITOR[1]).build());
            assertTrue(put.statusCode() == 200 || put.statusCode() == 201, put.body());
            int afterGlossary = model.calls();
            stack.post("/articles/" + ID + "/retranslate", "{\"languages\":[\"hy\"]}", EDITOR);
            stack.awaitIdle();
            int calls = model.calls() - afterGlossary;
            // the blocks and the summary that name her, not the other ten blocks
            assertTrue(calls >= 1 && calls <= 3, "calls " + calls);
            JsonNode usage = Json.MAPPER.readTree(stack.get("/articles/" + ID + "/usage", EDITOR).body());
            assertTrue(usage.path("languages").path("hy").path("translate").path("calls").asInt() >= 1, usage.toString());
            assertEquals("DONE", Json.MAPPER.readTree(stack.get("/articles/" + ID).body())
                    .path("languages").path("hy").path("status").asText());
        }
    }
}
