package io.babeldesk.translation;

/**
 * Model calls and tokens spent on one piece of work. {@code calls}, {@code inputTokens} and
 * {@code outputTokens} count every call; the review and repair fields say how much of that went
 * to the reviewer model and to repairs after its review (0 in results stored before they existed).
 */
public record Usage(int calls, long inputTokens, long outputTokens,
                    int reviewCalls, long reviewInputTokens, long reviewOutputTokens,
                    int repairCalls, long repairInputTokens, long repairOutputTokens) {
    public static final Usage NONE = new Usage(0, 0, 0);

    /** Translation or summary calls only. */
    public Usage(int calls, long inputTokens, long outputTokens) {
        this(calls, inputTokens, outputTokens, 0, 0, 0, 0, 0, 0);
    }

    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                reviewCalls + other.reviewCalls, reviewInputTokens + other.reviewInputTokens,
                reviewOutputTokens + other.reviewOutputTokens, repairCalls + other.repairCalls,
                repairInputTokens + other.repairInputTokens, repairOutputTokens + other.repairOutputTokens);
    }

    /** The same calls, counted as the reviewer's (and in the totals). */
    public Usage asReview() {
        return new Usage(calls, inputTokens, outputTokens, calls, inputTokens, outputTokens, 0, 0, 0);
    }

    /** The same calls, counted as repairs (and in the totals). */
    public Usage asRepair() {
        return new Usage(calls, inputTokens, outputTokens, 0, 0, 0, calls, inputTokens, outputTokens);
    }
}
