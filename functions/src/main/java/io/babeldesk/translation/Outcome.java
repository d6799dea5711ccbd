package io.babeldesk.translation;

import java.util.Set;

/** A segment's result: its text (null when none is usable), the checks it failed, and why it failed. */
record Outcome(String text, Set<QualityFlag> flags, String failure) {
    static Outcome failed(String reason) {
        return new Outcome(null, Set.of(), reason);
    }
}
