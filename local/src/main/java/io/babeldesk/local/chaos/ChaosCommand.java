package io.babeldesk.local.chaos;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./babeldesk chaos}: the fault and hostile-input cases against local AWS and a simulated
 * model provider, printed as a table; exit code 1 when any case fails. {@code --fast} leaves out
 * the slowest input (the 100,000-word article).
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
        Map<String, String> env = new HashMap<>(System.getenv());
        long started = System.nanoTime();
        List<ChaosSuite.Row> rows;
        try (ChaosStack stack = new ChaosStack(env)) {
            System.out.println("babeldesk chaos - local AWS at " + stack.aws.endpoint() + ", simulated model at "
                    + stack.model.baseUrl());
            rows = new ChaosSuite(stack).run(fast);
        }
        print(rows, System.out);
        long failed = rows.stream().filter(r -> !r.pass()).count();
        System.out.printf("%d cases, %d failed, %.0f s%n", rows.size(), failed, (System.nanoTime() - started) / 1e9);
        return failed == 0 ? 0 : 1;
    }

    static void print(List<ChaosSuite.Row> rows, PrintStream out) {
        int name = Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(4));
        int expected = Math.max(8, rows.stream().mapToInt(r -> r.expected().length()).max().orElse(8));
        String format = "%-" + name + "s | %-" + expected + "s | %s | %s%n";
        out.printf(format, "case", "expected", "outcome", "pass");
        for (ChaosSuite.Row r : rows) {
            out.printf(format, r.name(), r.expected(), r.outcome(), r.pass() ? "yes" : "NO");
        }
    }
}
