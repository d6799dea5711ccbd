package io.babeldesk.pipeline;

import io.babeldesk.translation.SegmentFinding;
import io.babeldesk.translation.Usage;
import java.util.List;

/**
 * An editor-requested summary as stored, keyed by article, version and request parameters.
 *
 * @param status PENDING, DONE, NEEDS_REVIEW (a check failed: {@code error} says why) or FAILED
 * @param findings the checks the summary failed (empty otherwise; absent from items stored before them)
 */
public record StoredSummary(String requestId, String articleId, String articleVersion, String language,
                            String kind, Integer maxWords, String focus, String status, String text,
                            String model, Usage usage, String error, String createdAt,
                            List<SegmentFinding> findings) {

    public StoredSummary {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A request without findings (pending, failed, or done clean). */
    public StoredSummary(String requestId, String articleId, String articleVersion, String language, String kind,
                         Integer maxWords, String focus, String status, String text, String model, Usage usage,
                         String error, String createdAt) {
        this(requestId, articleId, articleVersion, language, kind, maxWords, focus, status, text, model, usage,
                error, createdAt, List.of());
    }
}
