package io.babeldesk.llm;

/**
 * A model call that still failed after {@link ResilientChatModel} retried it as far as its
 * {@link RetryPolicy} allows; the last failure is the cause.
 */
public final class ModelCallFailedException extends RuntimeException {
    private final int attempts;

    public ModelCallFailedException(String message, int attempts, Throwable lastFailure) {
        super(message, lastFailure);
        this.attempts = attempts;
    }

    /** How many requests went to the provider. */
    public int attempts() {
        return attempts;
    }
}
