package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;

/** Refused uploads: a recorded error with a stable code, visible through the API, the upload untouched. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestRefusalTest {
    private final FixtureChatModel model = new FixtureChatModel();
    private LocalTestStack stack;

    @BeforeAll
    void start() {
        stack = new LocalTestStack(model);
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private JsonNode uploadAndRead(String key, byte[] bytes, String id) throws Exception {
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key(key), RequestBody.fromBytes(bytes));
        stack.awaitIdle();
        var response = stack.get("/articles/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void emptyUploadIsRefusedWithItsCodeAndLeftInPlace() throws Exception {
        JsonNode article = uploadAndRead("incoming/empty-story.txt", new byte[0], "empty-story");
        assertEquals("EMPTY_FILE", article.path("lastUploadError").path("code").asText());
        byte[] stored = stack.aws.s3().getObjectAsBytes(r -> r.bucket(stack.config.bucket())
                .key("incoming/empty-story.txt")).asByteArray();
        assertArrayEquals(new byte[0], stored);
        assertEquals(0, model.calls());
    }

    @Test
    void pdfBytesAreRefusedAsBinary() throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        JsonNode article = uploadAndRead("incoming/scan.txt", pdf, "scan");
        assertEquals("BINARY_CONTENT", article.path("lastUploadError").path("code").asText());
    }

    @Test
    void unknownArticleIsAProblemWithAStableCode() throws Exception {
        var response = stack.get("/articles/no-such-article");
        assertEquals(404, response.statusCode());
        assertEquals("ARTICLE_NOT_FOUND", Json.MAPPER.readTree(response.body()).path("code").asText());
        var badLanguage = stack.get("/articles/no-such-article/de");
        assertEquals(400, badLanguage.statusCode());
        assertEquals("INVALID_LANGUAGE", Json.MAPPER.readTree(badLanguage.body()).path("code").asText());
    }
}
