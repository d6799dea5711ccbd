package io.babeldesk.local.chaos;

import io.babeldesk.local.LocalContext;

import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.handler.TranslateHandler;
import io.babeldesk.local.chaos.FaultModelServer.Fault;
import io.babeldesk.local.chaos.FaultModelServer.Rule;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.translation.Translation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The fault and hostile-input cases, each on fresh article ids on one {@link ChaosStack}. Every
 * case states what must happen and reports what did; a case that throws is a failed row.
 */
public final class ChaosSuite {
    /** One line of the report. */
    public record Row(String name, String expected, String outcome, boolean pass) {
    }

    private final ChaosStack stack;
    private final List<Row> rows = new ArrayList<>();
    private final AtomicInteger markers = new AtomicInteger(1000);
    private final byte[] sample;
    private final List<String> sampleLines;

    ChaosSuite(ChaosStack stack) {
        this.stack = stack;
        this.sample = sampleBytes();
        this.sampleLines = new String(sample, StandardCharsets.UTF_8).lines().toList();
    }

    /** Runs every case (or only the fast ones) and returns the rows in order. */
    public List<Row> run(boolean fastOnly) {
        run("baseline: sample article", this::baseline);
        run("duplicate S3 event", this::duplicateS3Event);
        run("duplicate SQS delivery", this::duplicateSqsDelivery);
        run("concurrent SQS deliveries", this::concurrentDeliveries);
        run("invocation dies after model, before result", () -> diesMidWay(false));
        run("invocation dies between result and status", () -> diesMidWay(true));
        run("newer version while old in flight", this::newerVersionWins);
        run("time budget nearly spent", this::timeBudget);
        run("poison message to DLQ, redrive", this::poisonAndRedrive);
        modelFaults();
        hostileInputs(fastOnly);
        return List.copyOf(rows);
    }

    private void run(String name, Supplier<Row> body) {
        stack.model.clearScript();
        Row row;
        try {
            row = body.get();
        } catch (RuntimeException | AssertionError e) {
            row = new Row(name, "(case ran)", "case broke: " + e, false);
        }
        rows.add(new Row(name, row.expected(), row.outcome(), row.pass()));
    }

    // ---- cases ----

    private Row baseline() {
        String key = "incoming/chaos/baseline.txt";
        stack.upload(key, sample);
        stack.drain();
        String id = ArticleIds.fromKey(key);
        String states = states(id);
        return new Row("", "en, ru, hy, az DONE", states + "; " + stack.model.callCount() + " model calls",
                states.equals(allDone()));
    }

    private Row duplicateS3Event() {
        int marker = markers.incrementAndGet();
        String key = "incoming/chaos/dup-s3-" + marker + ".txt";
        stack.upload(key, variant(marker, null));
        List<String> notifications = stack.pumpUploads();
        stack.drain();
        long calls = stack.model.count(marker, null, null);
        for (String n : notifications) {
            stack.deliverUpload(n);
        }
        stack.drain();
        List<IngestOutcome> outcomes = stack.outcomes.getOrDefault(key, List.of());
        long after = stack.model.count(marker, null, null);
        String kinds = outcomes.stream().map(o -> o.kind().name()).toList().toString();
        boolean pass = outcomes.size() == 2 && outcomes.get(0).kind() == IngestOutcome.Kind.ACCEPTED
                && outcomes.get(1).kind() == IngestOutcome.Kind.DUPLICATE && after == calls
                && states(ArticleIds.fromKey(key)).equals(allDone());
        return new Row("", "[ACCEPTED, DUPLICATE], no extra model call, one result",
                kinds + ", model calls " + calls + " -> " + after, pass);
    }

    private Row duplicateSqsDelivery() {
        int marker = markers.incrementAndGet();
        String key = "incoming/chaos/dup-sqs-" + marker + ".txt";
        String id = uploadAndDrain(key, variant(marker, null));
        long calls = stack.model.count(marker, null, null);
        String version = stack.store.find(id).orElseThrow().version();
        for (int i = 0; i < 2; i++) {
            stack.sendWork(json(Job.translate(id, version, Language.HY)));
            stack.sendWork(json(Job.summarizeSource(id, version, Language.EN)));
        }
        stack.drain();
        long after = stack.model.count(marker, null, null);
        return new Row("", "no extra model call, results unchanged", "model calls " + calls + " -> " + after + ", "
                + states(id), after == calls && states(id).equals(allDone()));
    }

