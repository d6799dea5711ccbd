package io.babeldesk.pipeline;

import io.babeldesk.translation.Usage;

/** An editor-requested summary as stored, keyed by article, version and request parameters. */
public record StoredSummary(String requestId, String articleId, String articleVersion, String language,
                            String kind, Integer maxWords, String focus, String status, String text,
                            String model, Usage usage, String error, String createdAt) {
}
