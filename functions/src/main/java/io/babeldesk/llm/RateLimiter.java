package io.babeldesk.llm;

import io.babeldesk.config.Config;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests-per-minute and tokens-per-minute token buckets for one model, shared by the threads of
 * a container. A call reserves one request and an estimate of its tokens before it goes out and
 * settles the estimate against the usage the provider reports once it is back.
 *
 * <p>The limits are per container: they smooth bursts so that one container does not earn itself
 * a run of 429s. The provider's own limits stay the authority, and its 429s are retried by
 * {@link ResilientChatModel}.
 */
public final class RateLimiter {
    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final int requestsPerMinute;
    private final int tokensPerMinute;
    private final ModelClock clock;

    private double requests;
    private double tokens;
    private long refilledAt;

    public RateLimiter(int requestsPerMinute, int tokensPerMinute, ModelClock clock) {
        if (requestsPerMinute < 1 || tokensPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must be positive: rpm=" + requestsPerMinute
                    + ", tpm=" + tokensPerMinute);
        }
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.clock = clock;
        // start full: a cold container has sent nothing yet
        this.requests = requestsPerMinute;
        this.tokens = tokensPerMinute;
        this.refilledAt = clock.nanoTime();
    }

    /** BABELDESK_LLM_RPM (default 500) and BABELDESK_LLM_TPM (default 200000). */
    public static RateLimiter fromConfig(Config config, ModelClock clock) {
        return new RateLimiter(Settings.positiveInt(config, "BABELDESK_LLM_RPM", 500),
                Settings.positiveInt(config, "BABELDESK_LLM_TPM", 200_000), clock);
    }

    /**
     * Blocks until one request and {@code estimatedTokens} fit in the buckets, then takes them.
     * An estimate above a whole minute's budget is capped at it, or the call would never fit.
     */
    public Permit acquire(int estimatedTokens) throws InterruptedException {
        int wanted = Math.clamp(estimatedTokens, 1, tokensPerMinute);
        while (true) {
            long waitNanos;
            synchronized (this) {
                refill();
                if (requests >= 1 && tokens >= wanted) {
                    requests -= 1;
                    tokens -= wanted;
                    return new Permit(wanted);
                }
                double requestWait = Math.max(0, 1 - requests) * NANOS_PER_MINUTE / requestsPerMinute;
                double tokenWait = Math.max(0, wanted - tokens) * NANOS_PER_MINUTE / tokensPerMinute;
                waitNanos = (long) Math.ceil(Math.max(requestWait, tokenWait));
            }
            // sleep outside the lock so that settling calls can return tokens meanwhile
            clock.sleep(Duration.ofNanos(Math.max(waitNanos, 1_000_000)));
        }
    }

    /**
     * Replaces a permit's estimate with the tokens the call really used (0 for a call that failed
     * before the model worked). Using more than estimated leaves the bucket in debt, which later
     * calls wait out.
     */
    public void settle(Permit permit, int actualTokens) {
        if (!permit.settled.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            refill();
            tokens = Math.min(tokensPerMinute, tokens + permit.tokens - Math.max(0, actualTokens));
        }
    }

    /** Tokens available now (for tests and logs). */
    public synchronized double availableTokens() {
        refill();
        return tokens;
    }

    /** Requests available now (for tests and logs). */
    public synchronized double availableRequests() {
        refill();
        return requests;
    }

    private void refill() {
        long now = clock.nanoTime();
        long elapsed = now - refilledAt;
        if (elapsed <= 0) {
            return;
        }
        refilledAt = now;
        requests = Math.min(requestsPerMinute, requests + (double) elapsed * requestsPerMinute / NANOS_PER_MINUTE);
        tokens = Math.min(tokensPerMinute, tokens + (double) elapsed * tokensPerMinute / NANOS_PER_MINUTE);
    }

    /** One reserved request and its estimated tokens; settled once. */
    public static final class Permit {
        private final int tokens;
        private final AtomicBoolean settled = new AtomicBoolean();

        private Permit(int tokens) {
            this.tokens = tokens;
        }

        public int tokens() {
            return tokens;
        }
    }
}
