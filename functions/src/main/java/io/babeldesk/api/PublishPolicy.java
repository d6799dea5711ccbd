package io.babeldesk.api;

import io.babeldesk.translation.TranslationStatus;
import java.util.Locale;
import java.util.Set;

/**
 * Which translations readers see (BABELDESK_PUBLISH_POLICY): {@code done} shows a translation as
 * soon as it is stored, {@code approved} only once an editor approved it. Editors see every text.
 */
public enum PublishPolicy {
    DONE(Set.of(TranslationStatus.DONE, TranslationStatus.NEEDS_REVIEW, TranslationStatus.APPROVED),
            Set.of(TranslationStatus.DONE, TranslationStatus.APPROVED)),
    APPROVED(Set.of(TranslationStatus.APPROVED), Set.of(TranslationStatus.APPROVED));

    private final Set<TranslationStatus> readable;
    private final Set<TranslationStatus> listed;

    PublishPolicy(Set<TranslationStatus> readable, Set<TranslationStatus> listed) {
        this.readable = readable;
        this.listed = listed;
    }

    /** Whether readers see the text of a language in this status. */
    public boolean readable(TranslationStatus status) {
        return readable.contains(status);
    }

    /** The statuses that count as published in a language, for the listing's language filter. */
    public Set<TranslationStatus> published() {
        return listed;
    }

    public static PublishPolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return DONE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "done" -> DONE;
            case "approved" -> APPROVED;
            default -> throw new IllegalArgumentException("BABELDESK_PUBLISH_POLICY must be done or approved, not '"
                    + value + "'");
        };
    }
}
