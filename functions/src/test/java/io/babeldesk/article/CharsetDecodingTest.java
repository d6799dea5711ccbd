package io.babeldesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDecodingTest {
    private static final String RUSSIAN = """
            Правительство России одобрило новый план развития транспортной сети Дальнего Востока.

            Документ предусматривает строительство новых дорог, мостов и аэропортов в течение ближайших десяти лет, \
            сообщили в пресс-службе министерства.
            """;
    private static final String ENGLISH = """
            The city council approved a new budget for public transport on Monday after a long debate.

            The plan adds three bus lines and extends the opening hours of the metro, the mayor's office said in a \
            statement published on its website.
            """;
    private static final String FRENCH_NAMES_IN_ENGLISH = """
            The café on the Champs-Élysées reopened on Monday after a long renovation, its owner said.

            Visitors can again order crème brûlée and café au lait at the counter, and the terrace has been extended \
            to the street corner.
            """;

    private final ArticleExtractor extractor = ExtractionFixtures.extractor();

    @Test
    void readsUtf8WithoutBom() {
        ExtractedArticle a = extractor.extract(RUSSIAN.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertTrue(a.cleanText().contains("Правительство России"));
        assertEquals(Language.RU, a.language());
        assertTrue(a.warnings().isEmpty());
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ENGLISH.getBytes(StandardCharsets.UTF_8));
        ExtractedArticle a = extractor.extract(bytes, "a.txt");
        assertTrue(a.blocks().get(0).text().startsWith("The city council"));
    }

    @Test
    void readsUtf16LittleAndBigEndianWithBom() {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            ExtractedArticle a = extractor.extract(concat(bom, RUSSIAN.getBytes(cs)), "a.txt");
            assertTrue(a.cleanText().contains("Правительство России"), cs.name());
            assertEquals(Language.RU, a.language());
        }
    }

    @Test
    void tellsWindows1251FromKoi8rWithoutDeclaration() {
        for (String name : new String[] {"windows-1251", "KOI8-R"}) {
            byte[] bytes = RUSSIAN.getBytes(Charset.forName(name));
            ExtractedArticle a = extractor.extract(bytes, "a.txt");
            assertTrue(a.cleanText().contains("Правительство России одобрило"), name + ": " + a.cleanText());
            assertTrue(a.warnings().isEmpty(), name);
        }
    }

    @Test
    void followsTheCharsetAnHtmlPageDeclares() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                + "<title>Новости</title></head><body><article><p>" + RUSSIAN.replace("\n\n", "</p><p>")
                + "</p></article></body></html>";
        ExtractedArticle a = extractor.extract(page.getBytes(Charset.forName("KOI8-R")), "page.html");
        assertTrue(a.cleanText().contains("Правительство России"));

        String latin = "<html><head><meta charset=\"ISO-8859-1\"><title>Café</title></head><body><article><p>"
                + FRENCH_NAMES_IN_ENGLISH.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        ExtractedArticle b = extractor.extract(latin.getBytes(StandardCharsets.ISO_8859_1), "page.html");
        assertTrue(b.cleanText().contains("Champs-Élysées"), b.cleanText());
        assertTrue(b.cleanText().contains("crème brûlée"));
    }

    @Test
    void readsUndeclaredLatin1Text() {
        ExtractedArticle a = extractor.extract(FRENCH_NAMES_IN_ENGLISH.getBytes(StandardCharsets.ISO_8859_1), "a.txt");
        assertTrue(a.cleanText().contains("crème brûlée"), a.cleanText());
    }

    @Test
    void reportsAFewInvalidUtf8BytesAsAWarning() {
        byte[] text = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        text[40] = (byte) 0xFF;
        ExtractedArticle a = extractor.extract(text, "a.txt");
        assertEquals(1, a.warnings().size(), a.warnings().toString());
        assertTrue(a.warnings().get(0).contains("invalid"));
        assertTrue(a.cleanText().contains("\uFFFD"));
    }

    @Test
    void refusesTextThatIsMostlyInvalidBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] word = "news ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 400; i++) {
            out.writeBytes(word);
            // lone continuation bytes and bytes that are never valid UTF-8, mixed so no single-byte charset fits
            out.write(0x80 + (i * 7) % 64);
            out.write(0xF8 + i % 8);
            out.write(0x81 + (i * 13) % 30);
            out.write(' ');
        }
        IngestRefusal r = assertThrows(IngestRefusal.class, () -> extractor.extract(out.toByteArray(), "a.txt"));
        assertEquals(RefusalCode.INVALID_ENCODING, r.code());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
