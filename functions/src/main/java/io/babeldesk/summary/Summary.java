package io.babeldesk.summary;

import io.babeldesk.translation.Finding;
import io.babeldesk.translation.SegmentFinding;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A summary as written by the model, with what it cost and the verdict of its checks
 * ({@link SummaryGate}): DONE, or NEEDS_REVIEW with the checks it failed.
 */
public record Summary(SummaryRequest request, String text, String model, Usage usage, TranslationStatus status,
                      List<Finding> findings) {

    public Summary {
        findings = findings == null ? List.of() : List.copyOf(findings);
        status = status == null ? (findings.isEmpty() ? TranslationStatus.DONE : TranslationStatus.NEEDS_REVIEW) : status;
    }

    /** A summary that passed its checks. */
    public Summary(SummaryRequest request, String text, String model, Usage usage) {
        this(request, text, model, usage, TranslationStatus.DONE, List.of());
    }

    /** The codes of the checks it failed. */
    public List<String> flags() {
        return findings.stream().map(f -> f.flag().name()).distinct().toList();
    }

    /** Why it needs review, in words; null when it passed. */
    public String reason() {
        return findings.isEmpty() ? null : "summary checks failed: "
                + findings.stream().map(Finding::reason).collect(Collectors.joining("; "));
    }

    /** Its findings as stored on a language version, on the part {@code summary}. */
    public List<SegmentFinding> segmentFindings() {
        return findings.stream().map(f -> new SegmentFinding("summary", null, f.flag().name(), null, f.reason(),
                SegmentFinding.CHECK)).toList();
    }
}