    private Row concurrentDeliveries() {
        int marker = markers.incrementAndGet();
        String key = "incoming/chaos/concurrent-" + marker + ".txt";
        String id = ArticleIds.fromKey(key);
        stack.upload(key, variant(marker, null));
        stack.pumpUploads();
        List<Message> summarize = awaitWork(1);
        stack.invoke(stack.translate, summarize, new LocalContext("TranslateFunction", 300));
        List<Message> translations = awaitWork(3);
        Message hy = translations.stream().filter(m -> m.body().contains("\"hy\"")).findFirst().orElseThrow();
        stack.model.script(new Rule("translate", "hy", marker, Fault.SLOW, 1, 1500));
        stack.sendWork(hy.body());
        List<Message> copy = awaitWork(1);
        int failuresBefore = stack.workFailures.size();
        Thread first = Thread.ofVirtual().start(() -> stack.invoke(stack.translate, List.of(hy),
                new LocalContext("TranslateFunction", 300)));
        ChaosStack.sleep(200);
        Thread second = Thread.ofVirtual().start(() -> stack.invoke(stack.translate, copy,
                new LocalContext("TranslateFunction", 300)));
        join(first);
        join(second);
        List<Message> rest = new ArrayList<>(translations);
        rest.remove(hy);
        stack.invoke(stack.translate, rest, new LocalContext("TranslateFunction", 300));
        stack.drain();
        long hyCalls = stack.model.count(marker, "translate", "hy");
        int deferred = stack.workFailures.size() - failuresBefore;
        return new Row("", "1 hy model call, the copy deferred then finished without one, all DONE",
                hyCalls + " hy call(s), " + deferred + " deferred, " + states(id),
                hyCalls == 1 && deferred >= 1 && states(id).equals(allDone()));
    }

