package io.babeldesk.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.translation.Usage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {
    @Test
    void titleAndBlocksGoToTheModelWithABudgetForTheWordsAsked() {
        List<Object> asked = new ArrayList<>();
        SummaryModel model = (source, segments, request, maxOutputTokens) -> {
            asked.addAll(List.of(source, segments, maxOutputTokens));
            return new SummaryModel.Written("  Kremlin rejects the claim.\n", new Usage(1, 120, 8));
        };
        Article article = new Article("a", "v1", null, null, null, null, null, Language.RU, 0.9,
                List.of(Block.paragraph("Кремль отверг заявление."), Block.paragraph("Второй абзац.")), null);
        SummaryRequest request = new SummaryRequest(Language.EN, SummaryKind.HEADLINE, null, null);

        Summary summary = new Summarizer(model, "m1", new SummaryGate(new io.babeldesk.article.LanguageDetector(), io.babeldesk.glossary.GlossarySeed.load())).summarize(article, request);

        assertEquals(List.of(Language.RU, List.of("", "Кремль отверг заявление.", "Второй абзац."), 64 + 12 * 6), asked);
        assertEquals(new Summary(request, "Kremlin rejects the claim.", "m1", new Usage(1, 120, 8)), summary);
    }
}
