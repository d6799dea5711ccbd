package io.babeldesk.local.chaos;

import static io.babeldesk.local.chaos.ChaosContext.describe;
import static io.babeldesk.local.chaos.ChaosContext.statuses;

import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.local.chaos.FaultModelServer.Call;
import io.babeldesk.local.chaos.FaultModelServer.Fault;
import io.babeldesk.local.chaos.FaultModelServer.Rule;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Faults of the model provider: each on the hy call (or the summary) of an article of its own.
 * The articles are uploaded at once and drained together, by whichever case runs first.
 */
final class ModelFaultCases {
    private static final int ATTEMPTS = ChaosStack.MAX_ATTEMPTS;
    private static final String OTHERS_DONE = "en, ru, az DONE";

    /** One fault: the rule on the article's hy translation (or its summary), and what must follow. */
    /** @param calls the calls the task makes for the article's hy (or summary), -1 where the outcome names none */
    private record FaultCase(String name, String expected, String task, Fault fault, int times,
                             Map<String, String> statuses, long calls, BiConsumer<Run, Verdict> more) {
        boolean injection() {
            return fault == null;
        }
    }

    /** What one fault case reads after the drain. */
    private record Run(ChaosContext context, String id, int marker, List<Call> calls) {
    }

    private static final List<FaultCase> FAULTS = List.of(
            new FaultCase("model: 429 burst then ok",
                    "2x 429 retried after Retry-After; hy DONE in 3 calls; " + OTHERS_DONE,
                    "translate", Fault.RATE_LIMIT, 2, ChaosContext.ALL_DONE, 3, ModelFaultCases::retryAfterHonoured),
            new FaultCase("model: 5xx then ok",
                    "2x 503 retried with backoff; hy DONE in 3 calls; " + OTHERS_DONE,
                    "translate", Fault.SERVER_ERROR, 2, ChaosContext.ALL_DONE, 3, (r, v) -> { }),
            new FaultCase("model: 429 without end",
                    "each 429 retried after Retry-After; hy FAILED with the reason after " + ATTEMPTS + " calls; "
                            + OTHERS_DONE,
                    "translate", Fault.RATE_LIMIT, -1, hyFailed(), ATTEMPTS,
                    ModelFaultCases::retryAfterHonouredThenGaveUp),
            new FaultCase("model: timeout then ok",
                    "timed out once, retried; hy DONE in 2 calls; " + OTHERS_DONE,
                    "translate", Fault.TIMEOUT, 1, ChaosContext.ALL_DONE, 2, (r, v) -> { }),
            new FaultCase("model: timeouts without end",
                    "hy FAILED with the reason after " + ATTEMPTS + " timed-out calls; " + OTHERS_DONE,
                    "translate", Fault.TIMEOUT, -1, hyFailed(), ATTEMPTS, ModelFaultCases::gaveUp),
            new FaultCase("model: stalled body then ok",
                    "body stalled past the " + ChaosStack.MODEL_TIMEOUT_SECONDS + " s timeout: abandoned, retried;"
                            + " hy DONE in 2 calls; " + OTHERS_DONE,
                    "translate", Fault.STALL, 1, ChaosContext.ALL_DONE, 2, (r, v) -> { }),
            new FaultCase("model: malformed JSON body",
                    "not retried: hy FAILED with the reason after 1 call; " + OTHERS_DONE,
                    "translate", Fault.MALFORMED, -1, hyFailed(), 1, ModelFaultCases::modelCallFailed),
            new FaultCase("model: truncated output",
                    "cut-off segment unusable: one retry with more room, then hy FAILED with the reason (2 calls),"
                            + " nothing stored as complete; " + OTHERS_DONE,
                    "translate", Fault.TRUNCATED, -1, hyFailed(), 2, ModelFaultCases::nothingStoredAsComplete),
            new FaultCase("model: summary unavailable",
                    "source NEEDS_REVIEW (SUMMARY_FAILED) after " + ATTEMPTS + " summary calls; ru, hy, az DONE",
                    "summarize", Fault.SERVER_ERROR, -1, statuses("NEEDS_REVIEW", "DONE", "DONE", "DONE"), ATTEMPTS,
                    ModelFaultCases::summaryFailedFlag),
            new FaultCase("hostile: article orders the model",
                    "translated as text in ru, az (DONE); hy, where the model obeys, caught by the quality gate"
                            + " (NEEDS_REVIEW)",
                    "translate", null, 0, statuses("DONE", "DONE", "NEEDS_REVIEW", "DONE"), -1,
                    ModelFaultCases::injectionTranslatedAsText));

    private ModelFaultCases() {
    }

    static List<ChaosCase> cases() {
        return FAULTS.stream().map(f -> ChaosCase.of(f.name(), f.expected(), c -> check(c, f))).toList();
    }

