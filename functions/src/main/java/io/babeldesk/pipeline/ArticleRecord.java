package io.babeldesk.pipeline;

import io.babeldesk.article.Language;
import java.util.Map;

/**
 * The head item of an article: metadata of its current version and the status of every
 * language. A refused upload has a {@code refusal} and, if no earlier version was accepted, no
 * version at all.
 */
public record ArticleRecord(
        String id,
        String version,
        String title,
        String byline,
        String publishedAt,
        String siteName,
        String url,
        Language sourceLanguage,
        double languageConfidence,
        String sourceKey,
        String uploadedAt,
        Map<Language, LanguageState> languages,
        Refusal refusal) {

    /**
     * The order of the listing, newest first: the publication date where the article has one,
     * else the upload time, then the id (so equal times still have one order).
     */
    public static String listingKey(String publishedAt, java.time.Instant uploadedAt, String articleId) {
        return (publishedAt != null ? publishedAt : uploadedAt.toString()) + "#" + articleId;
    }

    /** Why the latest upload for this article was refused. */
    public record Refusal(String code, String message, String sourceKey, String at) {
    }
}
