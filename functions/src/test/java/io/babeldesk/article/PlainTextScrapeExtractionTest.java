package io.babeldesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextScrapeExtractionTest {
    private final ArticleExtractor extractor = ExtractionFixtures.extractor();

    @Test
    void sampleScrapeKeepsOnlyTheTwelveArticleParagraphs() {
        ExtractedArticle a = extractor.extract(
                ExtractionFixtures.bytes("kremlin-rejects-pashinyan-claim.txt"), "kremlin-rejects-pashinyan-claim.txt");

        assertEquals("Kremlin Rejects Armenian PM’s Claim that Russia is Leaving South Caucasus", a.title());
        assertEquals("2023-10-04", a.publishedAt());
        assertEquals(Language.EN, a.language());
        assertEquals(12, a.blocks().size(), () -> "blocks: " + a.blocks());
        assertTrue(a.blocks().stream().allMatch(b -> b.type() == BlockType.PARAGRAPH));
        assertTrue(a.blocks().get(0).text().startsWith("The Kremlin has dismissed"));
        assertTrue(a.blocks().get(11).text().endsWith("such as Turkey, Iran, and the West."));
        String body = a.cleanText();
        for (String furniture : List.of("9.7 C", "Munich", "Must read", "TCThttps", "The Caspian Times is a platform",
                "More articles", "LEAVE A REPLY", "Please enter", "Latest article")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void russianScrapeDropsCookieBannerShareLinesTagsAndRelatedList() {
        ExtractedArticle a = extractor.extract(
                ExtractionFixtures.bytes("ru-scrape-cookie-share-related.txt"), "ru-scrape-cookie-share-related.txt");

        assertEquals("В Ереване открылся первый в регионе центр переработки батарей", a.title());
        assertEquals("2024-03-12", a.publishedAt());
        assertEquals("Анна Петрова", a.byline());
        assertEquals(Language.RU, a.language());
        List<String> texts = a.blocks().stream().map(Block::text).toList();
        assertEquals(5, texts.size(), () -> "blocks: " + texts);
        assertTrue(texts.get(0).startsWith("Первый на Южном Кавказе"));
        assertTrue(texts.get(3).startsWith("«Мы рассчитываем"));
        assertTrue(texts.get(4).startsWith("Экологи в целом"));
        String body = a.cleanText();
        for (String furniture : List.of("cookie", "Принять", "USD", "Поделиться", "Читайте также", "Теги",
                "Похожие новости", "Азербайджан увеличил", "Оставить комментарий", "©")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void azerbaijaniScrapeKeepsTheArticleAndDropsNavigationAndRelatedNews() {
        ExtractedArticle a = extractor.extract(ExtractionFixtures.bytes("az-scrape-news.txt"), "az-scrape-news.txt");

        assertEquals("Bakıda yeni metro stansiyasının tikintisinə başlanılıb", a.title());
        assertEquals("2024-05-14", a.publishedAt());
        assertEquals(Language.AZ, a.language());
        assertEquals(4, a.blocks().size(), () -> "blocks: " + a.blocks());
        assertTrue(a.blocks().get(3).text().startsWith("Sakinlər yeni stansiyanın"));
        assertFalse(a.cleanText().contains("Gəncədə yeni park"));
        assertFalse(a.cleanText().contains("Paylaş"));
    }

    @Test
    void armenianScrapeKeepsTheArticleAndReadsTheArmenianDate() {
        ExtractedArticle a = extractor.extract(ExtractionFixtures.bytes("hy-scrape-news.txt"), "hy-scrape-news.txt");

        assertEquals("Երևանում բացվել է նոր գրադարան", a.title());
        assertEquals("2024-06-03", a.publishedAt());
        assertEquals(Language.HY, a.language());
        assertEquals(3, a.blocks().size(), () -> "blocks: " + a.blocks());
        assertFalse(a.cleanText().contains("Գյումրիում"));
        assertFalse(a.cleanText().contains("Կիսվել"));
    }
}
