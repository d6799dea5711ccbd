package io.babeldesk.local.chaos;

import static io.babeldesk.local.chaos.ChaosContext.json;
import static io.babeldesk.local.chaos.ChaosContext.translateContext;

import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.handler.TranslateHandler;
import io.babeldesk.local.LocalContext;
import io.babeldesk.local.chaos.DynamoTap.Gate;
import io.babeldesk.pipeline.Job;
import io.babeldesk.translation.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Cases of delivery: duplicate and concurrent deliveries, invocations that die half-way or run
 * out of time, a newer version while the old one is in flight, dead letters and their redrive.
 */
final class DeliveryCases {
    private DeliveryCases() {
    }

    static List<ChaosCase> cases() {
        return List.of(
                ChaosCase.of("baseline: sample article", "en, ru, hy, az DONE", DeliveryCases::baseline),
                ChaosCase.of("duplicate S3 event",
                        "second delivery DUPLICATE, no model call, version unchanged; all DONE",
                        DeliveryCases::duplicateS3Event),
                ChaosCase.of("duplicate SQS delivery",
                        "each job delivered twice more: no model call, results unchanged; all DONE",
                        DeliveryCases::duplicateSqsDelivery),
                ChaosCase.of("concurrent SQS deliveries",
                        "one hy model call; the copy delivered while the first holds the job's lease is deferred once,"
                                + " then finishes without a call; all DONE",
                        DeliveryCases::concurrentDeliveries),
                ChaosCase.of("invocation dies after model, before result",
                        "the result write dies once; the retry takes every block from translation memory: no extra"
                                + " model call; all DONE",
                        c -> diesMidWay(c, false)),
                ChaosCase.of("invocation dies between result and status",
                        "the status write dies once; the retry finds the stored result and confirms its status: no"
                                + " extra model call; all DONE",
                        c -> diesMidWay(c, true)),
                ChaosCase.of("newer version while old in flight",
                        "the old hy result is refused by the lease the new version's job took, the old az status by"
                                + " the version; hy and az hold the new version; all DONE",
                        DeliveryCases::newerVersionWhileOldInFlight),
                ChaosCase.of("time budget nearly spent",
                        "1 job done, 2 returned unstarted as batch failures (no model call), later all DONE",
                        DeliveryCases::timeBudget),
                ChaosCase.of("poison message to DLQ, redrive",
                        "2 poison messages (POISON_MESSAGE) and a job that always fails (JOB_FAILED) reach the DLQ,"
                                + " reasons kept in the table; redrive replays them and a finished job: no model call,"
                                + " the 3 back in the DLQ",
                        DeliveryCases::poisonAndRedrive));
    }

    private static Verdict baseline(ChaosContext c) {
        String id = c.finishedSample();
        return c.allDone(new Verdict(), id).saw(c.stack.model.callCount() + " model calls");
    }

    private static Verdict duplicateS3Event(ChaosContext c) {
        ChaosStack stack = c.stack;
        int marker = c.marker();
        String key = "incoming/chaos/dup-s3-" + marker + ".txt";
        String id = ArticleIds.fromKey(key);
        stack.upload(key, ChaosArticles.variant(marker, null));
        // the notification bodies, to deliver them again
        List<String> notifications = stack.pumpUploads();
        stack.drain();
        long calls = stack.model.count(marker, null, null);
        String version = c.version(id);
        for (String n : notifications) {
            stack.deliverUpload(n);
        }
        stack.drain();
        List<String> kinds = stack.outcomes.getOrDefault(key, List.of()).stream().map(o -> o.kind().name()).toList();
        long after = stack.model.count(marker, null, null);
        Verdict v = new Verdict().saw(kinds.toString()).saw("model calls " + calls + " -> " + after)
                .expect("deliveries", List.of("ACCEPTED", "DUPLICATE"), kinds)
                .expect("model calls after the second delivery", calls, after)
                .expect("version", version, c.version(id));
        return c.allDone(v, id);
    }

    private static Verdict duplicateSqsDelivery(ChaosContext c) {
        ChaosStack stack = c.stack;
        ChaosContext.Variant article = c.ingestVariant("dup-sqs");
        int marker = article.marker();
        String id = article.id();
        stack.drain();
        long calls = stack.model.count(marker, null, null);
        String version = c.version(id);
        Optional<Translation> hy = stack.store.translation(id, Language.HY);
        Optional<Translation> source = stack.store.translation(id, Language.EN);
        for (int i = 0; i < 2; i++) {
            stack.sendWork(json(Job.translate(id, version, Language.HY)));
            stack.sendWork(json(Job.summarizeSource(id, version, Language.EN)));
        }
        stack.drain();
        long after = stack.model.count(marker, null, null);
        Verdict v = new Verdict().saw("model calls " + calls + " -> " + after)
                .expect("model calls", calls, after)
                .require("hy result stored", hy.isPresent())
                .require("hy result changed", hy.equals(stack.store.translation(id, Language.HY)))
                .require("source result changed", source.equals(stack.store.translation(id, Language.EN)));
        return c.allDone(v, id);
    }

