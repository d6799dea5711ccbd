package io.babeldesk.translation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A segment's result: its text (null when none is usable), the checks it failed with their reasons, and why it failed. */
record Outcome(String text, List<Finding> findings, String failure) {
    Outcome {
        findings = List.copyOf(findings);
    }

    static Outcome failed(String reason) {
        return new Outcome(null, List.of(), reason);
    }

    Set<QualityFlag> flags() {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        findings.forEach(f -> flags.add(f.flag()));
        return flags;
    }
}
