package io.babeldesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.babeldesk.article.Language;
import io.babeldesk.translation.TranslationStatus;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ArticleEventTest {

    @Test
    void detailLeavesOutWhatIsNotSet() {
        ArticleEvent e = new ArticleEvent(ArticleEvent.TRANSLATION_READY, "a", "v1", Language.HY, "DONE", null,
                "/articles/a/hy", null, "2026-01-01T10:00:00Z");
        assertEquals("{\"articleId\":\"a\",\"version\":\"v1\",\"language\":\"hy\",\"status\":\"DONE\","
                + "\"url\":\"/articles/a/hy\",\"at\":\"2026-01-01T10:00:00Z\"}", e.detailJson());
    }

    @Test
    void typeAndStatusFollowTheResult() {
        assertEquals(ArticleEvent.TRANSLATION_READY,
                ArticleEvent.translation("a", "v", Language.RU, TranslationStatus.DONE, "ignored", "u").type());
        ArticleEvent review = ArticleEvent.needsReview("a", "v", Language.RU, "NUMBERS", "u");
        assertEquals("Translation Needs Review", review.type());
        assertEquals("NEEDS_REVIEW", review.status());
        assertEquals("NUMBERS", review.reason());
        assertEquals("Translation Failed", ArticleEvent.failed("a", "v", Language.AZ, "x", "u").type());
        assertThrows(IllegalArgumentException.class,
                () -> ArticleEvent.translation("a", "v", Language.RU, TranslationStatus.PENDING, null, "u"));
    }

    @Test
    void editorsEvents() {
        ArticleEvent approved = ArticleEvent.approved("a", "v", Language.HY, "https://api/articles/a/hy");
        assertEquals("Translation Approved", approved.type());
        assertEquals("APPROVED", approved.status());
        ArticleEvent back = ArticleEvent.sentBack("a", "v", Language.HY, "names", "u").withRequestId("req-1");
        assertEquals("Translation Sent Back", back.type());
        assertEquals("NEEDS_REVIEW", back.status());
        assertEquals("req-1", back.requestId());
        assertEquals("Translation Edited", ArticleEvent.edited("a", "v", Language.HY, "DONE", "u").type());
        assertEquals(9, ArticleEvent.TYPES.size());
    }

    @Test
    void urlsArePathsUnlessTheApiUrlIsKnown() {
        assertEquals("/articles/a/az", ArticleEvent.url(null, ArticleEvent.translationPath("a", Language.AZ)));
        assertEquals("/articles/a/az", ArticleEvent.url(" ", ArticleEvent.translationPath("a", Language.AZ)));
        assertEquals("https://x.execute-api.us-east-1.amazonaws.com/prod/articles/a/summaries/r",
                ArticleEvent.url("https://x.execute-api.us-east-1.amazonaws.com/prod/",
                        ArticleEvent.summaryPath("a", "r")));
    }

    @Test
    void theSchemaDocumentsWhatIsPublished() throws Exception {
        JsonNode schema = Json.MAPPER.readTree(Files.readString(Path.of("..", "docs", "events.schema.json")));
        assertEquals(ArticleEvent.SOURCE, schema.path("properties").path("source").path("const").asText());
        List<String> types = new ArrayList<>();
        schema.path("properties").path("detail-type").path("enum").forEach(t -> types.add(t.asText()));
        assertEquals(ArticleEvent.TYPES, types);

        JsonNode detail = schema.path("$defs").path("detail");
        Set<String> documented = new TreeSet<>();
        detail.path("properties").fieldNames().forEachRemaining(documented::add);
        ArticleEvent full = new ArticleEvent(ArticleEvent.SUMMARY_FAILED, "a", "v", Language.HY, "FAILED", "why",
                "/articles/a/summaries/r", "r", null);
        assertEquals(documented, new TreeSet<>(full.detail().keySet()));
        Set<String> statuses = new TreeSet<>();
        detail.path("properties").path("status").path("enum").forEach(t -> statuses.add(t.asText()));
        for (ArticleEvent e : List.of(full, ArticleEvent.ready("a", "v", Language.EN, "u"),
                ArticleEvent.needsReview("a", "v", Language.EN, "r", "u"), ArticleEvent.failed("a", "v", Language.EN, "r", "u"),
                ArticleEvent.approved("a", "v", Language.EN, "u"), ArticleEvent.sentBack("a", "v", Language.EN, "r", "u"),
                ArticleEvent.summaryReady("a", "v", Language.EN, "r", "u"), ArticleEvent.uploadRefused("a", "X", "m", "u"))) {
            assertEquals(true, statuses.contains(e.status()), e.status());
            detail.path("required").forEach(k -> assertEquals(true, e.detail().containsKey(k.asText()), k + " in " + e));
        }
    }
}