    private static Verdict concurrentDeliveries(ChaosContext c) {
        ChaosStack stack = c.stack;
        ChaosContext.Variant article = c.ingestVariant("concurrent");
        int marker = article.marker();
        String id = article.id();
        List<Message> translations = c.summarizeAndHoldTranslations();
        Message hy = job(translations, Language.HY);
        stack.sendWork(hy.body());
        Message copy = c.awaitWork(1).get(0);
        // the first delivery holds the lease (model call made, result not yet written) while the copy runs
        Gate held = new Gate();
        TranslateHandler first = handler(stack, DynamoTap.resultWrite(id, "hy", null), held);
        Thread firstInvocation = c.invokeAside(first, List.of(hy));
        boolean reached = held.awaitReached();
        Set<String> deferred = stack.invoke(stack.translate, List.of(copy), translateContext());
        held.open();
        ChaosContext.join(firstInvocation);
        List<Message> rest = new ArrayList<>(translations);
        rest.remove(hy);
        stack.invoke(stack.translate, rest, translateContext());
        stack.drain();
        long hyCalls = stack.model.count(marker, "translate", "hy");
        long copyDeferred = stack.workFailures.stream().filter(copy.messageId()::equals).count();
        Verdict v = new Verdict().saw(hyCalls + " hy call(s)").saw("the copy deferred " + copyDeferred + "x")
                .require("the first delivery never reached its result write", reached)
                .expect("hy model calls", 1L, hyCalls)
                .expect("failed items of the copy's invocation", Set.of(copy.messageId()), deferred)
                .expect("times the copy was deferred", 1L, copyDeferred);
        return c.allDone(v, id);
    }

    /**
     * An invocation dies after its model calls: before it writes the result, or after the result
     * and before the status in META (the two are separate writes).
     */
    private static Verdict diesMidWay(ChaosContext c, boolean afterResult) {
        ChaosStack stack = c.stack;
        ChaosContext.Variant article = c.ingestVariant("dies");
        int marker = article.marker();
        String id = article.id();
        AtomicInteger killed = new AtomicInteger();
        Predicate<Object> where = afterResult ? DynamoTap.statusWrite(id, "hy", null)
                : DynamoTap.resultWrite(id, "hy", null);
        TranslateHandler handler = new TranslateHandler(stack.work(DynamoTap.dyingOnce(stack.dynamo, where, killed)));
        c.work(handler, () -> stack.empty(stack.aws.workQueueUrl()));
        long hyCalls = stack.model.count(marker, "translate", "hy");
        int storedCalls = stack.store.translation(id, Language.HY).map(t -> t.usage().calls()).orElse(-1);
        Verdict v = new Verdict().saw("died " + killed.get() + "x").saw(hyCalls + " hy call(s) in all")
                .saw("stored hy result made " + storedCalls + " call(s)")
                .expect("deaths", 1, killed.get())
                .expect("hy model calls in all", 1L, hyCalls)
                // the retry's own result (all from memory), or the first invocation's result it confirmed
                .expect("model calls of the stored hy result", afterResult ? 1 : 0, storedCalls);
        return c.allDone(v, id);
    }

    private static Verdict newerVersionWhileOldInFlight(ChaosContext c) {
        ChaosStack stack = c.stack;
        ChaosContext.Variant article = c.ingestVariant("newer");
        String id = article.id();
        String oldVersion = c.version(id);
        List<Message> three = c.summarizeAndHoldTranslations();
        // the old version's hy and az invocations have their results and wait at the result write
        Gate hyResult = new Gate();
        Gate azResult = new Gate();
        Gate azStatus = Gate.watch();
        DynamoDbClient db = DynamoTap.tap(DynamoTap.tap(DynamoTap.tap(stack.dynamo,
                DynamoTap.resultWrite(id, "hy", oldVersion), hyResult),
                DynamoTap.resultWrite(id, "az", oldVersion), azResult),
                DynamoTap.statusWrite(id, "az", oldVersion), azStatus);
        TranslateHandler oldInvocations = new TranslateHandler(stack.work(db));
        Thread hyOld = c.invokeAside(oldInvocations, List.of(job(three, Language.HY)));
        Thread azOld = c.invokeAside(oldInvocations, List.of(job(three, Language.AZ)));
        stack.invoke(stack.translate, List.of(job(three, Language.RU)), translateContext());
        boolean reached = hyResult.awaitReached() && azResult.awaitReached();
        int newer = c.marker();
        stack.upload(article.key(), ChaosArticles.variant(newer, null));
        stack.pumpUploads();
        String newVersion = c.version(id);
        // az writes before the new version's az job takes the lease; hy after the new hy result is stored
        azResult.open();
        ChaosContext.join(azOld);
        boolean newDone = c.work(stack.translate, () -> c.statusMap(id).equals(ChaosContext.ALL_DONE));
        hyResult.open();
        ChaosContext.join(hyOld);
        stack.drain();
        Verdict v = new Verdict()
                .saw("old hy result " + hyResult.answer())
                .saw("old az result " + azResult.answer() + ", its status " + azStatus.answer())
                .require("the old invocations never reached their result writes", reached)
                .require("the article kept the old version", !oldVersion.equals(newVersion))
                .require("the new version was not done while the old hy result waited", newDone)
                .expect("old hy result write", "refused (ConditionalCheckFailedException)", hyResult.answer())
                .expect("old az result write", "written", azResult.answer())
                .expect("old az status write", "refused (ConditionalCheckFailedException)", azStatus.answer());
        for (Language l : List.of(Language.HY, Language.AZ)) {
            Optional<Translation> t = stack.store.translation(id, l);
            String note = ScriptedTexts.translate(ScriptedTexts.deskNote(newer), l.code());
            v.expect(l.code() + " stored for the new version", true,
                    t.map(x -> x.articleVersion().equals(newVersion)).orElse(false));
            v.require(l.code() + " lacks the new version's desk note",
                    t.map(x -> x.blocks().stream().map(Block::text).anyMatch(note::equals)).orElse(false));
        }
        return c.allDone(v, id);
    }

