package io.babeldesk.translation;

/**
 * One finding on one part of a language version, as editors see it beside the paragraph: which
 * part ({@code title}, {@code block} with its index, {@code summary}), what failed, and why.
 *
 * @param block the block's index (0-based) when {@code part} is {@code block}, else null
 * @param check a {@link QualityFlag} name, or a reviewer's category
 * @param severity {@code minor}, {@code major} or {@code critical} for reviewer findings; for checks
 *                 {@code major} when the finding holds the language on its own (hard), {@code minor}
 *                 when it only counts against the article's budget of soft findings
 * @param by {@code check} for the offline quality checks, {@code reviewer} for a reviewer model
 */
public record SegmentFinding(String part, Integer block, String check, String severity, String reason, String by) {

    public static final String CHECK = "check";

    static SegmentFinding of(Segment segment, int blockIndex, Finding finding) {
        return switch (segment.part()) {
            case TITLE -> new SegmentFinding("title", null, finding.flag().name(), severity(finding), finding.reason(), CHECK);
            case SUMMARY -> new SegmentFinding("summary", null, finding.flag().name(), severity(finding), finding.reason(), CHECK);
            case BLOCK -> new SegmentFinding("block", blockIndex, finding.flag().name(), severity(finding), finding.reason(),
                    CHECK);
        };
    }

    /** Severity of a check's finding: {@code major} when it is hard, {@code minor} when soft. */
    public static String severity(Finding finding) {
        return finding.hard() ? "major" : "minor";
    }

    public static final String REVIEWER = "reviewer";

    static SegmentFinding ofReviewer(Segment segment, int blockIndex, ReviewModel.Error error) {
        String reason = error.span() == null || error.span().isBlank() ? error.explanation()
                : error.explanation() + " (\"" + error.span() + "\")";
        String part = switch (segment.part()) {
            case TITLE -> "title";
            case SUMMARY -> "summary";
            case BLOCK -> "block";
        };
        return new SegmentFinding(part, segment.part() == Segment.Part.BLOCK ? blockIndex : null, error.category(),
                error.severity(), reason, REVIEWER);
    }

    /** Where the finding is, in words: "title", "summary", "block 3" (1-based, as editors count). */
    public String where() {
        return "block".equals(part) ? "block " + (block + 1) : part;
    }
}
