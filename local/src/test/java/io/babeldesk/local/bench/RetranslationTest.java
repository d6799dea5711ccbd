package io.babeldesk.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.Block;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.llm.LlmTranslationModel;
import io.babeldesk.llm.Prompt;
import io.babeldesk.llm.SegmentCodec;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetranslationTest {
    private static final Path SAMPLE = Path.of("..", "events", "articles", "kremlin-rejects-pashinyan-claim.txt");
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    static Article sample() throws Exception {
        ExtractedArticle e = new ArticleExtractor(DETECTOR)
                .extract(Files.readAllBytes(SAMPLE), SAMPLE.getFileName().toString());
        return new Article("kremlin-rejects-pashinyan-claim", "v1", e.title(), null, null, null, null, e.language(),
                e.languageConfidence(), e.blocks(), null);
    }

    /** TEST FIXTURE: counts what goes through to the simulation. */
    private static final class Counting implements ChatModel {
        final ChatModel inner = new SimulatedTranslationModel(SimulatedTranslationModel.Latency.NONE);
        final List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public ChatResponse doChat(ChatRequest request) {
            SegmentCodec.decode(Prompt.readArticle(Prompt.readUser(request))).forEach(s -> sent.add(s.text()));
            return inner.chat(request);
        }
    }

    @Test
    void editedParagraphAndSummaryAreTheOnlySegmentsTranslatedAgain() throws Exception {
        Article first = sample();
        Counting model = new Counting();
        TranslationEngine engine = new TranslationEngine(new LlmTranslationModel(model), "test:scripted",
                GlossarySeed.load("glossary/test-glossary.json"), new InMemoryTranslationMemory(), DETECTOR,
                EngineLimits.DEFAULTS);
        String summary = "Kremlin spokesman Dmitry Peskov rejected Pashinyan’s claim that Russia is leaving the South Caucasus.";
        List<Usage> firstCost = new ArrayList<>();
        for (Language target : Language.EN.others()) {
            Translation t = engine.translate(first, summary, target);
            assertEquals(TranslationStatus.DONE, t.status(), target + " " + t.reason());
            firstCost.add(t.usage());
        }
        int segments = first.blocks().size() + 2;
        assertEquals(3 * segments, model.sent.size());

        List<Block> edited = new ArrayList<>(first.blocks());
        String changed = edited.get(3).text().replace("on Tuesday", "on Wednesday");
        edited.set(3, edited.get(3).withText(changed));
        Article second = new Article(first.id(), "v2", first.title(), null, null, null, null, first.sourceLanguage(),
                first.languageConfidence(), edited, null);
        String newSummary = summary + " Peskov spoke on Wednesday.";
        model.sent.clear();
        for (int i = 0; i < 3; i++) {
            Language target = Language.EN.others().get(i);
            Translation t = engine.translate(second, newSummary, target);
            assertEquals(TranslationStatus.DONE, t.status(), target + " " + t.reason());
            assertEquals(1, t.usage().calls(), target + ": one call for the edited paragraph and the summary");
            assertTrue(t.usage().outputTokens() * 4 < firstCost.get(i).outputTokens(), t.usage() + " vs " + firstCost.get(i));
            assertEquals("v2", t.articleVersion());
            assertEquals(first.blocks().size(), t.blocks().size());
        }
        assertEquals(List.of(changed, newSummary, changed, newSummary, changed, newSummary), model.sent);
    }
}