    private static Verdict timeBudget(ChaosContext c) {
        ChaosStack stack = c.stack;
        ChaosContext.Variant article = c.ingestVariant("budget");
        int marker = article.marker();
        String id = article.id();
        List<Message> three = c.summarizeAndHoldTranslations();
        AtomicInteger asked = new AtomicInteger();
        // plenty of time for the first job, then 20 s left: under the 90 s reserve
        LocalContext nearlyOut = new LocalContext("TranslateFunction",
                () -> asked.getAndIncrement() == 0 ? 300_000 : 20_000);
        Set<String> returned = stack.invoke(stack.translate, three, nearlyOut);
        long callsInInvocation = stack.model.count(marker, "translate", null);
        stack.drain();
        long total = stack.model.count(marker, "translate", null);
        Verdict v = new Verdict()
                .saw((three.size() - returned.size()) + " done, " + returned.size() + " returned")
                .saw(callsInInvocation + " call(s) then " + total)
                .expect("returned unstarted", Set.of(three.get(1).messageId(), three.get(2).messageId()), returned)
                .expect("model calls in the invocation", 1L, callsInInvocation)
                .expect("model calls in all", 3L, total);
        return c.allDone(v, id);
    }

    private static Verdict poisonAndRedrive(ChaosContext c) {
        ChaosStack stack = c.stack;
        String finished = c.finishedSample();
        String finishedVersion = c.version(finished);
        // a job that fails on every delivery: its article's source item is gone
        String lost = c.ingestVariant("lost-source").id();
        stack.dynamo.deleteItem(r -> r.tableName(stack.config.table()).key(Map.of(
                "pk", AttributeValue.fromS("ARTICLE#" + lost), "sk", AttributeValue.fromS("SOURCE#" + c.version(lost)))));
        long before = stack.model.callCount();
        stack.sendWork("this is not a job");
        stack.sendWork("{\"task\":\"TRANSLATE\",\"articleId\":42,\"language\":\"hy\"}");
        stack.drain(90_000);
        List<String> reasons = c.peek(stack.aws.workDeadLetterUrl()).stream()
                .map(m -> stack.failures.reason(m.messageId()).orElse("(no reason recorded)")).toList();
        long poison = reasons.stream().filter(r -> r.startsWith("POISON_MESSAGE: ")).count();
        long failed = reasons.stream().filter(r -> r.startsWith("JOB_FAILED: ")).count();
        // a real job that went to the DLQ while the model was down, after its article was finished
        stack.sqs.sendMessage(r -> r.queueUrl(stack.aws.workDeadLetterUrl())
                .messageBody(json(Job.summarizeSource(finished, finishedVersion, Language.EN))));
        int moved = RedriveCommand.redrive(stack.sqs, stack.aws.workDeadLetterUrl(), stack.aws.workQueueUrl(), null);
        stack.drain(90_000);
        long extra = stack.model.callCount() - before;
        int deadAfter = stack.count(stack.aws.workDeadLetterUrl());
        Verdict v = new Verdict()
                .saw(reasons.size() + " in DLQ: " + poison + " POISON_MESSAGE, " + failed + " JOB_FAILED")
                .saw("redrove " + moved).saw(extra + " model calls").saw(deadAfter + " in DLQ after")
                .expect("messages in the DLQ", 3, reasons.size())
                .expect("POISON_MESSAGE reasons", 2L, poison)
                .expect("JOB_FAILED reasons", 1L, failed)
                .expect("messages redriven", 4, moved)
                .expect("model calls", 0L, extra)
                .expect("messages in the DLQ after the redrive", 3, deadAfter);
        return c.allDone(v, finished);
    }

    private static TranslateHandler handler(ChaosStack stack, Predicate<Object> write, DynamoTap.Hook hook) {
        return new TranslateHandler(stack.work(DynamoTap.tap(stack.dynamo, write, hook)));
    }

    /** The translate job for one language among these messages. */
    private static Message job(List<Message> messages, Language language) {
        return messages.stream().filter(m -> m.body().contains("\"" + language.code() + "\"")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + language.code() + " job among " + messages.size()));
    }
}
