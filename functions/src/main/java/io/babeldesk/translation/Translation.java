package io.babeldesk.translation;

import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import java.util.List;

/**
 * One language version of an article version: title and blocks in the same count and order
 * as the source, the summary, and what it cost.
 *
 * @param flags quality checks that failed (empty when the status is DONE)
 * @param reason why the status is FAILED or NEEDS_REVIEW, in words (null otherwise)
 * @param findings every failed check and reviewer finding, on the part it concerns (editors see why)
 */
public record Translation(
        Language language,
        String articleVersion,
        TranslationStatus status,
        String title,
        List<Block> blocks,
        String summary,
        String model,
        Usage usage,
        List<String> flags,
        String reason,
        List<SegmentFinding> findings) {

    public Translation {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        flags = flags == null ? List.of() : List.copyOf(flags);
        usage = usage == null ? Usage.NONE : usage;
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A result without findings on its parts. */
    public Translation(Language language, String articleVersion, TranslationStatus status, String title,
                       List<Block> blocks, String summary, String model, Usage usage, List<String> flags,
                       String reason) {
        this(language, articleVersion, status, title, blocks, summary, model, usage, flags, reason, List.of());
    }

    public static Translation failed(Language language, String version, String model, Usage usage, String reason) {
        return new Translation(language, version, TranslationStatus.FAILED, null, List.of(), null, model, usage,
                List.of(), reason);
    }
}
