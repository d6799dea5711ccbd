package io.babeldesk.article.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextScrapeReaderTest {
    @Test
    void endAndStartChecksAgreeWithSearchingTheWholeLine() {
        List<String> pieces = List.of("a", "word ", ".", "!", "»", "։", ":", ")", "\n", "\r\n", "\r", "\u0085",
                "\u2028", " ", "- ", "• ", "12. ", "3) ", "1234. ", "\t");
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(7); j > 0; j--) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = sb.toString();
            assertEquals(PlainTextScrapeReader.TERMINAL.matcher(text).find(), PlainTextScrapeReader.endsTerminal(text),
                    text);
            assertEquals(PlainTextScrapeReader.TERMINAL.matcher(sb).find(), PlainTextScrapeReader.endsTerminal(sb), text);
            assertEquals(PlainTextScrapeReader.LIST_MARKER.matcher(text).find(),
                    PlainTextScrapeReader.startsWithListMarker(text), text);
        }
    }
}
