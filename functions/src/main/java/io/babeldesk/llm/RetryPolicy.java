package io.babeldesk.llm;

import io.babeldesk.config.Config;
import java.time.Duration;

/**
 * How hard {@link ResilientChatModel} tries: attempts per call, the exponential backoff between
 * them, and the most time a call may spend waiting in total (a Lambda invocation has a deadline,
 * so waiting longer than it has left only turns a clear error into a timeout).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotalWait) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxTotalWait.isNegative()) {
            throw new IllegalArgumentException("retry delays must satisfy 0 <= base <= max and total >= 0");
        }
    }

    /**
     * BABELDESK_LLM_MAX_ATTEMPTS (4), BABELDESK_LLM_RETRY_BASE_MILLIS (500),
     * BABELDESK_LLM_RETRY_MAX_DELAY_SECONDS (20), BABELDESK_LLM_MAX_WAIT_SECONDS (120).
     */
    public static RetryPolicy fromConfig(Config config) {
        return new RetryPolicy(
                Settings.positiveInt(config, "BABELDESK_LLM_MAX_ATTEMPTS", 4),
                Duration.ofMillis(Settings.positiveInt(config, "BABELDESK_LLM_RETRY_BASE_MILLIS", 500)),
                Duration.ofSeconds(Settings.positiveInt(config, "BABELDESK_LLM_RETRY_MAX_DELAY_SECONDS", 20)),
                Duration.ofSeconds(Settings.positiveInt(config, "BABELDESK_LLM_MAX_WAIT_SECONDS", 120)));
    }

    /** The ceiling of the full-jitter backoff before attempt {@code retry + 1}: base * 2^(retry-1), capped. */
    Duration backoffCeiling(int retry) {
        int shift = Math.min(retry - 1, 30);
        long millis = baseDelay.toMillis() << shift;
        return millis < 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }
}
