package io.babeldesk.pipeline;

import io.babeldesk.article.Language;

/**
 * One unit of work on the queue. Jobs are idempotent: (article, version, task, language) is
 * done at most once, whatever the number of deliveries.
 *
 * @param requestId the editor's summary request, for {@link Task#SUMMARY_REQUEST} (null otherwise)
 */
public record Job(Task task, String articleId, String version, Language language, String requestId) {
    public enum Task {
        /** Write the source-language summary, then fan out the translations. */
        SUMMARIZE_SOURCE,
        /** Translate the article version (with its source summary) into one language. */
        TRANSLATE,
        /** Write a summary an editor asked for. */
        SUMMARY_REQUEST,
        /** Translate again although a result is stored (after a glossary change); memory still applies. */
        RETRANSLATE
    }

    public static Job summarizeSource(String articleId, String version, Language source) {
        return new Job(Task.SUMMARIZE_SOURCE, articleId, version, source, null);
    }

    public static Job translate(String articleId, String version, Language target) {
        return new Job(Task.TRANSLATE, articleId, version, target, null);
    }

    public static Job retranslate(String articleId, String version, Language target) {
        return new Job(Task.RETRANSLATE, articleId, version, target, null);
    }

    public static Job summaryRequest(String articleId, String version, Language language, String requestId) {
        return new Job(Task.SUMMARY_REQUEST, articleId, version, language, requestId);
    }
}
