package io.babeldesk.local.chaos;

import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.store.DynamoArticleStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Hostile uploads: each ends in a clear outcome and stays exactly as uploaded. The uploads of a
 * group go up at once and are drained together, by whichever of its cases runs first; the
 * 100,000-word article is a group of its own, run by the command only.
 */
final class HostileInputCases {
    private static final String EVERY_RUN = "the hostile uploads";
    private static final String LONG_READ = "the 100,000-word article";
    private static final String LONG_READ_KEY = "incoming/hostile/long-read.txt";

    /** One upload and what its ingestion must end in: "REFUSED CODE", "ACCEPTED" (then all DONE) or "IGNORED". */
    private record Upload(String name, String key, Supplier<byte[]> bytes, String outcome, String expected,
                          BiConsumer<Ingested, Verdict> more) {
        Upload(String name, String key, Supplier<byte[]> bytes, String outcome) {
            this(name, key, bytes, outcome, standard(outcome), (i, v) -> { });
        }
    }

    /** What one upload's ingestion left: its last outcome and the article it names. */
    private record Ingested(ChaosContext context, String key, IngestOutcome outcome, Optional<ArticleRecord> record) {
    }

    private static final List<Upload> UPLOADS = List.of(
            new Upload("hostile: empty file", "incoming/hostile/empty.txt", () -> new byte[0], "REFUSED EMPTY_FILE"),
            new Upload("hostile: whitespace only", "incoming/hostile/blank.txt",
                    () -> " \n\t\r\n   \u00a0\n".getBytes(StandardCharsets.UTF_8), "REFUSED EMPTY_FILE"),
            new Upload("hostile: PDF bytes", "incoming/hostile/scan.txt", ChaosArticles::pdf, "REFUSED BINARY_CONTENT"),
            new Upload("hostile: PNG bytes", "incoming/hostile/photo.html", ChaosArticles::png, "REFUSED BINARY_CONTENT"),
            new Upload("hostile: ZIP bytes", "incoming/hostile/bundle.md", ChaosArticles::zip, "REFUSED BINARY_CONTENT"),
            new Upload("hostile: over 5 MB", "incoming/hostile/huge.txt", ChaosArticles::overFiveMegabytes,
                    "REFUSED TOO_LARGE"),
            new Upload("hostile: gzip bomb", "incoming/hostile/bomb.txt", ChaosArticles::gzipBomb,
                    "REFUSED BINARY_CONTENT"),
            new Upload("hostile: truncated UTF-8", "incoming/hostile/cut-utf8.txt", ChaosArticles::truncatedUtf8,
                    "ACCEPTED", "ACCEPTED, en, ru, hy, az DONE, the invalid byte reported as a warning; upload untouched",
                    HostileInputCases::invalidByteReported),
            new Upload("hostile: wrong declared charset", "incoming/hostile/wrong-charset.html",
                    ChaosArticles::wrongCharset, "ACCEPTED"),
            new Upload("hostile: HTML nested 10,000 deep", "incoming/hostile/deep.html", ChaosArticles::deepHtml,
                    "ACCEPTED"),
            new Upload("hostile: malformed JSON envelope", "incoming/hostile/broken.json", ChaosArticles::brokenEnvelope,
                    "REFUSED MALFORMED_ENVELOPE"),
            new Upload("hostile: JSON envelope, wrong types", "incoming/hostile/types.json",
                    ChaosArticles::envelopeOfWrongTypes, "REFUSED MALFORMED_ENVELOPE"),
            new Upload("hostile: key with spaces, +, %, unicode", "incoming/hostile/Kremlin rejects + 100% ünïcödé.txt",
                    ChaosArticles::sample, "ACCEPTED",
                    "decoded once: ACCEPTED under the key as uploaded, en, ru, hy, az DONE; upload untouched",
                    HostileInputCases::keptUnderTheUploadedKey),
            new Upload("hostile: folder marker", "incoming/hostile/folder/", () -> new byte[0], "IGNORED",
                    "IGNORED, no article recorded", HostileInputCases::noArticle),
            new Upload("hostile: German article", "incoming/hostile/german.txt", ChaosArticles::german,
                    "REFUSED UNSUPPORTED_LANGUAGE"),
            new Upload("hostile: mixed languages", "incoming/hostile/mixed.txt", ChaosArticles::mixed,
                    "REFUSED MIXED_LANGUAGE"),
            new Upload("hostile: boilerplate only", "incoming/hostile/boilerplate.txt", ChaosArticles::boilerplateOnly,
                    "REFUSED TOO_LITTLE_TEXT"),
            new Upload("hostile: one-word article", "incoming/hostile/one-word.txt", ChaosArticles::oneWord,
                    "REFUSED TOO_LITTLE_TEXT"));

    private static final Upload LONG_READ_UPLOAD = new Upload("hostile: 100,000-word article", LONG_READ_KEY,
            ChaosArticles::longRead, "ACCEPTED");

    private HostileInputCases() {
    }

