package io.babeldesk.local.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The chaos cases, in the order of the README's reliability table, and the one way to run a case
 * on a {@link ChaosContext}. {@code ./babeldesk chaos} runs them all and prints a table;
 * {@code ChaosSuiteTest} runs each {@link ChaosCase.Reach#EVERY_RUN} case as a test of its own.
 */
public final class ChaosSuite {
    /** One line of the report. */
    public record Row(String name, String expected, String outcome, Result result) {
        public boolean failed() {
            return result == Result.FAILED || result == Result.GAP_CLOSED;
        }
    }

    /** How a case ended. */
    public enum Result {
        PASSED,
        FAILED,
        /** Failed where a known gap says the code does not reach the outcome yet. */
        KNOWN_GAP,
        /** Passed although marked as a known gap: the mark is stale. */
        GAP_CLOSED
    }

    private ChaosSuite() {
    }

    /** Every case, in the README's order. */
    public static List<ChaosCase> cases() {
        return Stream.of(DeliveryCases.cases(), ModelFaultCases.cases(), HostileInputCases.cases())
                .flatMap(List::stream).toList();
    }

    /** Runs one case; a case that throws is a failed row. */
    static Row run(ChaosContext context, ChaosCase c) {
        context.stack.model.clearScript();
        String outcome;
        boolean pass;
        try {
            Verdict verdict = c.check().apply(context);
            outcome = verdict.outcome();
            pass = verdict.pass();
        } catch (RuntimeException | AssertionError e) {
            outcome = "case broke: " + e;
            pass = false;
        }
        Result result;
        if (c.knownGap() == null) {
            result = pass ? Result.PASSED : Result.FAILED;
        } else {
            result = pass ? Result.GAP_CLOSED : Result.KNOWN_GAP;
        }
        return new Row(c.name(), c.expected(), outcome, result);
    }

    /** Runs these cases in order. */
    static List<Row> run(ChaosContext context, List<ChaosCase> cases) {
        List<Row> rows = new ArrayList<>();
        for (ChaosCase c : cases) {
            rows.add(run(context, c));
        }
        return rows;
    }
}
