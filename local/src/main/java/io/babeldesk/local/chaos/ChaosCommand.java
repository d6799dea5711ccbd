package io.babeldesk.local.chaos;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./babeldesk chaos}: the chaos cases against local AWS and a simulated model provider,
 * printed as a table; exit code 1 when a case fails (a known gap that is still open does not
 * count; one that closed does). {@code --fast} leaves out the command-only cases (the
 * 100,000-word article), as the JUnit suite does.
 */
public final class ChaosCommand {
    private ChaosCommand() {
    }

    /** Runs the suite on its own (the launcher calls {@link #run}). */
    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    public static int run(String[] args) throws Exception {
        boolean fast = Arrays.asList(args).contains("--fast");
        List<ChaosCase> cases = ChaosSuite.cases().stream()
                .filter(c -> !fast || c.reach() == ChaosCase.Reach.EVERY_RUN).toList();
        Map<String, String> env = new HashMap<>(System.getenv());
        long started = System.nanoTime();
        List<ChaosSuite.Row> rows;
        try (ChaosStack stack = new ChaosStack(env)) {
            System.out.println("babeldesk chaos - local AWS at " + stack.aws.endpoint() + ", simulated model at "
                    + stack.model.baseUrl());
            rows = ChaosSuite.run(new ChaosContext(stack), cases);
        }
        print(rows, System.out);
        for (ChaosCase c : cases) {
            if (c.knownGap() != null) {
                System.out.println("known gap, " + c.name() + ": " + c.knownGap());
            }
        }
        long failed = rows.stream().filter(ChaosSuite.Row::failed).count();
        long gaps = rows.stream().filter(r -> r.result() == ChaosSuite.Result.KNOWN_GAP).count();
        System.out.printf("%d cases, %d failed, %d known gap(s), %.0f s%n", rows.size(), failed, gaps,
                (System.nanoTime() - started) / 1e9);
        return failed == 0 ? 0 : 1;
    }

    static void print(List<ChaosSuite.Row> rows, PrintStream out) {
        int name = Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(4));
        int expected = Math.max(8, rows.stream().mapToInt(r -> r.expected().length()).max().orElse(8));
        String format = "%-" + name + "s | %-" + expected + "s | %s | %s%n";
        out.printf(format, "case", "expected", "outcome", "pass");
        for (ChaosSuite.Row r : rows) {
            out.printf(format, r.name(), r.expected(), r.outcome(), switch (r.result()) {
                case PASSED -> "yes";
                case FAILED -> "NO";
                case KNOWN_GAP -> "no (known gap)";
                case GAP_CLOSED -> "NO (known gap closed: remove the mark)";
            });
        }
    }

    /** One line of at most {@code max} characters. */
    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