    /**
     * An invocation dies after its model calls: before it writes the result, or after the result
     * and before the status in META (the two are separate writes).
     */
    private Row diesMidWay(boolean afterResult) {
        int marker = markers.incrementAndGet();
        String key = "incoming/chaos/dies-" + marker + ".txt";
        String id = ArticleIds.fromKey(key);
        AtomicInteger killed = new AtomicInteger();
        DynamoDbClient dying = dyingOnce(stack.dynamo, afterResult
                ? request -> request instanceof UpdateItemRequest u && u.key().get("pk").s().equals("ARTICLE#" + id)
                        && u.key().get("sk").s().equals("META") && "hy".equals(u.expressionAttributeNames().get("#l"))
                : request -> request instanceof PutItemRequest p && p.item().get("pk").s().equals("ARTICLE#" + id)
                        && p.item().get("sk").s().equals("TRANSLATION#hy"), killed);
        TranslateHandler handler = new TranslateHandler(stack.work(dying));
        stack.upload(key, variant(marker, null));
        stack.pumpUploads();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !(stack.empty(stack.aws.workQueueUrl()))) {
            List<Message> batch = stack.receiveWork(stack.batchSize);
            if (batch.isEmpty()) {
                ChaosStack.sleep(200);
                continue;
            }
            stack.invoke(handler, batch, new LocalContext("TranslateFunction", 300));
        }
        long hyCalls = stack.model.count(marker, "translate", "hy");
        return new Row("", "the " + (afterResult ? "status" : "result") + " write dies once; the retry makes no"
                + " model call (" + (afterResult ? "stored result" : "memory") + "); hy DONE",
                "died " + killed.get() + "x, " + hyCalls + " hy call(s) in all, " + states(id),
                killed.get() == 1 && hyCalls == 1 && states(id).equals(allDone()));
    }

    private Row newerVersionWins() {
        int old = markers.incrementAndGet();
        int newer = markers.incrementAndGet();
        String key = "incoming/chaos/newer-" + old + ".txt";
        String id = ArticleIds.fromKey(key);
        stack.model.script(new Rule("translate", "hy", old, Fault.SLOW, 1, 2500));
        stack.upload(key, variant(old, null));
        stack.pumpUploads();
        String oldVersion = stack.store.find(id).orElseThrow().version();
        Thread worker = Thread.ofVirtual().start(() -> stack.drain(60_000));
        long deadline = System.currentTimeMillis() + 30_000;
        while (stack.model.count(old, "translate", "hy") == 0 && System.currentTimeMillis() < deadline) {
            ChaosStack.sleep(50);
        }
        ChaosStack.sleep(1500);
        stack.upload(key, variant(newer, null));
        stack.pumpUploads();
        join(worker);
        stack.drain();
        ArticleRecord record = stack.store.find(id).orElseThrow();
        Translation hy = stack.store.translation(id, Language.HY).orElseThrow();
        boolean newest = !record.version().equals(oldVersion) && hy.articleVersion().equals(record.version());
        return new Row("", "old hy result (in flight) never overwrites the new version; new version DONE",
                "current " + shortVersion(record.version()) + " (old " + shortVersion(oldVersion) + "), hy stored for "
                        + shortVersion(hy.articleVersion()) + ", " + states(id),
                newest && states(id).equals(allDone()));
    }

    private Row timeBudget() {
        int marker = markers.incrementAndGet();
        String key = "incoming/chaos/budget-" + marker + ".txt";
        String id = ArticleIds.fromKey(key);
        stack.upload(key, variant(marker, null));
        stack.pumpUploads();
        stack.invoke(stack.translate, awaitWork(1), new LocalContext("TranslateFunction", 300));
        List<Message> three = awaitWork(3);
        AtomicInteger asked = new AtomicInteger();
        // plenty of time for the first job, then 20 s left: under the 90 s reserve
        LocalContext nearlyOut = new LocalContext("TranslateFunction", () -> asked.getAndIncrement() == 0 ? 300_000 : 20_000);
        Set<String> returned = stack.invoke(stack.translate, three, nearlyOut);
        long callsInInvocation = stack.model.count(marker, "translate", null);
        stack.drain();
        long total = stack.model.count(marker, "translate", null);
        return new Row("", "1 job done, 2 returned unstarted (no model call), later all DONE",
                (three.size() - returned.size()) + " done, " + returned.size() + " returned, " + callsInInvocation
                        + " call(s) then " + total + ", " + states(id),
                returned.size() == 2 && callsInInvocation == 1 && total == 3 && states(id).equals(allDone()));
    }

    private Row poisonAndRedrive() {
        String id = ArticleIds.fromKey("incoming/chaos/baseline.txt");
        String version = stack.store.find(id).orElseThrow().version();
        long before = stack.model.callCount();
        stack.sendWork("this is not a job");
        stack.sendWork("{\"task\":\"TRANSLATE\",\"articleId\":42,\"language\":\"hy\"}");
        stack.drain(90_000);
        int dead = stack.count(stack.aws.workDeadLetterUrl());
        List<String> reasons = new ArrayList<>();
        for (Message m : peek(stack.aws.workDeadLetterUrl())) {
            reasons.add(stack.failures.reason(m.messageId()).orElse("(no reason recorded)"));
        }
        // a real job that went to the DLQ while the model was down, after its article was finished
        stack.sqs.sendMessage(r -> r.queueUrl(stack.aws.workDeadLetterUrl())
                .messageBody(json(Job.summarizeSource(id, version, Language.EN))));
        int moved = RedriveCommand.redrive(stack.sqs, stack.aws.workDeadLetterUrl(), stack.aws.workQueueUrl(), null);
        stack.drain(90_000);
        long extra = stack.model.callCount() - before;
        int deadAfter = stack.count(stack.aws.workDeadLetterUrl());
        boolean reasoned = reasons.size() == 2 && reasons.stream().allMatch(r -> r.startsWith("POISON_MESSAGE"));
        return new Row("", "2 poison in DLQ with reason; redrive replays 3; finished job no model call; poison back in DLQ",
                dead + " in DLQ " + reasons.stream().map(r -> r.length() > 40 ? r.substring(0, 40) + "…" : r).toList()
                        + ", redrove " + moved + ", " + extra + " model calls, " + deadAfter + " in DLQ after",
                dead == 2 && reasoned && moved == 3 && extra == 0 && deadAfter == 2);
    }

    /** Faults on the hy call (or the summary) of one article each, all uploaded at once. */
    private void modelFaults() {
        record FaultCase(String name, Rule rule, Map<String, String> expected, long expectedCalls, String expect,
                         boolean injection) {
        }
        List<FaultCase> cases = new ArrayList<>();
        int m;
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: 429 burst then ok", new Rule("translate", "hy", m, Fault.RATE_LIMIT, 2, 0),
                expect("DONE", "DONE"), 3, "2x 429 retried after Retry-After, hy DONE (3 calls)", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: 5xx then ok", new Rule("translate", "hy", m, Fault.SERVER_ERROR, 2, 0),
                expect("DONE", "DONE"), 3, "2x 503 retried, hy DONE (3 calls)", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: 429 without end", new Rule("translate", "hy", m, Fault.RATE_LIMIT, -1, 0),
                expect("FAILED", "DONE"), ChaosStack.MAX_ATTEMPTS, "hy FAILED with reason after " + ChaosStack.MAX_ATTEMPTS
                + " calls; ru, az DONE", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: timeout then ok", new Rule("translate", "hy", m, Fault.TIMEOUT, 1, 0),
                expect("DONE", "DONE"), 2, "timed out once, retried, hy DONE (2 calls)", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: timeouts without end", new Rule("translate", "hy", m, Fault.TIMEOUT, -1, 0),
                expect("FAILED", "DONE"), ChaosStack.MAX_ATTEMPTS, "hy FAILED after " + ChaosStack.MAX_ATTEMPTS
                + " timed-out calls; ru, az DONE", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: stalled body then ok", new Rule("translate", "hy", m, Fault.STALL, 1, 0),
                expect("DONE", "DONE"), 2, "body stalled past the " + ChaosStack.MODEL_TIMEOUT_SECONDS + " s timeout: abandoned, retried,"
                + " hy DONE (2 calls)", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: malformed JSON body", new Rule("translate", "hy", m, Fault.MALFORMED, -1, 0),
                expect("FAILED", "DONE"), -1, "hy FAILED with reason, at most " + ChaosStack.MAX_ATTEMPTS
                + " calls; ru, az DONE", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: truncated output", new Rule("translate", "hy", m, Fault.TRUNCATED, -1, 0),
                expect("FAILED", "DONE"), 2, "cut-off segment unusable: hy FAILED with reason after one retry with"
                + " more room (2 calls)", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("model: summary unavailable", new Rule("summarize", null, m, Fault.SERVER_ERROR, -1, 0),
                Map.of("en", "NEEDS_REVIEW", "ru", "DONE", "hy", "DONE", "az", "DONE"), -1,
                "source NEEDS_REVIEW (SUMMARY_FAILED); translations DONE", false));
        m = markers.incrementAndGet();
        cases.add(new FaultCase("hostile: article orders the model", null, expect("NEEDS_REVIEW", "DONE"), -1,
                "instruction translated as text in ru, az (DONE); where the model obeys (hy) the gate flags it",
                true));
        Map<FaultCase, Integer> markerOf = new LinkedHashMap<>();
        for (FaultCase c : cases) {
            int marker = c.rule() == null ? markers.incrementAndGet() : c.rule().marker();
            markerOf.put(c, marker);
            if (c.rule() != null) {
                stack.model.script(c.rule());
            }
            stack.upload("incoming/chaos/fault-" + marker + ".txt", variant(marker, c.injection() ? ScriptedTexts.INJECTION
                    : null));
        }
        ScriptedTexts.obeyInjectionIn(Set.of("hy"));
        try {
            stack.drain(180_000);
        } finally {
            ScriptedTexts.obeyInjectionIn(Set.of());
        }
        for (FaultCase c : cases) {
            int marker = markerOf.get(c);
            String id = ArticleIds.fromKey("incoming/chaos/fault-" + marker + ".txt");
            run(c.name(), () -> {
                Map<String, String> got = statusMap(id);
                String task = c.rule() != null && "summarize".equals(c.rule().task()) ? "summarize" : "translate";
                String lang = "summarize".equals(task) ? null : "hy";
                long calls = stack.model.count(marker, task, lang);
                boolean statuses = got.equals(c.expected());
                boolean callsOk = c.expectedCalls() < 0 ? calls <= ChaosStack.MAX_ATTEMPTS * 2L : calls == c.expectedCalls();
                String reason = firstReason(id);
                boolean reasonOk = got.values().stream().allMatch("DONE"::equals) || reason != null;
                return new Row(c.name(), c.expect(), states(id) + ", " + calls + " " + task + " call(s)"
                        + (reason == null ? "" : ", reason: " + abbreviate(reason, 70)), statuses && callsOk && reasonOk);
            });
        }
    }

    /** Uploads that must end in a clear outcome without a model call, and stay as uploaded. */
    private void hostileInputs(boolean fastOnly) {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        String text = new String(sample, StandardCharsets.UTF_8);
        cases.put("hostile: empty file", new Object[] {"incoming/hostile/empty.txt", new byte[0], "REFUSED EMPTY_FILE"});
        cases.put("hostile: whitespace only", new Object[] {"incoming/hostile/blank.txt",
                " \n\t\r\n   \u00a0\n".getBytes(StandardCharsets.UTF_8), "REFUSED EMPTY_FILE"});
        cases.put("hostile: PDF bytes", new Object[] {"incoming/hostile/scan.txt", pdf(), "REFUSED BINARY_CONTENT"});
        cases.put("hostile: PNG bytes", new Object[] {"incoming/hostile/photo.html", png(), "REFUSED BINARY_CONTENT"});
        cases.put("hostile: ZIP bytes", new Object[] {"incoming/hostile/bundle.md", zip(text), "REFUSED BINARY_CONTENT"});
        cases.put("hostile: over 5 MB", new Object[] {"incoming/hostile/huge.txt", overFiveMegabytes(text),
                "REFUSED TOO_LARGE"});
        cases.put("hostile: gzip bomb", new Object[] {"incoming/hostile/bomb.txt", gzipBomb(), "REFUSED BINARY_CONTENT"});
        cases.put("hostile: truncated UTF-8", new Object[] {"incoming/hostile/cut-utf8.txt", truncatedUtf8(text),
                "ACCEPTED"});
        cases.put("hostile: wrong declared charset", new Object[] {"incoming/hostile/wrong-charset.html",
                wrongCharset(text), "ACCEPTED, " + allDone()});
        cases.put("hostile: HTML nested 10,000 deep", new Object[] {"incoming/hostile/deep.html", deepHtml(text),
                "ACCEPTED, " + allDone()});
        cases.put("hostile: malformed JSON envelope", new Object[] {"incoming/hostile/broken.json",
                "{\"title\": \"Kremlin\", \"body\": \"unterminated".getBytes(StandardCharsets.UTF_8),
                "REFUSED MALFORMED_ENVELOPE"});
        cases.put("hostile: JSON envelope, wrong types", new Object[] {"incoming/hostile/types.json",
                "{\"title\": 7, \"body\": [1, 2, 3], \"publishedAt\": false}".getBytes(StandardCharsets.UTF_8),
                "REFUSED MALFORMED_ENVELOPE"});
        cases.put("hostile: key with spaces, +, %, unicode", new Object[] {"incoming/hostile/Kremlin rejects + 100% ünïcödé.txt",
                sample, "ACCEPTED"});
        cases.put("hostile: folder marker", new Object[] {"incoming/hostile/folder/", new byte[0], "IGNORED"});
        cases.put("hostile: German article", new Object[] {"incoming/hostile/german.txt", german(),
                "REFUSED UNSUPPORTED_LANGUAGE"});
        cases.put("hostile: mixed languages", new Object[] {"incoming/hostile/mixed.txt", mixed(),
                "REFUSED MIXED_LANGUAGE"});
        cases.put("hostile: boilerplate only", new Object[] {"incoming/hostile/boilerplate.txt", boilerplateOnly(),
                "REFUSED TOO_LITTLE_TEXT"});
        cases.put("hostile: one-word article", new Object[] {"incoming/hostile/one-word.txt",
                "Kremlin".getBytes(StandardCharsets.UTF_8), "REFUSED TOO_LITTLE_TEXT"});
        if (!fastOnly) {
            cases.put("hostile: 100,000-word article", new Object[] {"incoming/hostile/long-read.txt", longRead(),
                    "ACCEPTED, " + allDone()});
        }
        for (Object[] c : cases.values()) {
            stack.upload((String) c[0], (byte[]) c[1]);
        }
        stack.drain(240_000);
        for (Map.Entry<String, Object[]> e : cases.entrySet()) {
            String key = (String) e.getValue()[0];
            byte[] bytes = (byte[]) e.getValue()[1];
            String expected = (String) e.getValue()[2];
            run(e.getKey(), () -> hostileRow(key, bytes, expected));
        }
        if (!fastOnly) {
            run("large result kept in S3 behind a pointer", this::largeResult);
        }
    }

    /** The 100,000-word article's source and translations pass DynamoDB's 400 KB item limit. */
    private Row largeResult() {
        String id = ArticleIds.fromKey("incoming/hostile/long-read.txt");
        List<String> objects = stack.s3.listObjectsV2(r -> r.bucket(stack.config.bucket())
                .prefix(io.babeldesk.store.DynamoArticleStore.OVERFLOW_PREFIX + id + "/")).contents().stream()
                .map(o -> o.key().substring(o.key().lastIndexOf('/') + 1) + " " + o.size() / 1024 + " KB").toList();
        int blocks = stack.store.translation(id, Language.HY).map(t -> t.blocks().size()).orElse(-1);
        int sourceBlocks = stack.store.find(id).flatMap(r -> stack.store.source(id, r.version()))
                .map(a -> a.blocks().size()).orElse(-2);
        return new Row("", "source and each language in S3 under results/, read back whole",
                objects + ", hy " + blocks + " of " + sourceBlocks + " blocks read back",
                objects.size() == 5 && blocks == sourceBlocks);
    }

    private Row hostileRow(String key, byte[] bytes, String expected) {
        List<IngestOutcome> outcomes = stack.outcomes.getOrDefault(key, List.of());
        List<String> errors = stack.ingestErrors.getOrDefault(key, List.of());
        boolean untouched = key.endsWith("/") || java.util.Arrays.equals(stack.object(key), bytes);
        String outcome;
        boolean pass;
        if (!errors.isEmpty()) {
            outcome = "IngestFunction threw " + errors.size() + "x: " + abbreviate(errors.get(0), 80);
            pass = false;
        } else if (outcomes.isEmpty()) {
            outcome = "no outcome";
            pass = false;
        } else {
            IngestOutcome o = outcomes.get(outcomes.size() - 1);
            outcome = o.kind() + (o.code() == null ? "" : " " + o.code());
            if (o.kind() == IngestOutcome.Kind.ACCEPTED) {
                outcome += ", " + states(o.articleId());
            }
            pass = outcome.startsWith(expected);
            if (o.kind() == IngestOutcome.Kind.REFUSED) {
                outcome += ": " + abbreviate(o.message(), 60);
            }
        }
        if (!untouched) {
            outcome += "; THE UPLOAD WAS CHANGED";
        }
        return new Row("", expected + ", upload untouched", outcome, pass && untouched);
    }

    // ---- inputs ----

    /** The sample with a numbered desk note after its first body paragraph (and an optional extra paragraph). */
    byte[] variant(int marker, String extra) {
        List<String> out = new ArrayList<>();
        boolean added = false;
        for (String line : sampleLines) {
            out.add(line);
            if (!added && line.startsWith("The Kremlin has dismissed")) {
                out.add("");
                out.add(ScriptedTexts.deskNote(marker));
                if (extra != null) {
                    out.add("");
                    out.add(extra);
                }
                added = true;
            }
        }
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sampleBytes() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("events/articles/kremlin-rejects-pashinyan-claim.txt");
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readAllBytes(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("events/articles/kremlin-rejects-pashinyan-claim.txt not found");
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n\u0000\u0001\u0002x\u009c\nendstream\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] png() {
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static byte[] zip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("article.txt"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] overFiveMegabytes(String text) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() <= 5 * 1024 * 1024 + 10) {
            sb.append(text).append("\n\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncatedUtf8(String text) {
        byte[] full = (text.strip() + " Ереван").getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(full, full.length - 1);
    }

    private static byte[] wrongCharset(String text) {
        String html = "<html><head><meta charset=\"windows-1251\"><title>" + title() + "</title>"
                + "</head><body><article>" + paragraphs(text) + "</article></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepHtml(String text) {
        StringBuilder sb = new StringBuilder("<html><head><title>" + title() + "</title></head><body>");
        sb.append("<div>".repeat(10_000)).append(paragraphs(text)).append("</div>".repeat(10_000));
        sb.append("</body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The sample's body paragraphs as HTML, as the fixture knows them. */
    private static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : bodyParagraphs()) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.toString();
    }

    /** The sample's title, body paragraphs and source summary, from the fixture answers. */
    private static List<String> fixtureSegments() {
        List<String> out = new ArrayList<>();
        fixtureJson().path("segments").forEach(s -> out.add(s.path("en").asText()));
        return out;
    }

    private static List<String> bodyParagraphs() {
        List<String> all = fixtureSegments();
        return all.subList(1, all.size() - 1);
    }

    private static String title() {
        return fixtureSegments().get(0);
    }

    private static byte[] german() {
        return ("Der Kreml hat die Behauptung des armenischen Ministerpräsidenten zurückgewiesen\n\n"
                + "Der Kreml hat die Behauptung des armenischen Ministerpräsidenten Nikol Paschinjan zurückgewiesen, "
                + "Russland ziehe sich aus dem Südkaukasus zurück und schütze Armenien nicht mehr vor Aserbaidschan.\n\n"
                + "Kremlsprecher Dmitri Peskow sagte am Dienstag, Russland sei ein fester Bestandteil der Region und "
                + "werde weiterhin eine wichtige Rolle bei der Stabilisierung der Lage spielen.\n\n"
                + "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kritisierte die Äußerungen und "
                + "forderte den Regierungschef auf, Verantwortung für sein eigenes Handeln zu übernehmen.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mixed() {
        com.fasterxml.jackson.databind.JsonNode fixture = fixtureJson();
        StringBuilder sb = new StringBuilder();
        com.fasterxml.jackson.databind.JsonNode segments = fixture.path("segments");
        sb.append(segments.path(0).path("en").asText()).append("\n\n");
        for (int i = 1; i < segments.size() - 1; i++) {
            sb.append(segments.path(i).path(i % 2 == 0 ? "en" : "ru").asText()).append("\n\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static com.fasterxml.jackson.databind.JsonNode fixtureJson() {
        try (var in = ChaosSuite.class.getClassLoader().getResourceAsStream(
                "fixture-model/kremlin-rejects-pashinyan-claim.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] boilerplateOnly() {
        return String.join("\n", List.of("9.7 C", "Munich", "Wednesday, October 4, 2023", "", "Must read", "", "TCT",
                "TCThttps://thecaspiantimes.com", "", "More articles", "", "LEAVE A REPLY", "",
                "Please enter your comment!", "Please enter your name here", "", "Latest article"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** About 100,000 words: the sample's paragraphs over and over (so the simulated model knows them). */
    private byte[] longRead() {
        List<String> body = bodyParagraphs();
        StringBuilder sb = new StringBuilder(title() + "\n\n");
        int words = 0;
        while (words < 100_000) {
            for (String p : body) {
                sb.append(p).append("\n\n");
                words += p.split("\\s+").length;
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- helpers ----

    private String uploadAndDrain(String key, byte[] bytes) {
        stack.upload(key, bytes);
        stack.drain();
        return ArticleIds.fromKey(key);
    }

    private List<Message> awaitWork(int n) {
        List<Message> got = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 15_000;
        while (got.size() < n && System.currentTimeMillis() < deadline) {
            got.addAll(stack.receiveWork(n - got.size()));
            if (got.size() < n) {
                ChaosStack.sleep(100);
            }
        }
        if (got.size() < n) {
            throw new IllegalStateException("expected " + n + " work messages, got " + got.size());
        }
        return got;
    }

    private List<Message> peek(String url) {
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

    private static Map<String, String> expect(String hy, String others) {
        return Map.of("en", "DONE", "ru", others, "hy", hy, "az", others);
    }

    private static String allDone() {
        return "en DONE, ru DONE, hy DONE, az DONE";
    }

    private Map<String, String> statusMap(String id) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<ArticleRecord> record = stack.store.find(id);
        for (Language l : Language.values()) {
            LanguageState s = record.map(r -> r.languages().get(l)).orElse(null);
            out.put(l.code(), s == null ? "?" : s.status().name());
        }
        return out;
    }

    private String states(String id) {
        return String.join(", ", statusMap(id).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private String firstReason(String id) {
        return stack.store.find(id).flatMap(r -> r.languages().values().stream()
                .filter(s -> s.reason() != null).map(LanguageState::reason).findFirst()).orElse(null);
    }

    private static String shortVersion(String v) {
        return v == null ? "-" : v.substring(0, 8);
    }

    static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIMULATION of an invocation dying mid-way: the first PutItem or UpdateItem request that
     * {@code dies} matches fails, every other call goes through.
     */
    static DynamoDbClient dyingOnce(DynamoDbClient real, Predicate<Object> dies, AtomicInteger killed) {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if ((method.getName().equals("putItem") || method.getName().equals("updateItem"))
                            && args != null && args.length == 1 && dies.test(args[0]) && killed.get() == 0) {
                        killed.incrementAndGet();
                        throw new IllegalStateException("simulated: the invocation died mid-way");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
