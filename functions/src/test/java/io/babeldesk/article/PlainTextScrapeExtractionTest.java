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

    private ExtractedArticle scrape(String name) {
        return extractor.extract(ExtractionFixtures.bytes(name), name);
    }

    private static void assertArticle(ExtractedArticle a, Language language, String title, String byline,
                                      int paragraphs, String firstStart, String lastStart, List<String> furniture) {
        assertEquals(language, a.language());
        assertEquals(title, a.title());
        assertEquals("2018-10-01", a.publishedAt());
        assertEquals(byline, a.byline());
        List<String> texts = a.blocks().stream().map(Block::text).toList();
        assertEquals(paragraphs, texts.size(), () -> "blocks: " + texts);
        assertTrue(a.blocks().stream().allMatch(b -> b.type() == BlockType.PARAGRAPH), () -> "blocks: " + a.blocks());
        assertTrue(texts.get(0).startsWith(firstStart), texts.get(0));
        assertTrue(texts.get(texts.size() - 1).startsWith(lastStart), texts.get(texts.size() - 1));
        String body = a.cleanText();
        for (String f : furniture) {
            assertFalse(body.contains(f), f);
        }
    }

    @Test
    void russianArticleReadsOnAcrossInlineFurnitureAndStopsAtTheComments() {
        assertArticle(scrape("ru-scrape-inline-furniture-comments.txt"), Language.RU,
                "На Волге открыли новый речной вокзал в Самаре", "Игорь Смирнов", 5,
                "В Самаре после трёх лет", "Местные жители давно",
                List.of("Фото:", "Читайте также", "Реклама", "Подписывайтесь", "Теги", "Наконец-то", "Ответить",
                        "Похожие", "cookie", "©"));
    }

    @Test
    void azerbaijaniCommentThreadLongerThanTheArticleIsNotTakenForIt() {
        assertArticle(scrape("az-scrape-inline-furniture-comments.txt"), Language.AZ,
                "Gəncədə yeni uşaq xəstəxanası istifadəyə verilib", "Leyla Məmmədova", 5,
                "Gəncə şəhərində iki il", "Valideynlər artıq",
                List.of("Foto:", "Həmçinin oxuyun", "Reklam", "abunə olun", "Teqlər", "Çox gözəl xəbərdir",
                        "Məqalədə deyilmir", "Oxşar xəbərlər", "kuki", "©"));
    }

    @Test
    void armenianArticleReadsOnAcrossInlineFurnitureAndStopsAtTheComments() {
        assertArticle(scrape("hy-scrape-inline-furniture-comments.txt"), Language.HY,
                "Գյումրիում բացվել է նոր մանկական հիվանդանոց", "Արմեն Սարգսյան", 5,
                "Գյումրիում երկու տարվա", "Ծնողներն այլևս",
                List.of("Լուսանկարը", "Կարդացեք նաև", "Գովազդ", "Բաժանորդագրվեք", "Պիտակներ", "Շատ լավ լուր",
                        "Պատասխանել", "Նմանատիպ", "թխուկներ", "©"));
    }
}
