package io.babeldesk.store;

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

    /** Why the latest upload for this article was refused. */
    public record Refusal(String code, String message, String sourceKey, String at) {
    }
}
