package io.babeldesk.translation;

import java.util.Locale;

/** Which translated segments the reviewer model reads (BABELDESK_REVIEW_MODE). */
public enum ReviewMode {
    /** No review: the offline checks alone decide. */
    OFF,
    /** Only segments the offline checks flagged: the reviewer names their errors and a repair may fix them. */
    FLAGGED,
    /** Every segment translated by the model (not those the translation memory supplied). */
    ALL;

    /** The mode named by a setting (off, flagged, all; any case), or {@code fallback} when it is unset. */
    public static ReviewMode parse(String value, ReviewMode fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("BABELDESK_REVIEW_MODE must be off, flagged or all, was '" + value + "'");
        }
    }
}
