package io.babeldesk.local.chaos;

import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.handler.TranslateHandler;
import io.babeldesk.local.LocalContext;
import io.babeldesk.local.Pause;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.LanguageState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * What every chaos case runs with: the stack, fresh article markers, the preparations a group of
 * cases shares (done once, by whichever of them runs first), and readings of the stack.
 */
public final class ChaosContext {
    /** Every language of a finished article. */
    static final Map<String, String> ALL_DONE = statuses("DONE", "DONE", "DONE", "DONE");

    final ChaosStack stack;
    private final AtomicInteger markers = new AtomicInteger(1000);
    private final Map<String, Object> prepared = new HashMap<>();

    ChaosContext(ChaosStack stack) {
        this.stack = stack;
    }

    /** A new article marker (see {@link ScriptedTexts#deskNote}). */
    int marker() {
        return markers.incrementAndGet();
    }

    /**
     * The result of {@code prepare}, run the first time any case asks for {@code what}; a
     * preparation that failed fails every case that needs it, with the same cause.
     */
    @SuppressWarnings("unchecked")
    synchronized <T> T once(String what, Supplier<T> prepare) {
        if (!prepared.containsKey(what)) {
            try {
                prepared.put(what, prepare.get());
            } catch (RuntimeException e) {
                prepared.put(what, new IllegalStateException(what + " failed: " + e, e));
            }
        }
        Object done = prepared.get(what);
        if (done instanceof IllegalStateException failed) {
            throw failed;
        }
        return (T) done;
    }

    /** The sample article, uploaded and finished: the cases that need a finished article share it. */
    String finishedSample() {
        return once("the sample article", () -> {
            String key = "incoming/chaos/baseline.txt";
            stack.upload(key, ChaosArticles.sample());
            stack.drain();
            return ArticleIds.fromKey(key);
        });
    }

    /** A numbered variant of the sample article: its marker, object key and article id. */
    record Variant(int marker, String key, String id) {
    }

    /**
     * Uploads a new variant of the sample as {@code incoming/chaos/<name>-<marker>.txt} and
     * delivers its upload notification: the article is stored and its summary job queued.
     */
    Variant ingestVariant(String name) {
        int marker = marker();
        String key = "incoming/chaos/" + name + "-" + marker + ".txt";
        stack.upload(key, ChaosArticles.variant(marker, null));
        stack.pumpUploads();
        return new Variant(marker, key, ArticleIds.fromKey(key));
    }

    /** Runs the queued summary job of a just-ingested article; returns its three translation jobs, held. */
    List<Message> summarizeAndHoldTranslations() {
        stack.invoke(stack.translate, awaitWork(1), translateContext());
        return awaitWork(3);
    }

    // ---- readings ----

    static Map<String, String> statuses(String en, String ru, String hy, String az) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("en", en);
        out.put("ru", ru);
        out.put("hy", hy);
        out.put("az", az);
        return out;
    }

    /** Each language's status in META, in the order en, ru, hy, az ("?" where there is none). */
    Map<String, String> statusMap(String id) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<ArticleRecord> record = stack.store.find(id);
        for (Language l : Language.values()) {
            LanguageState s = record.map(r -> r.languages() == null ? null : r.languages().get(l)).orElse(null);
            out.put(l.code(), s == null ? "?" : s.status().name());
        }
        return out;
    }

    /** "en DONE, ru DONE, hy DONE, az DONE". */
    static String describe(Map<String, String> statuses) {
        return String.join(", ", statuses.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    String states(String id) {
        return describe(statusMap(id));
    }

    /** Checks that every language of the article is DONE and says so in the outcome. */
    Verdict allDone(Verdict verdict, String id) {
        Map<String, String> got = statusMap(id);
        return verdict.saw(describe(got)).expect("statuses", describe(ALL_DONE), describe(got));
    }

    /** The reason META gives for one language's status, or null. */
    String reason(String id, Language language) {
        return stack.store.find(id).map(r -> r.languages().get(language)).map(LanguageState::reason).orElse(null);
    }

    String version(String id) {
        return stack.store.find(id).map(ArticleRecord::version).orElse(null);
    }

    // ---- the work queue ----

    /** Receives exactly {@code n} work messages (waiting up to 15 s for them). */
    List<Message> awaitWork(int n) {
        List<Message> got = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        while (got.size() < n && System.currentTimeMillis() < deadline) {
            got.addAll(stack.receiveWork(n - got.size()));
            if (got.size() < n) {
                Pause.millis(100);
            }
        }
        if (got.size() < n) {
            throw new IllegalStateException("expected " + n + " work messages, got " + got.size());
        }
        return got;
    }

    /** The messages waiting in a queue, left where they are. */
    List<Message> peek(String url) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Message> batch = stack.sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                    .visibilityTimeout(0)).messages();
            for (Message m : batch) {
                if (out.stream().noneMatch(o -> o.messageId().equals(m.messageId()))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Delivers uploads, and work to {@code handler} a batch at a time, until {@code done} holds;
     * false when that takes longer than 60 s. Unlike {@link ChaosStack#drain} it does not wait
     * for messages another invocation of the case is holding.
     */
    boolean work(TranslateHandler handler, BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            stack.pumpUploads();
            List<Message> batch = stack.receiveWork(stack.batchSize);
            if (batch.isEmpty()) {
                Pause.millis(200);
            } else {
                stack.invoke(handler, batch, translateContext());
            }
        }
        return true;
    }

    /** A translate invocation with these messages on its own virtual thread. */
    Thread invokeAside(TranslateHandler handler, List<Message> messages) {
        return Thread.ofVirtual().start(() -> stack.invoke(handler, messages, translateContext()));
    }

    static LocalContext translateContext() {
        return new LocalContext("TranslateFunction", 300);
    }

    static String json(Object o) {
        return Json.write(o);
    }

    static void join(Thread t) {
        try {
            t.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
