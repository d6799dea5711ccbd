package io.babeldesk.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.Block;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extraction bench times pages whose extraction is right: the article, none of the furniture. */
class ExtractionBenchTest {
    private final ArticleExtractor extractor = new ArticleExtractor(new LanguageDetector());

    @Test
    void theGeneratedScrapeExtractsToItsArticleWithoutFurnitureOrComments() {
        ExtractedArticle a = extractor.extractText(ExtractionBench.scrape(5_000), "scrape.txt");
        String text = a.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
        assertEquals("Harbour plan approved after long debate", a.title());
        assertFalse(text.contains("Reply") || text.contains("Reader 1") || text.contains("Read also")
                || text.contains("Advertisement") || text.contains("All rights reserved"), text.substring(0, 200));
        int words = text.split("\\s+").length;
        assertTrue(words > 3_000 && words < 3_600, "two thirds of 5,000 words are article: " + words);
    }

    @Test
    void theGeneratedPageExtractsToItsArticle() {
        ExtractedArticle a = extractor.extract(ExtractionBench.html(50_000), "long.html");
        assertEquals(Language.EN, a.language());
        assertFalse(a.blocks().stream().anyMatch(b -> b.text().equals("Footer")));
    }

    @Test
    void eachTimingIsTheMedianOfItsRuns() {
        ExtractionBench.Result r = new ExtractionBench(new LanguageDetector()).scrape(1_000, 0, 3);
        assertEquals("plain-text scrape", r.kind());
        assertEquals(3, r.runs());
        assertTrue(r.medianMillis() > 0);
    }
}
