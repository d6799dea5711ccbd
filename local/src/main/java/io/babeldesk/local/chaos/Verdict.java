package io.babeldesk.local.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a chaos case saw, and each point where that differs from the outcome it must reach. */
public final class Verdict {
    private final List<String> seen = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    /** Adds a fact to the outcome column. */
    public Verdict saw(String fact) {
        seen.add(fact);
        return this;
    }

    /** A miss when {@code actual} is not {@code expected}. */
    public Verdict expect(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            misses.add(what + ": expected " + expected + ", got " + actual);
        }
        return this;
    }

    /** A miss, described by {@code what}, when {@code holds} is false. */
    public Verdict require(String what, boolean holds) {
        if (!holds) {
            misses.add(what);
        }
        return this;
    }

    public boolean pass() {
        return misses.isEmpty();
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** The outcome column: what was seen, then what was missed. */
    public String outcome() {
        String text = String.join(", ", seen);
        return misses.isEmpty() ? text : text + (text.isEmpty() ? "" : "; ") + "MISSED: " + String.join("; ", misses);
    }
}
