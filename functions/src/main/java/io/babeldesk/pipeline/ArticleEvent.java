package io.babeldesk.pipeline;

import io.babeldesk.article.Language;
import java.time.Instant;

/** A change of an article's state, as the publishing system hears of it. */
public record ArticleEvent(String type, String articleId, String version, Language language, String status,
                           String reason, String url, String requestId, String at) {
    public static final String EDITED = "Translation Edited";
    public static final String APPROVED = "Translation Approved";
    public static final String SENT_BACK = "Translation Sent Back";

    public static ArticleEvent of(String type, String articleId, String version, Language language, String status,
                                  String reason, String url) {
        return new ArticleEvent(type, articleId, version, language, status, reason, url, null, Instant.now().toString());
    }
}