    static List<ChaosCase> cases() {
        List<ChaosCase> out = new ArrayList<>();
        for (Upload u : UPLOADS) {
            ChaosCase c = ChaosCase.of(u.name(), u.expected(), ctx -> check(ctx, EVERY_RUN, UPLOADS, u));
            out.add(c);
        }
        out.add(ChaosCase.of(LONG_READ_UPLOAD.name(), LONG_READ_UPLOAD.expected(),
                ctx -> check(ctx, LONG_READ, List.of(LONG_READ_UPLOAD), LONG_READ_UPLOAD)).commandOnly());
        out.add(ChaosCase.of("large result kept in S3 behind a pointer",
                "source and each language in S3 under results/, read back whole",
                HostileInputCases::largeResult).commandOnly());
        return out;
    }

    private static String standard(String outcome) {
        if (outcome.startsWith("REFUSED")) {
            return outcome + ", recorded on the article, no version stored; upload untouched";
        }
        return outcome.equals("ACCEPTED") ? "ACCEPTED, en, ru, hy, az DONE; upload untouched" : outcome;
    }

    /** Uploads the group (all of its files at once) and drains; the bytes of each key. */
    private static Map<String, byte[]> upload(ChaosContext c, List<Upload> group) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Upload u : group) {
            bytes.put(u.key(), u.bytes().get());
            c.stack.upload(u.key(), bytes.get(u.key()));
        }
        c.stack.drain(240_000);
        return bytes;
    }

    /** Checks one upload of {@code group}, uploading and draining the group first if no case of it has. */
    private static Verdict check(ChaosContext c, String group, List<Upload> members, Upload u) {
        Map<String, byte[]> uploaded = c.once(group, () -> upload(c, members));
        ChaosStack stack = c.stack;
        List<IngestOutcome> outcomes = stack.outcomes.getOrDefault(u.key(), List.of());
        List<String> errors = stack.ingestErrors.getOrDefault(u.key(), List.of());
        Verdict v = new Verdict();
        if (!errors.isEmpty()) {
            v.saw("IngestFunction threw " + errors.size() + "x: " + ChaosCommand.abbreviate(errors.get(0), 80));
        }
        v.expect("IngestFunction errors", 0, errors.size());
        IngestOutcome last = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
        String got = last == null ? "no outcome" : last.kind() + (last.code() == null ? "" : " " + last.code());
        v.saw(got).expect("outcome", u.outcome(), got);
        Optional<ArticleRecord> record = last == null || last.articleId() == null ? Optional.empty()
                : stack.store.find(last.articleId());
        if (last != null && last.kind() == IngestOutcome.Kind.REFUSED) {
            v.saw(ChaosCommand.abbreviate(last.message(), 60))
                    .expect("refusal on the article", last.code(),
                            record.map(ArticleRecord::refusal).map(ArticleRecord.Refusal::code).orElse(null))
                    .expect("stored version", null, record.map(ArticleRecord::version).orElse(null));
        }
        if (last != null && last.kind() == IngestOutcome.Kind.ACCEPTED) {
            c.allDone(v, last.articleId());
        }
        boolean untouched = u.key().endsWith("/") || Arrays.equals(stack.object(u.key()), uploaded.get(u.key()));
        v.require("THE UPLOAD WAS CHANGED", untouched);
        u.more().accept(new Ingested(c, u.key(), last, record), v);
        return v;
    }

    /** The outcome says which bytes were replaced (where an editor can see it). */
    private static void invalidByteReported(Ingested in, Verdict v) {
        String message = in.outcome() == null ? null : in.outcome().message();
        v.saw("warning: " + (message == null ? "none" : ChaosCommand.abbreviate(message, 60)))
                .require("no warning reports the invalid byte", message != null && message.contains("invalid"));
    }

    /** The key was URL-decoded once: the article is named and sourced by the key exactly as uploaded. */
    private static void keptUnderTheUploadedKey(Ingested in, Verdict v) {
        v.expect("article id", ArticleIds.fromKey(in.key()), in.outcome() == null ? null : in.outcome().articleId())
                .expect("source key", in.key(), in.record().map(ArticleRecord::sourceKey).orElse(null));
    }

    private static void noArticle(Ingested in, Verdict v) {
        v.expect("article recorded", Optional.empty(), in.record());
    }

    /** The 100,000-word article's source and translations pass DynamoDB's 400 KB item limit. */
    private static Verdict largeResult(ChaosContext c) {
        c.once(LONG_READ, () -> upload(c, List.of(LONG_READ_UPLOAD)));
        ChaosStack stack = c.stack;
        String id = ArticleIds.fromKey(LONG_READ_KEY);
        List<String> objects = stack.s3.listObjectsV2(r -> r.bucket(stack.config.bucket())
                .prefix(DynamoArticleStore.OVERFLOW_PREFIX + id + "/")).contents().stream()
                .map(o -> o.key().substring(o.key().lastIndexOf('/') + 1) + " " + o.size() / 1024 + " KB").toList();
        int sourceBlocks = stack.store.find(id).flatMap(r -> stack.store.source(id, r.version()))
                .map(a -> a.blocks().size()).orElse(-1);
        Verdict v = new Verdict().saw(objects.toString()).saw(sourceBlocks + " source blocks")
                .expect("objects under results/", 5, objects.size());
        for (Language l : Language.values()) {
            int blocks = stack.store.translation(id, l).map(t -> t.blocks().size()).orElse(-1);
            v.expect(l.code() + " blocks read back", sourceBlocks, blocks);
        }
        return v;
    }
}
