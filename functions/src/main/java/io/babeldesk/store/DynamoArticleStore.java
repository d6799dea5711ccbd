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
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Articles, their translations and summaries in one DynamoDB table (layout in DESIGN.md).
 * Every write that belongs to a version is conditional on that version still being current, so
 * late work for a superseded version can never overwrite the newer one.
 */
public final class DynamoArticleStore {
    public static final String LIST_INDEX = "byPublished";
    private static final String LIST_PARTITION = "ARTICLES";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoArticleStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
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
        source.put("article", s(toJson(article)));
        try {
            dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(source).build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(meta)
                            .conditionExpression("attribute_not_exists(pk) OR attribute_not_exists(version)"
                                    + " OR (version <> :v AND uploadedAt <= :t)")
                            .expressionAttributeValues(Map.of(":v", s(article.version()),
                                    ":t", s(uploadedAt.toString())))
                            .build()).build()).build());
            return true;
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                return false;
            }
            throw e;
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
        return Optional.of(fromJson(item.get("article").s(), new TypeReference<Article>() { }));
    }

    public Optional<Translation> translation(String articleId, Language language) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key(articleId, "TRANSLATION#" + language.code())).consistentRead(true).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fromJson(item.get("translation").s(), new TypeReference<Translation>() { }));
    }

    /**
     * Stores a language's result and its status together, only while the translated version is
     * still the article's current one. Returns false when a newer version superseded it.
     */
    public boolean saveTranslation(String articleId, Translation translation) {
        Map<String, AttributeValue> item = new HashMap<>(key(articleId, "TRANSLATION#" + translation.language().code()));
        item.put("version", s(translation.articleVersion()));
        item.put("status", s(translation.status().name()));
        item.put("translation", s(toJson(translation)));
        Map<String, AttributeValue> state = new HashMap<>();
        state.put("status", s(translation.status().name()));
        state.put("updatedAt", s(Instant.now().toString()));
        if (translation.reason() != null) {
            state.put("reason", s(translation.reason()));
        }
        try {
            dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build(),
                    TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(articleId, "META"))
                            .updateExpression("SET languages.#l = :s")
                            .conditionExpression("version = :v")
                            .expressionAttributeNames(Map.of("#l", translation.language().code()))
                            .expressionAttributeValues(Map.of(":s", AttributeValue.fromM(state),
                                    ":v", s(translation.articleVersion())))
                            .build()).build()).build());
            return true;
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                return false;
            }
            throw e;
        }
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
