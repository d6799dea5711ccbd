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

    /** A scrape of about {@code words} words: paragraphs with inline furniture, then a long comment thread. */
    private static byte[] scrape(int words) {
        StringBuilder text = new StringBuilder("Home\nNews\nSport\n\nHarbour plan approved after long debate\n\n"
                + "March 4, 2024\n\nBy Jane Doe\n\n");
        int perSentence = SENTENCE.split(" ").length;
        int written = 0;
        for (int i = 0; written < words * 2 / 3; i++) {
            text.append(SENTENCE.repeat(3)).append("\n\n");
            written += perSentence * 3;
            if (i % 4 == 3) {
                text.append("Advertisement\n\nRead also: Ferry fares rise again\n\nShare\nFacebook\nX\n\n");
            }
        }
        text.append("Tags: harbour, council\n\n12 Comments\n\n");
        for (int i = 0; written < words; i++) {
            text.append("Reader ").append(i).append("\nMarch 5, 2024 at 9:1").append(i % 10).append(" pm\n")
                    .append(SENTENCE.repeat(2)).append("\nReply\n\n");
            written += perSentence * 2;
        }
        return text.append("© 2024 City News. All rights reserved.\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextScrapeOfFiveThousandWordsTakesUnderFiftyMillisecondsAndGrowsLinearly() {
        byte[] small = scrape(5_000);
        byte[] large = scrape(50_000);
        for (int i = 0; i < 5; i++) {
            extractor.extractText(small, "warm-up.txt");
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            extractor.extractText(small, "scrape.txt");
            best = Math.min(best, System.nanoTime() - start);
        }
        long smallMs = best / 1_000_000;
        extractor.extractText(large, "warm-up.txt");
        long bestLarge = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            extractor.extractText(large, "scrape.txt");
            bestLarge = Math.min(bestLarge, System.nanoTime() - start);
        }
        long largeMs = bestLarge / 1_000_000;
        System.out.printf("scrape: 5k words %d ms, 50k words %d ms%n", smallMs, largeMs);
        // the reader's own work: language detection is measured with the HTML page above
        assertTrue(smallMs < 50, () -> "5k words: " + smallMs + " ms");
        assertTrue(largeMs <= Math.max(1, smallMs) * 25 + 50, () -> "5k: " + smallMs + " ms, 50k: " + largeMs + " ms");
    }
}
