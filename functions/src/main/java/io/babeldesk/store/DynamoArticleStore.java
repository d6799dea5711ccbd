package io.babeldesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import java.util.function.Supplier;

/**
 * Articles, their translations and summaries in one DynamoDB table (layout in DESIGN.md).
 * Every write that belongs to a version is conditional on that version still being current, so
 * late work for a superseded version can never overwrite the newer one.
 *
 * <p>DynamoDB refuses items over 400 KB. With an S3 bucket configured, a source or translation
 * whose JSON passes {@link #OVERFLOW_BYTES} keeps its body in S3 under {@code results/} (never
 * under {@code incoming/}, which would trigger ingestion) and the item keeps a pointer to it;
 * reads follow the pointer, so callers never see the difference.
 */
public final class DynamoArticleStore {
    public static final String LIST_INDEX = "byPublished";
    private static final String LIST_PARTITION = "ARTICLES";
    private static final String FAILED_MESSAGES = "FAILED_MESSAGE";

    /** Bodies above this go to S3: the item's other attributes and key must still fit in 400 KB. */
    public static final int OVERFLOW_BYTES = 350 * 1024;
    /** Where overflowing bodies are kept in the bucket. */
    public static final String OVERFLOW_PREFIX = "results/";

    private final DynamoDbClient dynamo;
    private final String table;
    /** Built on first use: most items never overflow, and a cold start need not build an S3 client for them. */
    private final Supplier<S3Client> s3;
    private final String bucket;

