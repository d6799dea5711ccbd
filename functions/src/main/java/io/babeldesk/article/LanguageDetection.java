package io.babeldesk.article;

/**
 * The outcome of language detection.
 *
 * @param language the detected language, or null when the status is not {@link Status#DETECTED}
 * @param confidence lingua's confidence for the best language, 0..1
 */
public record LanguageDetection(Status status, Language language, double confidence) {
    public enum Status { DETECTED, TOO_LITTLE_TEXT, MIXED, UNKNOWN }

    public boolean detected() {
        return status == Status.DETECTED;
    }
}
