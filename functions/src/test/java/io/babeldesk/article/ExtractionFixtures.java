package io.babeldesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads extraction fixtures from the test classpath. */
final class ExtractionFixtures {
    // Building lingua's models costs a fraction of a second; tests share one detector as Lambda containers do.
    static final LanguageDetector DETECTOR = new LanguageDetector();

    private ExtractionFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = ExtractionFixtures.class.getResourceAsStream("/extraction/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleExtractor extractor() {
        return new ArticleExtractor(DETECTOR);
    }
}