    /** A store without S3 overflow: an item over 400 KB fails its write. */
    public DynamoArticleStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, (Supplier<S3Client>) null, null);
    }

    /** A store that keeps bodies over {@link #OVERFLOW_BYTES} in {@code bucket} under {@code results/}. */
    public DynamoArticleStore(DynamoDbClient dynamo, String table, S3Client s3, String bucket) {
        this(dynamo, table, s3 == null ? null : (Supplier<S3Client>) () -> s3, bucket);
    }

    /** The same, with the S3 client asked for only when a body overflows or a pointer is read. */
    public DynamoArticleStore(DynamoDbClient dynamo, String table, Supplier<S3Client> s3, String bucket) {
        this.dynamo = dynamo;
        this.table = table;
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** What a claim on one language of an article version found. */
    public enum Claim {
        /** The caller holds the lease and may call the model. */
        CLAIMED,
        /** A result for this version is stored: nothing to do. */
        ALREADY_DONE,
        /** Another invocation holds an unexpired lease on this version: back off. */
        HELD_ELSEWHERE
    }

    /**
     * Takes the lease on one language of an article version before its model calls, with a
     * conditional write on the TRANSLATION#&lt;lang&gt; item, so that a duplicate or concurrent
     * delivery of the same job does not pay for the same calls twice. The lease expires, so work
     * whose invocation died is taken over once {@code ttl} has passed.
     *
     * @param redo take the lease even though a result for this version is stored (re-translation)
     */
    public Claim claim(String articleId, Language language, String version, String owner, java.time.Duration ttl,
                       boolean redo) {
        long now = Instant.now().toEpochMilli();
        String free = "(attribute_not_exists(leaseVersion) OR leaseVersion <> :v OR leaseUntil < :now"
                + " OR leaseOwner = :o)";
        String open = "(attribute_not_exists(version) OR version <> :v OR #st = :pending)";
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":v", s(version), ":o", s(owner),
                ":now", AttributeValue.fromN(Long.toString(now)),
                ":until", AttributeValue.fromN(Long.toString(now + ttl.toMillis()))));
        UpdateItemRequest.Builder update = UpdateItemRequest.builder().tableName(table)
                .key(key(articleId, "TRANSLATION#" + language.code()))
                .updateExpression("SET leaseVersion = :v, leaseOwner = :o, leaseUntil = :until");
        if (redo) {
            update.conditionExpression(free);
        } else {
            values.put(":pending", s(TranslationStatus.PENDING.name()));
            update.conditionExpression(open + " AND " + free).expressionAttributeNames(Map.of("#st", "status"));
        }
        try {
            dynamo.updateItem(update.expressionAttributeValues(values).build());
            return Claim.CLAIMED;
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                    .key(key(articleId, "TRANSLATION#" + language.code())).consistentRead(true).build()).item();
            boolean done = !redo && item != null && item.containsKey("version") && version.equals(item.get("version").s())
                    && item.containsKey("status") && !TranslationStatus.PENDING.name().equals(item.get("status").s());
            return done ? Claim.ALREADY_DONE : Claim.HELD_ELSEWHERE;
        }
    }

    /** Gives a lease back early (the work failed and its message will be retried); a no-op if it passed on. */
    public void release(String articleId, Language language, String owner) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(key(articleId, "TRANSLATION#" + language.code()))
                    .updateExpression("REMOVE leaseVersion, leaseOwner, leaseUntil")
                    .conditionExpression("leaseOwner = :o")
                    .expressionAttributeValues(Map.of(":o", s(owner)))
                    .build());
        } catch (ConditionalCheckFailedException passedOn) {
            // the lease expired and another invocation took it, or the result write already cleared it
        }
    }

    /**
     * Records why a work-queue message failed, keyed by its message id, so that an operator
     * looking at the dead-letter queue finds the reason beside the message (the redrive command
     * prints it). The latest failure wins.
     */
    public void recordMessageFailure(String messageId, String body, String reason, int receiveCount) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                "pk", s(FAILED_MESSAGES), "sk", s(messageId),
                "reason", s(reason == null ? "unknown" : reason),
                "receiveCount", AttributeValue.fromN(Integer.toString(receiveCount)),
                "at", s(Instant.now().toString())));
        putIfPresent(item, "body", body == null ? null : body.length() > 10_000 ? body.substring(0, 10_000) : body);
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    /** The recorded reason a work-queue message failed, if any. */
    public Optional<String> messageFailure(String messageId) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("pk", s(FAILED_MESSAGES), "sk", s(messageId))).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(str(item.get("reason")));
    }

    /**
     * Stores a new version of an article with every language PENDING. Returns false, writing
     * nothing, when this version is already the current one (a duplicate upload or event), or
     * when a newer upload of the same article already won.
     */
    public boolean saveNewVersion(Article article, Instant uploadedAt) {
        Map<String, AttributeValue> languages = new HashMap<>();
        String now = Instant.now().toString();
        for (Language l : Language.values()) {
            languages.put(l.code(), AttributeValue.fromM(Map.of(
                    "status", s(TranslationStatus.PENDING.name()),
                    "updatedAt", s(now))));
        }
        Map<String, AttributeValue> meta = new HashMap<>(key(article.id(), "META"));
        meta.put("id", s(article.id()));
        meta.put("version", s(article.version()));
        putIfPresent(meta, "title", article.title());
        putIfPresent(meta, "byline", article.byline());
        putIfPresent(meta, "publishedAt", article.publishedAt());
        putIfPresent(meta, "siteName", article.siteName());
        putIfPresent(meta, "url", article.sourceUrl());
        putIfPresent(meta, "sourceKey", article.sourceKey());
        meta.put("sourceLanguage", s(article.sourceLanguage().code()));
        meta.put("languageConfidence", n(article.languageConfidence()));
        meta.put("uploadedAt", s(uploadedAt.toString()));
        meta.put("languages", AttributeValue.fromM(languages));
        meta.put("gsi1pk", s(LIST_PARTITION));
        meta.put("gsi1sk", s(listSortKey(article, uploadedAt)));

        Map<String, AttributeValue> source = new HashMap<>(key(article.id(), "SOURCE#" + article.version()));
        source.put("version", s(article.version()));
        putBody(source, "article", toJson(article), article.id() + "/" + article.version() + "/source.json");
        // the source item is keyed by its version (the hash of its content): writing it again is
        // harmless, so it goes first and the conditional META write publishes it, or loses to a
        // duplicate or newer upload and leaves an unreferenced copy of the same bytes
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(source).build());
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(meta)
                    .conditionExpression("attribute_not_exists(pk) OR attribute_not_exists(version)"
                            + " OR (version <> :v AND uploadedAt <= :t)")
                    .expressionAttributeValues(Map.of(":v", s(article.version()), ":t", s(uploadedAt.toString())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Records why an upload was refused; an accepted earlier version of the article stays as it is. */
    public void recordRefusal(String articleId, String sourceKey, String code, String message, Instant at) {
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(articleId, "META"))
                .updateExpression("SET id = :id, refusal = :r, gsi1pk = if_not_exists(gsi1pk, :p),"
                        + " gsi1sk = if_not_exists(gsi1sk, :sk), uploadedAt = if_not_exists(uploadedAt, :t)")
                .expressionAttributeValues(Map.of(
                        ":id", s(articleId),
                        ":r", AttributeValue.fromM(Map.of("code", s(code), "message", s(message),
                                "sourceKey", s(sourceKey), "at", s(at.toString()))),
                        ":p", s(LIST_PARTITION),
                        ":sk", s(at + "#" + articleId),
                        ":t", s(at.toString())))
                .build());
    }

    public Optional<ArticleRecord> find(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key(articleId, "META")).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toRecord(item));
    }

    public Optional<Article> source(String articleId, String version) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key(articleId, "SOURCE#" + version)).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fromJson(body(item, "article"), new TypeReference<Article>() { }));
    }

    public Optional<Translation> translation(String articleId, Language language) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key(articleId, "TRANSLATION#" + language.code())).consistentRead(true).build()).item();
        // an item holding only a lease has no result yet
        if (item == null || item.isEmpty() || !(item.containsKey("translation") || item.containsKey("translationRef"))) {
            return Optional.empty();
        }
        return Optional.of(fromJson(body(item, "translation"), new TypeReference<Translation>() { }));
    }

    /**
     * Stores a language's result, then its status in META. The result write is fenced by the
     * lease ({@link #claim}): it holds only while {@code owner} still holds the lease on this
     * language, so an invocation whose version was superseded, or whose lease passed on, never
     * overwrites the result of the one that took over. The status write holds only while the
     * version is still the article's current one. Returns false when either condition failed.
     * An invocation that dies between the two writes leaves a stored result whose status the
     * next delivery confirms ({@link #setStatus}).
     */
    public boolean saveTranslation(String articleId, Translation translation, String owner) {
        Map<String, AttributeValue> item = new HashMap<>(key(articleId, "TRANSLATION#" + translation.language().code()));
        item.put("version", s(translation.articleVersion()));
        item.put("status", s(translation.status().name()));
        putBody(item, "translation", toJson(translation), articleId + "/" + translation.articleVersion() + "/"
                + translation.language().code() + ".json");
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("leaseOwner = :o")
                    .expressionAttributeValues(Map.of(":o", s(owner)))
                    .build());
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
        return setStatus(articleId, translation.articleVersion(), translation.language(), translation.status(),
                translation.reason());
    }

    /** Sets one language's status for the current version (false when the version was superseded). */
    public boolean setStatus(String articleId, String version, Language language, TranslationStatus status,
                             String reason) {
        Map<String, AttributeValue> state = new HashMap<>();
        state.put("status", s(status.name()));
        state.put("updatedAt", s(Instant.now().toString()));
        if (reason != null) {
            state.put("reason", s(reason));
        }
        try {
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(articleId, "META"))
                    .updateExpression("SET languages.#l = :s")
                    .conditionExpression("version = :v")
                    .expressionAttributeNames(Map.of("#l", language.code()))
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromM(state), ":v", s(version)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Articles newest first (by publication date, else upload time); with {@code doneIn}, only
     * those whose version in that language is DONE. Pages are filled up to {@code limit}.
     */
    public Page<ArticleRecord> list(int limit, String cursor, Language doneIn) {
        List<ArticleRecord> items = new ArrayList<>();
        Map<String, AttributeValue> start = cursor == null ? null : decodeCursor(cursor);
        Map<String, AttributeValue> last = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(LIST_INDEX)
                    .keyConditionExpression("gsi1pk = :p")
                    .scanIndexForward(false)
                    .limit(limit - items.size());
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", s(LIST_PARTITION)));
            if (doneIn != null) {
                q.filterExpression("languages.#l.#s = :done")
                        .expressionAttributeNames(Map.of("#l", doneIn.code(), "#s", "status"));
                values.put(":done", s(TranslationStatus.DONE.name()));
            }
            q.expressionAttributeValues(values);
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse r = dynamo.query(q.build());
            r.items().forEach(i -> items.add(toRecord(i)));
            last = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
            start = last;
        } while (last != null && items.size() < limit);
        return new Page<>(items, last == null ? null : encodeCursor(last));
    }

    public Optional<StoredSummary> summary(String articleId, String requestId) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key(articleId, "SUMMARY#" + requestId)).consistentRead(true).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fromJson(item.get("summary").s(), new TypeReference<StoredSummary>() { }));
    }

    /** Every editor summary request of an article. */
    public List<StoredSummary> summaries(String articleId) {
        List<StoredSummary> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :s)")
                    .expressionAttributeValues(Map.of(":pk", s("ARTICLE#" + articleId), ":s", s("SUMMARY#")));
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse r = dynamo.query(q.build());
            r.items().forEach(i -> out.add(fromJson(i.get("summary").s(), new TypeReference<StoredSummary>() { })));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    public void saveSummary(StoredSummary summary) {
        Map<String, AttributeValue> item = new HashMap<>(key(summary.articleId(), "SUMMARY#" + summary.requestId()));
        item.put("version", s(summary.articleVersion()));
        item.put("summary", s(toJson(summary)));
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    /**
     * Puts a JSON body into the item, or into S3 with a pointer ({@code <name>Ref}) when it would
     * make the item too large. Written before the item, so a pointer never names a missing object.
     */
    private void putBody(Map<String, AttributeValue> item, String name, String json, String path) {
        if (s3 == null || json.length() < OVERFLOW_BYTES / 4
                || json.getBytes(StandardCharsets.UTF_8).length <= OVERFLOW_BYTES) {
            item.put(name, s(json));
            return;
        }
        String objectKey = OVERFLOW_PREFIX + path;
        s3.get().putObject(r -> r.bucket(bucket).key(objectKey).contentType("application/json"),
                RequestBody.fromString(json, StandardCharsets.UTF_8));
        item.put(name + "Ref", s("s3://" + bucket + "/" + objectKey));
    }

    private String body(Map<String, AttributeValue> item, String name) {
        AttributeValue inline = item.get(name);
        if (inline != null) {
            return inline.s();
        }
        String ref = item.get(name + "Ref").s();
        if (s3 == null) {
            throw new IllegalStateException("the stored " + name + " is kept in S3 (" + ref
                    + ") but this store has no S3 client");
        }
        String path = ref.substring("s3://".length());
        int slash = path.indexOf('/');
        return s3.get().getObjectAsBytes(r -> r.bucket(path.substring(0, slash)).key(path.substring(slash + 1)))
                .asString(StandardCharsets.UTF_8);
    }

    private static ArticleRecord toRecord(Map<String, AttributeValue> item) {
        Map<Language, LanguageState> languages = new EnumMap<>(Language.class);
        AttributeValue langs = item.get("languages");
        if (langs != null && langs.hasM()) {
            langs.m().forEach((code, v) -> Language.fromCode(code).ifPresent(l -> languages.put(l,
                    new LanguageState(TranslationStatus.valueOf(v.m().get("status").s()),
                            str(v.m().get("reason")), str(v.m().get("updatedAt"))))));
        }
        ArticleRecord.Refusal refusal = null;
        AttributeValue r = item.get("refusal");
        if (r != null && r.hasM()) {
            refusal = new ArticleRecord.Refusal(str(r.m().get("code")), str(r.m().get("message")),
                    str(r.m().get("sourceKey")), str(r.m().get("at")));
        }
        return new ArticleRecord(
                str(item.get("id")),
                str(item.get("version")),
                str(item.get("title")),
                str(item.get("byline")),
                str(item.get("publishedAt")),
                str(item.get("siteName")),
                str(item.get("url")),
                Language.fromCode(str(item.get("sourceLanguage"))).orElse(null),
                item.containsKey("languageConfidence") ? Double.parseDouble(item.get("languageConfidence").n()) : 0,
                str(item.get("sourceKey")),
                str(item.get("uploadedAt")),
                languages,
                refusal);
    }

    private static String listSortKey(Article article, Instant uploadedAt) {
        String when = article.publishedAt() != null ? article.publishedAt() : uploadedAt.toString();
        return when + "#" + article.id();
    }

    static Map<String, AttributeValue> key(String articleId, String sk) {
        return Map.of("pk", s("ARTICLE#" + articleId), "sk", s(sk));
    }

    private static String encodeCursor(Map<String, AttributeValue> key) {
        Map<String, String> plain = new HashMap<>();
        key.forEach((k, v) -> plain.put(k, v.s()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(toJson(plain).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decodeCursor(String cursor) {
        Map<String, String> plain;
        try {
            plain = fromJson(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                    new TypeReference<Map<String, String>>() { });
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this API gave out");
        }
        if (plain == null || !plain.keySet().equals(java.util.Set.of("pk", "sk", "gsi1pk", "gsi1sk"))) {
            throw new IllegalArgumentException("cursor is not one this API gave out");
        }
        Map<String, AttributeValue> key = new HashMap<>();
        plain.forEach((k, v) -> key.put(k, s(v)));
        return key;
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(double v) {
        return AttributeValue.fromN(Double.toString(v));
    }

    private static String str(AttributeValue v) {
        return v == null ? null : v.s();
    }

    static String toJson(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T fromJson(String s, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
