package io.babeldesk.pipeline;

/** What a claim on one language of an article version found (see {@link ArticleStore#claim}). */
public enum Claim {
    /** The caller holds the lease and may call the model. */
    CLAIMED,
    /** A result for this version is stored: nothing to do. */
    ALREADY_DONE,
    /** Another invocation holds an unexpired lease on this version: back off. */
    HELD_ELSEWHERE
}
