package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final FakeModelClock clock = new FakeModelClock();

    @Test
    void waitsForARequestSlotOnceTheMinutesRequestsAreUsed() throws Exception {
        RateLimiter limiter = new RateLimiter(2, 1_000_000, clock);

        limiter.acquire(10);
        limiter.acquire(10);
        assertTrue(clock.sleeps().isEmpty());
        limiter.acquire(10);

        // two a minute: the third waits half a minute for one slot to refill
        assertEquals(Duration.ofSeconds(30), clock.totalSlept());
    }

    @Test
    void waitsForEnoughTokensForTheEstimate() throws Exception {
        RateLimiter limiter = new RateLimiter(1000, 1000, clock);

        limiter.acquire(800);
        limiter.acquire(600);

        // 400 missing tokens at 1000 a minute
        assertEquals(Duration.ofSeconds(24), clock.totalSlept());
    }

    @Test
    void settlingReturnsWhatTheEstimateOverstated() throws Exception {
        RateLimiter limiter = new RateLimiter(100, 1000, clock);

        RateLimiter.Permit permit = limiter.acquire(800);
        limiter.settle(permit, 150);
        limiter.settle(permit, 150);

        assertEquals(850, limiter.availableTokens(), 1e-6, "settled once, however often called");
    }

    @Test
    void usageAboveTheEstimateIsWaitedOutByTheNextCall() throws Exception {
        RateLimiter limiter = new RateLimiter(100, 1000, clock);

        limiter.settle(limiter.acquire(500), 1300);
        assertEquals(-300, limiter.availableTokens(), 1e-6);
        limiter.acquire(100);

        // from 300 in debt to 100 available: 400 tokens at 1000 a minute
        assertEquals(Duration.ofSeconds(24), clock.totalSlept());
    }

    @Test
    void anEstimateAboveAMinutesBudgetWaitsForAFullBucketInsteadOfForever() throws Exception {
        RateLimiter limiter = new RateLimiter(100, 1000, clock);
        limiter.acquire(1);

        RateLimiter.Permit permit = limiter.acquire(5000);

        assertEquals(1000, permit.tokens());
        assertTrue(clock.totalSlept().compareTo(Duration.ofSeconds(1)) < 0, "waited " + clock.totalSlept());
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheBucketAndItsRefill() throws Exception {
        int perMinute = 60;
        RateLimiter limiter = new RateLimiter(perMinute, 10_000_000, clock);
        List<Long> grantedAt = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        limiter.acquire(1);
                        grantedAt.add(clock.nanoTime());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> times = new ArrayList<>(grantedAt);
        Collections.sort(times);
        assertEquals(160, times.size());
        for (int i = 0; i < times.size(); i++) {
            double allowed = perMinute + times.get(i) * (double) perMinute / Duration.ofMinutes(1).toNanos();
            // +1: a grant is recorded just after the clock moved on
            assertTrue(i + 1 <= allowed + 1, "grant " + (i + 1) + " at " + times.get(i) + " ns exceeds " + allowed);
        }
    }
}
