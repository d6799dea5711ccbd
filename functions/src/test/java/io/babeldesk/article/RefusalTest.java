package io.babeldesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class RefusalTest {
    private static final String ENGLISH_PARAGRAPH = "The regional parliament voted on Tuesday to extend the "
            + "programme for another year, after officials said it had helped thousands of families.";

    private final ArticleExtractor extractor = ExtractionFixtures.extractor();

    private RefusalCode refusal(byte[] bytes, String name) {
        return assertThrows(IngestRefusal.class, () -> extractor.extract(bytes, name)).code();
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals(RefusalCode.EMPTY_FILE, refusal(new byte[0], "a.txt"));
    }

    @Test
    void refusesAWhitespaceOnlyFile() {
        assertEquals(RefusalCode.EMPTY_FILE, refusal(" \n\t\r\n \u00a0 \n".getBytes(StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void refusesBinaryFilesByTheirMagicBytes() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("article.txt"));
            z.write(ENGLISH_PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(ENGLISH_PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(RefusalCode.BINARY_CONTENT, refusal(pdf, "a.pdf"));
        assertEquals(RefusalCode.BINARY_CONTENT, refusal(png, "a.txt"));
        assertEquals(RefusalCode.BINARY_CONTENT, refusal(zip.toByteArray(), "a.txt"));
        assertEquals(RefusalCode.BINARY_CONTENT, refusal(gz.toByteArray(), "a.html"));
    }

    @Test
    void refusesTextFullOfNulAndControlBytes() {
        byte[] bytes = (ENGLISH_PARAGRAPH + ENGLISH_PARAGRAPH).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 3) {
            bytes[i] = (byte) (i % 2 == 0 ? 0 : 0x07);
        }
        assertEquals(RefusalCode.BINARY_CONTENT, refusal(bytes, "a.txt"));
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        byte[] bytes = new byte[ArticleExtractor.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) 'a');
        assertEquals(RefusalCode.TOO_LARGE, refusal(bytes, "a.txt"));
    }

    @Test
    void refusesTooLittleTextAfterCleaning() {
        String scrape = "Home\nNews\n\nShort headline about nothing\n\nOnly eight words stand in this body text.\n\n"
                + "Share\nFacebook\nTwitter\n\nLEAVE A REPLY\n\nPlease enter your comment!\n";
        assertEquals(RefusalCode.TOO_LITTLE_TEXT, refusal(scrape.getBytes(StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void aOneWordFileIsRefusedWithAMessageThatSaysWhatCleaningDrops() {
        IngestRefusal refusal = assertThrows(IngestRefusal.class,
                () -> extractor.extract("Kremlin".getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertEquals(RefusalCode.TOO_LITTLE_TEXT, refusal.code());
        assertEquals("the article body has 0 words after cleaning (navigation, widgets and fragments shorter than"
                + " a sentence are dropped); at least 15 are needed", refusal.getMessage());
    }

    @Test
    void refusesGermanAndFrenchArticlesAsUnsupported() {
        String german = "Der Stadtrat hat am Montag nach langer Debatte einen neuen Haushalt für den öffentlichen "
                + "Nahverkehr beschlossen. Der Plan sieht drei neue Buslinien vor und verlängert die Betriebszeiten "
                + "der U-Bahn, teilte das Büro des Bürgermeisters mit.";
        String french = "Le conseil municipal a adopté lundi un nouveau budget pour les transports publics après un "
                + "long débat. Le plan ajoute trois lignes de bus et prolonge les horaires du métro, a indiqué la "
                + "mairie dans un communiqué.";
        assertEquals(RefusalCode.UNSUPPORTED_LANGUAGE, refusal(german.getBytes(StandardCharsets.UTF_8), "de.txt"));
        assertEquals(RefusalCode.UNSUPPORTED_LANGUAGE, refusal(french.getBytes(StandardCharsets.UTF_8), "fr.txt"));
    }

    @Test
    void refusesAnArticleHalfInEnglishHalfInRussian() {
        String mixed = ENGLISH_PARAGRAPH + "\n\n" + ENGLISH_PARAGRAPH.replace("Tuesday", "Wednesday") + "\n\n"
                + "Региональный парламент во вторник проголосовал за продление программы ещё на год, после того как "
                + "чиновники заявили, что она помогла тысячам семей.\n\n"
                + "Депутаты также поручили правительству подготовить отчёт о расходах программы до конца года.";
        assertEquals(RefusalCode.MIXED_LANGUAGE, refusal(mixed.getBytes(StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void refusesAnEnvelopeThatIsNotJson() {
        assertEquals(RefusalCode.MALFORMED_ENVELOPE,
                refusal("{\"title\": \"x\", \"body\": ".getBytes(StandardCharsets.UTF_8), "a.json"));
        assertEquals(RefusalCode.MALFORMED_ENVELOPE,
                refusal("{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8), "a.json"));
    }

    @Test
    void survivesHtmlNestedTenThousandLevelsDeep() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(10_000));
        html.append("<p>").append(ENGLISH_PARAGRAPH).append(' ').append(ENGLISH_PARAGRAPH).append("</p>");
        html.append("</div>".repeat(10_000)).append("</body></html>");
        ExtractedArticle a = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), "deep.html");
        assertTrue(a.cleanText().contains("regional parliament"));
    }
}
