package io.babeldesk.local.bench;

import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Extraction time on generated pages of 5,000 and 50,000 words: an HTML page (navigation, an
 * article of paragraphs with links, a footer) and a plain-text scrape (menus, headline, date and
 * byline, paragraphs with inline furniture every fourth paragraph, tags, then a comment thread as
 * long as half the article). The scrape's time is the reader's own work; the HTML page's includes
 * language detection.
 */
final class ExtractionBench {
    private static final String SENTENCE = "The committee met again on Thursday, and members discussed the new "
            + "harbour plan, the budget, and the timetable for public hearings. ";
    private static final int SENTENCE_WORDS = SENTENCE.split(" ").length;

    /** One page kind and size: the median of the timed runs. */
    record Result(String kind, int words, int runs, double medianMillis) {
    }

    private final ArticleExtractor extractor;

    ExtractionBench(LanguageDetector detector) {
        this.extractor = new ArticleExtractor(detector);
    }

    /** A page of about {@code words} words of article text. */
    static byte[] html(int words) {
        StringBuilder html = new StringBuilder("<html><head><title>Long report</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Long report</h1>");
        for (int w = 0; w < words; w += SENTENCE_WORDS * 4) {
            html.append("<p>").append(SENTENCE.repeat(4)).append("<a href='/x'>more</a></p>\n");
        }
        return html.append("</article><footer>Footer</footer></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A scrape of about {@code words} words: two thirds article with inline furniture, one third comments. */
    static byte[] scrape(int words) {
        StringBuilder text = new StringBuilder("Home\nNews\nSport\n\nHarbour plan approved after long debate\n\n"
                + "March 4, 2024\n\nBy Jane Doe\n\n");
        int written = 0;
        for (int i = 0; written < words * 2 / 3; i++) {
            text.append(SENTENCE.repeat(3)).append("\n\n");
            written += SENTENCE_WORDS * 3;
            if (i % 4 == 3) {
                text.append("Advertisement\n\nRead also: Ferry fares rise again\n\nShare\nFacebook\nX\n\n");
            }
        }
        text.append("Tags: harbour, council\n\n12 Comments\n\n");
        for (int i = 0; written < words; i++) {
            text.append("Reader ").append(i).append("\nMarch 5, 2024 at 9:1").append(i % 10).append(" pm\n")
                    .append(SENTENCE.repeat(2)).append("\nReply\n\n");
            written += SENTENCE_WORDS * 2;
        }
        return text.append("© 2024 City News. All rights reserved.\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    Result html(int words, int warmups, int runs) {
        byte[] page = html(words);
        return time("HTML page", words, warmups, runs, () -> extractor.extract(page, "long.html"));
    }

    Result scrape(int words, int warmups, int runs) {
        byte[] page = scrape(words);
        return time("plain-text scrape", words, warmups, runs, () -> extractor.extractText(page, "scrape.txt"));
    }

    private static Result time(String kind, int words, int warmups, int runs, Runnable extraction) {
        for (int i = 0; i < warmups; i++) {
            extraction.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            extraction.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(kind, words, runs, millis[runs / 2]);
    }
}
