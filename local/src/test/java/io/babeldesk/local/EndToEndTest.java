package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample article through all three functions on local AWS: uploaded with the AWS CLI,
 * ingested from the S3 notification, summarised and translated from the work queue, read over
 * HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {
    static final String ID = "kremlin-rejects-pashinyan-claim";
    static final List<String> BOILERPLATE = List.of("9.7 C", "Munich", "Must read", "TCThttps://",
            "The Caspian Times is a platform", "More articles", "LEAVE A REPLY", "Please enter your comment",
            "Please enter your name here", "Latest article");

    private final FixtureChatModel model = new FixtureChatModel();
    private LocalTestStack stack;

    @BeforeAll
    void uploadSample() {
        stack = new LocalTestStack(model);
        stack.uploadWithAwsCli(LocalTestStack.SAMPLE, "incoming/" + ID + ".txt");
        stack.awaitIdle();
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void everyLanguageIsDoneWithASummary() throws Exception {
        JsonNode article = Json.MAPPER.readTree(stack.get("/articles/" + ID).body());
        assertEquals("en", article.path("sourceLanguage").asText());
        for (Language l : Language.values()) {
            assertEquals("DONE", article.path("languages").path(l.code()).path("status").asText(), l.code());
            JsonNode version = Json.MAPPER.readTree(stack.get("/articles/" + ID + "/" + l.code()).body());
            assertFalse(version.path("summary").asText().isBlank(), "summary in " + l.code());
            assertEquals(12, version.path("blocks").size(), "blocks in " + l.code());
        }
    }

    @Test
    void thePublishingSystemHearsOfEachLanguageOnce() throws Exception {
        // the example rule's queue, as the publishing system would read it
        List<JsonNode> events = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        int emptyReads = 0;
        while (System.currentTimeMillis() < deadline && (events.size() < Language.values().length || emptyReads < 2)) {
            var messages = stack.aws.sqs().receiveMessage(r -> r.queueUrl(stack.aws.publishingQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            emptyReads = messages.isEmpty() ? emptyReads + 1 : 0;
            for (var m : messages) {
                JsonNode event = Json.MAPPER.readTree(m.body());
                if (ID.equals(event.path("detail").path("articleId").asText())) {
                    events.add(event);
                }
            }
        }
        assertEquals(Language.values().length, events.size(), events.toString());
        java.util.Set<String> languages = new java.util.TreeSet<>();
        for (JsonNode event : events) {
            assertEquals("babeldesk", event.path("source").asText());
            assertEquals("Translation Ready", event.path("detail-type").asText());
            JsonNode detail = event.path("detail");
            assertTrue(languages.add(detail.path("language").asText()), "twice: " + detail);
            assertEquals("DONE", detail.path("status").asText());
            assertEquals("/articles/" + ID + "/" + detail.path("language").asText(), detail.path("url").asText());
            // the url answers with what the event announced
            JsonNode stored = Json.MAPPER.readTree(stack.get(detail.path("url").asText()).body());
            assertEquals("DONE", stored.path("status").asText());
        }
        assertEquals(new java.util.TreeSet<>(List.of("en", "ru", "hy", "az")), languages);
    }

    @Test
    void armenianVersionIsInArmenian() throws Exception {
        HttpResponse<String> r = stack.get("/articles/" + ID + "/hy");
        assertEquals(200, r.statusCode());
        JsonNode hy = Json.MAPPER.readTree(r.body());
        assertEquals("DONE", hy.path("status").asText());
        assertTrue(mostlyArmenian(hy.path("title").asText()), hy.path("title").asText());
        assertTrue(mostlyArmenian(hy.path("summary").asText()), hy.path("summary").asText());
        for (JsonNode block : hy.path("blocks")) {
            assertTrue(mostlyArmenian(block.path("text").asText()), block.path("text").asText());
        }
        assertTrue(hy.path("blocks").path(0).path("text").asText().contains("Կրեմլ"));
    }

    @Test
    void noTranslationContainsTheSitesBoilerplate() throws Exception {
        for (Language l : Language.values()) {
            String body = stack.get("/articles/" + ID + "/" + l.code()).body();
            JsonNode version = Json.MAPPER.readTree(body);
            List<String> texts = new ArrayList<>();
            texts.add(version.path("title").asText());
            version.path("blocks").forEach(b -> texts.add(b.path("text").asText()));
            for (String text : texts) {
                for (String line : BOILERPLATE) {
                    assertFalse(text.contains(line), l.code() + " contains boilerplate '" + line + "': " + text);
                }
            }
        }
    }

    @Test
    void uploadingTheSameBytesAgainMakesNoModelCall() {
        int before = model.calls();
        assertTrue(before > 0, "the first upload called the model");
        stack.uploadWithAwsCli(LocalTestStack.SAMPLE, "incoming/" + ID + ".txt");
        stack.awaitIdle();
        assertEquals(before, model.calls());
    }

    @Test
    void listingShowsTheArticleWithItsLanguages() throws Exception {
        JsonNode list = Json.MAPPER.readTree(stack.get("/articles").body());
        JsonNode item = null;
        for (JsonNode i : list.path("items")) {
            if (ID.equals(i.path("id").asText())) {
                item = i;
            }
        }
        assertNotNull(item, list.toString());
        assertEquals("DONE", item.path("languages").path("az").path("status").asText());
    }

    static boolean mostlyArmenian(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long armenian = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARMENIAN).count();
        return letters > 0 && armenian >= letters * 0.9;
    }
}
