package io.babeldesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractionPerformanceTest {
    private static final String SENTENCE = "The committee met again on Thursday, and members discussed the new "
            + "harbour plan, the budget, and the timetable for public hearings. ";

    private final ArticleExtractor extractor = ExtractionFixtures.extractor();

    private static byte[] page(int words) {
        StringBuilder html = new StringBuilder("<html><head><title>Long report</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Long report</h1>");
        int perSentence = SENTENCE.split(" ").length;
        for (int w = 0; w < words; w += perSentence * 4) {
            html.append("<p>").append(SENTENCE.repeat(4)).append("<a href='/x'>more</a></p>\n");
        }
        return html.append("</article><footer>Footer</footer></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private long bestMillis(byte[] bytes) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            extractor.extract(bytes, "long.html");
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1_000_000;
    }

    @Test
    void extractionTimeGrowsLinearlyWithPageSize() {
        byte[] small = page(5_000);
        byte[] large = page(50_000);
        extractor.extract(small, "warm-up.html");
        long smallMs = Math.max(1, bestMillis(small));
        long largeMs = bestMillis(large);
        System.out.printf("extract: 5k words %d ms, 50k words %d ms%n", smallMs, largeMs);
        // Ten times the text may cost about ten times the time; quadratic work would cost a hundred.
        assertTrue(largeMs <= smallMs * 25 + 50, () -> "5k: " + smallMs + " ms, 50k: " + largeMs + " ms");
        assertEquals(Language.EN, extractor.extract(large, "long.html").language());
    }
}
