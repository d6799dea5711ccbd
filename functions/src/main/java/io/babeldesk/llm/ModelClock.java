package io.babeldesk.llm;

import java.time.Duration;
import java.time.Instant;

/** Time as retries and rate limits see it: tests pass a clock that records sleeps instead of sleeping. */
public interface ModelClock {
    /** The real clock. */
    ModelClock SYSTEM = new ModelClock() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration);
            }
        }
    };

    /** Wall time, for Retry-After values given as an HTTP date. */
    Instant now();

    /** Monotonic time, for refilling rate-limit buckets. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;
}