    /** Uploads one article per fault with its rule scripted, and drains them together; the marker of each. */
    private static Map<String, Integer> prepare(ChaosContext c) {
        Map<String, Integer> markers = new LinkedHashMap<>();
        for (FaultCase f : FAULTS) {
            int marker = c.marker();
            markers.put(f.name(), marker);
            if (!f.injection()) {
                c.stack.model.script(new Rule(f.task(), "translate".equals(f.task()) ? "hy" : null, marker, f.fault(),
                        f.times(), 0));
            }
            c.stack.upload(key(marker), ChaosArticles.variant(marker, f.injection() ? ScriptedTexts.INJECTION : null));
        }
        ScriptedTexts.obeyInjectionIn(Set.of("hy"));
        try {
            c.stack.drain(180_000);
        } finally {
            ScriptedTexts.obeyInjectionIn(Set.of());
            c.stack.model.clearScript();
        }
        return markers;
    }

    private static Verdict check(ChaosContext c, FaultCase f) {
        Map<String, Integer> markers = c.once("the model fault articles", () -> prepare(c));
        int marker = markers.get(f.name());
        String id = ArticleIds.fromKey(key(marker));
        String language = "translate".equals(f.task()) ? "hy" : null;
        List<Call> calls = c.stack.model.calls(marker, f.task(), language).stream()
                .sorted(Comparator.comparingLong(Call::at)).toList();
        Map<String, String> got = c.statusMap(id);
        Verdict v = new Verdict().saw(describe(got)).saw(calls.size() + " " + f.task() + " call(s)")
                .expect("statuses", describe(f.statuses()), describe(got));
        if (f.calls() >= 0) {
            v.expect(f.task() + " calls", f.calls(), (long) calls.size());
        }
        for (Language l : Language.values()) {
            if (!"DONE".equals(got.get(l.code()))) {
                String reason = c.reason(id, l);
                v.saw("reason: " + ChaosCommand.abbreviate(reason, 70))
                        .require(l.code() + " is " + got.get(l.code()) + " without a reason", reason != null);
            }
        }
        f.more().accept(new Run(c, id, marker, calls), v);
        return v;
    }

    private static String key(int marker) {
        return "incoming/chaos/fault-" + marker + ".txt";
    }

    private static Map<String, String> hyFailed() {
        return statuses("DONE", "DONE", "FAILED", "DONE");
    }

    private static void retryAfterHonouredThenGaveUp(Run run, Verdict v) {
        retryAfterHonoured(run, v);
        gaveUp(run, v);
    }

    /** Every call after a 429 came at least the Retry-After later. */
    private static void retryAfterHonoured(Run run, Verdict v) {
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < run.calls().size(); i++) {
            if (run.calls().get(i - 1).fault() == Fault.RATE_LIMIT) {
                shortest = Math.min(shortest, run.calls().get(i).at() - run.calls().get(i - 1).at());
            }
        }
        v.saw("shortest wait after a 429 " + (shortest == Long.MAX_VALUE ? "-" : shortest + " ms"))
                .require("a call came back sooner than the Retry-After of " + FaultModelServer.RETRY_AFTER_MILLIS
                        + " ms", shortest != Long.MAX_VALUE && shortest >= FaultModelServer.RETRY_AFTER_MILLIS);
    }

    /** The reason names the model call that failed every attempt. */
    private static void gaveUp(Run run, Verdict v) {
        String reason = run.context().reason(run.id(), Language.HY);
        v.require("hy reason does not say the model call failed " + ATTEMPTS + " times",
                reason != null && reason.startsWith("model call failed") && reason.contains("failed " + ATTEMPTS + " times"));
    }

    private static void modelCallFailed(Run run, Verdict v) {
        String reason = run.context().reason(run.id(), Language.HY);
        v.require("hy reason does not say the model call failed", reason != null && reason.startsWith("model call failed"));
    }

    /** The stored hy result is FAILED and holds no blocks: no half answer passes for a translation. */
    private static void nothingStoredAsComplete(Run run, Verdict v) {
        Optional<Translation> hy = run.context().stack.store.translation(run.id(), Language.HY);
        v.expect("stored hy result", "FAILED, 0 blocks",
                hy.map(t -> t.status() + ", " + t.blocks().size() + " blocks").orElse("none"));
    }

    private static void summaryFailedFlag(Run run, Verdict v) {
        List<String> flags = run.context().stack.store.translation(run.id(), Language.EN)
                .map(Translation::flags).orElse(List.of());
        v.saw("source flags " + flags).expect("source flags", List.of("SUMMARY_FAILED"), flags);
    }

    /** ru and az carry the instruction, translated; hy (whose model obeyed) was stopped by the quality gate. */
    private static void injectionTranslatedAsText(Run run, Verdict v) {
        for (Language l : List.of(Language.RU, Language.AZ)) {
            String translated = ScriptedTexts.translate(ScriptedTexts.INJECTION, l.code());
            boolean carried = run.context().stack.store.translation(run.id(), l)
                    .map(t -> t.blocks().stream().map(Block::text).anyMatch(translated::equals)).orElse(false);
            v.require(l.code() + " does not carry the instruction as translated text", carried);
        }
        Optional<Translation> hy = run.context().stack.store.translation(run.id(), Language.HY);
        v.require("hy was not stopped by the quality gate", hy.map(t -> t.status() == TranslationStatus.NEEDS_REVIEW
                && !t.flags().isEmpty() && t.reason() != null && t.reason().startsWith("quality checks failed"))
                .orElse(false));
    }
}
