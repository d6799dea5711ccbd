package io.babeldesk.local.chaos;

import java.util.function.Function;

/**
 * One chaos case as the README's reliability table states it: its name, the outcome it must
 * reach, and the check that drives the stack and compares what happened with that outcome.
 * {@link ChaosSuite#cases()} holds the one list; the command and the JUnit suite both run it.
 *
 * @param reach where the case runs
 * @param knownGap null, or why the code does not reach the stated outcome yet: the case still
 *                 checks the full outcome, and reports a pass as a gap that closed
 */
public record ChaosCase(String name, String expected, Reach reach, String knownGap,
                        Function<ChaosContext, Verdict> check) {

    /** Where a case runs. */
    public enum Reach {
        /** In {@code ./babeldesk chaos} and in the JUnit suite of every build. */
        EVERY_RUN,
        /** In {@code ./babeldesk chaos} only (without {@code --fast}): too slow for every build. */
        COMMAND_ONLY
    }

    static ChaosCase of(String name, String expected, Function<ChaosContext, Verdict> check) {
        return new ChaosCase(name, expected, Reach.EVERY_RUN, null, check);
    }

    ChaosCase commandOnly() {
        return new ChaosCase(name, expected, Reach.COMMAND_ONLY, knownGap, check);
    }

    ChaosCase knownGap(String why) {
        return new ChaosCase(name, expected, reach, why, check);
    }
}
