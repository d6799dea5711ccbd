package io.babeldesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.extract.ArticleDraft;
import io.babeldesk.article.extract.DecodedText;
import io.babeldesk.article.extract.EnvelopeReader;
import io.babeldesk.article.extract.HtmlArticleReader;
import io.babeldesk.article.extract.MarkdownReader;
import io.babeldesk.article.extract.PlainTextScrapeReader;
import io.babeldesk.article.extract.SourceFormat;
import io.babeldesk.article.extract.TextDecoding;
import io.babeldesk.article.extract.Whitespace;
import java.util.List;
import java.util.Locale;

/** Turns the bytes of an uploaded file into an article's title, blocks and metadata. */
public final class ArticleExtractor {
    /** Uploads larger than this are refused before any parsing. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Fewer body words than this is not an article worth translating. */
    public static final int MIN_BODY_WORDS = 15;

    private final LanguageDetector languageDetector;

    public ArticleExtractor(LanguageDetector languageDetector) {
        this.languageDetector = languageDetector;
    }

    /** Extracts the article and detects its language; refuses what cannot become an article. */
    public ExtractedArticle extract(byte[] bytes, String fileName) {
        ArticleDraft draft = read(bytes, fileName);
        if (draft.bodyWordCount() < MIN_BODY_WORDS) {
            // "0 words" alone puzzles a publisher who uploaded a word or a line: say what cleaning drops
            String why = draft.bodyWordCount() > 0 ? ""
                    : draft.title() != null ? " (its only text was read as the title)"
                    : " (navigation, widgets and fragments shorter than a sentence are dropped)";
            throw new IngestRefusal(RefusalCode.TOO_LITTLE_TEXT, "the article body has " + draft.bodyWordCount()
                    + " words after cleaning" + why + "; at least " + MIN_BODY_WORDS + " are needed");
        }
        ExtractedArticle article = toArticle(draft, null, 0);
        LanguageDetection detection = languageDetector.detect(article.cleanText());
        return switch (detection.status()) {
            case DETECTED -> toArticle(draft, detection.language(), detection.confidence());
            case TOO_LITTLE_TEXT -> throw new IngestRefusal(RefusalCode.TOO_LITTLE_TEXT,
                    "there is too little text to tell its language");
            case MIXED -> throw new IngestRefusal(RefusalCode.MIXED_LANGUAGE,
                    "the article mixes languages; upload one language per file");
            case UNKNOWN -> throw new IngestRefusal(RefusalCode.UNSUPPORTED_LANGUAGE,
                    "the article is not in English, Russian, Armenian or Azerbaijani");
        };
    }

    /**
     * Extracts title, metadata and body without the word-count and language rules, for measuring
     * and previewing pages in any language. Unreadable input (binary, too large, empty) is still refused.
     */
    public ExtractedArticle extractText(byte[] bytes, String fileName) {
        return toArticle(read(bytes, fileName), null, 0);
    }

    private static ExtractedArticle toArticle(ArticleDraft d, Language language, double confidence) {
        return new ExtractedArticle(d.title(), d.byline(), d.publishedAt(), d.siteName(), d.url(),
                d.declaredLanguage(), language, confidence, d.envelopeId(), d.blocks(), d.warnings());
    }

    private static ArticleDraft read(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new IngestRefusal(RefusalCode.EMPTY_FILE, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IngestRefusal(RefusalCode.TOO_LARGE, "the file has " + bytes.length
                    + " bytes; the limit is " + MAX_BYTES);
        }
        DecodedText decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (Whitespace.normalise(text).isEmpty()) {
            throw new IngestRefusal(RefusalCode.EMPTY_FILE, "the file holds only whitespace");
        }
        List<String> warnings = decoded.warnings();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return switch (SourceFormat.sniff(text, name)) {
            case JSON_ENVELOPE -> {
                JsonNode node = EnvelopeReader.parse(text);
                if (node != null) {
                    yield EnvelopeReader.read(node, warnings);
                }
                if (name.endsWith(".json")) {
                    throw new IngestRefusal(RefusalCode.MALFORMED_ENVELOPE, "the JSON envelope is not valid JSON");
                }
                yield PlainTextScrapeReader.read(text, warnings);
            }
            case HTML -> HtmlArticleReader.read(text, warnings);
            case MARKDOWN -> MarkdownReader.read(text, warnings);
            case PLAIN_TEXT -> PlainTextScrapeReader.read(text, warnings);
        };
    }
}
