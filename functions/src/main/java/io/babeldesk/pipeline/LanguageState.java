package io.babeldesk.pipeline;

import io.babeldesk.translation.TranslationStatus;

/** The status of one language of an article, as editors see it. */
public record LanguageState(TranslationStatus status, String reason, String updatedAt) {
}
