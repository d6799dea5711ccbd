package io.babeldesk.translation;

/** Where one language of an article stands. */
public enum TranslationStatus {
    /** Queued or in progress. */
    PENDING,
    /** Stored and passed every quality check. */
    DONE,
    /** Stored, but a quality check failed: an editor must look before readers rely on it. */
    NEEDS_REVIEW,
    /** Nothing usable stored; the reason says why. */
    FAILED
}
