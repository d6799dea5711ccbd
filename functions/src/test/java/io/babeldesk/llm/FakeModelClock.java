package io.babeldesk.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock whose sleeps return at once, move time on and are recorded for assertions. */
final class FakeModelClock implements ModelClock {
    static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

    private final AtomicLong elapsedNanos = new AtomicLong();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public Instant now() {
        return START.plusNanos(elapsedNanos.get());
    }

    @Override
    public long nanoTime() {
        return elapsedNanos.get();
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        elapsedNanos.addAndGet(duration.toNanos());
    }

    void advance(Duration duration) {
        elapsedNanos.addAndGet(duration.toNanos());
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    Duration totalSlept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
