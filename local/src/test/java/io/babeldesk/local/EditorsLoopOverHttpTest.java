package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.testing.RecordingChatModel;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The editors' loop over real HTTP on the local serve stack (moto_server, the template's table,
 * queue and trigger), with readers under the {@code approved} publish policy: a flagged article in
 * the queue, one paragraph corrected, approved, read by a reader, its history, and a new version
 * that sends only its changed paragraph to the model and keeps the correction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorsLoopOverHttpTest {
    private static final String ID = "peskov-briefing";
    private static final String CORRECTED = "«Мы не можем согласиться с этими тезисами», — сказал Песков на брифинге, "
            + "на котором присутствовали около 30 журналистов.";

    private RecordingChatModel recording;
    private LocalTestStack stack;

    @BeforeAll
    void start() {
        FixtureChatModel fixture = new FixtureChatModel();
        recording = new RecordingChatModel(fixture);
        stack = new LocalTestStack(recording, Map.of("BABELDESK_PUBLISH_POLICY", "approved"));
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void anEditorCorrectsApprovesAndTheCorrectionOutlivesTheNextVersion() throws Exception {
        upload("review-demo/peskov-briefing.txt");
        assertEquals(List.of("Translation Needs Review ru NEEDS_REVIEW", "Translation Ready az DONE",
                "Translation Ready en DONE", "Translation Ready hy DONE"), events());

        // the quality gate flagged Russian: it is in the queue, with the finding on its paragraph
        JsonNode queue = json(send("GET", "/review", null));
        assertEquals(1, queue.path("items").size(), queue.toString());
        JsonNode finding = queue.path("items").get(0).path("findings").get(0);
        assertEquals("MISSING_NUMBER", finding.path("check").asText(), queue.toString());
        int block = finding.path("block").asInt();

        // readers see no Russian text before an editor approves it
        JsonNode unpublished = json(stack.get("/articles/" + ID + "/ru"));
        assertEquals("NEEDS_REVIEW", unpublished.path("status").asText());
        assertTrue(unpublished.path("blocks").isEmpty(), unpublished.toString());

        HttpResponse<String> read = send("GET", "/articles/" + ID + "/ru", null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        ObjectNode edit = (ObjectNode) json(read);
        ((ObjectNode) edit.path("blocks").get(block)).put("text", CORRECTED);
        edit.put("comment", "restored the number of journalists");
        assertEquals(428, send("PUT", "/articles/" + ID + "/ru", edit.toString()).statusCode());
        HttpResponse<String> saved = send("PUT", "/articles/" + ID + "/ru", edit.toString(), "If-Match", etag);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(412, send("PUT", "/articles/" + ID + "/ru", edit.toString(), "If-Match", etag).statusCode());
        assertEquals(List.of("Translation Edited ru NEEDS_REVIEW"), events(), "one event for the edit, none for the refusals");

        HttpResponse<String> approved = send("POST", "/articles/" + ID + "/ru/approve", "{\"comment\":\"ready\"}",
                "If-Match", saved.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(List.of("Translation Approved ru APPROVED"), events());

        JsonNode published = json(stack.get("/articles/" + ID + "/ru"));
        assertEquals("APPROVED", published.path("status").asText());
        assertEquals(CORRECTED, published.path("blocks").get(block).path("text").asText());

        JsonNode history = json(send("GET", "/articles/" + ID + "/ru/revisions", null));
        List<String> entries = new ArrayList<>();
        history.path("items").forEach(r -> entries.add(r.path("number").asInt() + " " + r.path("action").asText()
                + " " + r.path("editor").asText()));
        assertEquals(List.of("3 approve local:ana", "2 edit local:ana", "1 machine fixture"), entries);
        JsonNode revision = json(send("GET", "/articles/" + ID + "/ru/revisions/2", null));
        assertEquals(CORRECTED, revision.path("blocks").get(block).path("text").asText());

        // a new version with one other paragraph changed: the model sees that paragraph only
        recording.clear();
        upload("review-demo/peskov-briefing-v2.txt");
        List<String> translated = recording.translationPrompts();
        assertEquals(3, translated.size(), translated.toString());
        translated.forEach(p -> assertTrue(p.contains("without delay") && !p.contains("30 journalists"), p));
        JsonNode v2 = json(send("GET", "/articles/" + ID + "/ru", null));
        assertEquals(CORRECTED, v2.path("blocks").get(block).path("text").asText(), "the human edit is kept");
        assertFalse(v2.path("version").asText().equals(published.path("version").asText()));
        assertEquals(List.of("Translation Ready az DONE", "Translation Ready en DONE", "Translation Ready hy DONE",
                "Translation Ready ru DONE"), events());
    }

    /**
     * The events of this article that reached the example rule's queue since the last call, as
     * "detail-type language status", sorted (the languages finish in any order).
     */
    private List<String> events() throws Exception {
        List<String> out = new ArrayList<>();
        int emptyReads = 0;
        long deadline = System.currentTimeMillis() + 15_000;
        while (emptyReads < 2 && System.currentTimeMillis() < deadline) {
            var messages = stack.aws.sqs().receiveMessage(r -> r.queueUrl(stack.aws.publishingQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            emptyReads = messages.isEmpty() ? emptyReads + 1 : 0;
            for (var m : messages) {
                JsonNode event = Json.MAPPER.readTree(m.body());
                JsonNode detail = event.path("detail");
                if (ID.equals(detail.path("articleId").asText())) {
                    out.add(event.path("detail-type").asText() + " " + detail.path("language").asText() + " "
                            + detail.path("status").asText());
                }
                stack.aws.sqs().deleteMessage(r -> r.queueUrl(stack.aws.publishingQueueUrl()).receiptHandle(m.receiptHandle()));
            }
        }
        Collections.sort(out);
        return out;
    }

    @Test
    void editorsRoutesAnswerProblemsOverHttp() throws Exception {
        HttpResponse<String> anonymous = stack.get("/review");
        assertProblem(anonymous, 401, "EDITOR_AUTH_REQUIRED");
        assertProblem(send("POST", "/articles/no-such-article/ru/approve", null), 404, "ARTICLE_NOT_FOUND");
        assertProblem(send("GET", "/articles/no-such-article/ru/revisions/1", null), 404, "ARTICLE_NOT_FOUND");
        assertProblem(send("POST", "/articles/" + ID + "/ru/send-back", "{}"), 422, "REASON_REQUIRED");
        assertProblem(send("GET", "/review?include=all", null), 400, "INVALID_INCLUDE");
        // an upload refused as empty has no text in any language to approve
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/empty-review.txt"),
                RequestBody.fromBytes(new byte[0]));
        stack.awaitIdle();
        assertProblem(send("POST", "/articles/empty-review/ru/approve", null), 409, "ARTICLE_REFUSED");
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(code, json(r).path("code").asText(), r.body());
    }

    private void upload(String event) {
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/" + ID + ".txt"),
                RequestBody.fromFile(Path.of("..", "events", event)));
        stack.awaitIdle();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port + path))
                .header("Authorization", "Bearer " + LocalTestStack.EDITOR_TOKEN)
                .header("X-Editor-Name", "ana")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return stack.send(b.build());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }
}
