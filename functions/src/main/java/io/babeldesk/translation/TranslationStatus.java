package io.babeldesk.translation;

/** Where one language of an article stands. */
public enum TranslationStatus {
    /** Queued or in progress. */
    PENDING,
    /** Stored and passed every quality check. */
    DONE,
    /** Stored, but a quality check failed: an editor must look before readers rely on it. */
    NEEDS_REVIEW,
    /** An editor approved the text as it stands (after reading, and perhaps correcting, it). */
    APPROVED,
    /** Nothing usable stored; the reason says why. */
    FAILED;

    /** Whether the text is stored and usable (DONE, NEEDS_REVIEW, APPROVED). */
    public boolean hasText() {
        return this == DONE || this == NEEDS_REVIEW || this == APPROVED;
    }
}
