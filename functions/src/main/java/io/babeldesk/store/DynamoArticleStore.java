package io.babeldesk.store;

import static io.babeldesk.store.ArticleItems.key;
import static io.babeldesk.store.ArticleItems.putIfPresent;
import static io.babeldesk.store.ArticleItems.s;

import com.fasterxml.jackson.core.type.TypeReference;
import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.Claim;
import io.babeldesk.pipeline.Page;
import io.babeldesk.pipeline.Revision;
import io.babeldesk.pipeline.StoredSummary;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The article store in one DynamoDB table (layout in docs/DESIGN.md): META holds the current
 * version and every language's status, SOURCE#&lt;version&gt; the cleaned source,
 * TRANSLATION#&lt;lang&gt; the latest result and the lease of the job working on it. The
 * version and lease conditions of {@link ArticleStore} are condition expressions here, so they
 * hold across containers. Bodies that would pass the item limit go to S3 ({@link OverflowBodies}).
 */
public final class DynamoArticleStore implements ArticleStore {
    public static final String LIST_INDEX = ArticleItems.LIST_INDEX;
    public static final int OVERFLOW_BYTES = OverflowBodies.OVERFLOW_BYTES;
    public static final String OVERFLOW_PREFIX = OverflowBodies.OVERFLOW_PREFIX;
    private static final TypeReference<Article> ARTICLE = new TypeReference<>() { };
    private static final TypeReference<Translation> TRANSLATION = new TypeReference<>() { };

    private final DynamoDbClient dynamo;
    private final String table;
    private final OverflowBodies bodies;
    private final DynamoLeases leases;
    private final DynamoSummaries summaries;
    private final DynamoRevisions revisions;

    /** A store without S3 overflow: an item over 400 KB fails its write. */
    public DynamoArticleStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, null, null);
    }

    /**
     * A store that keeps bodies over {@link #OVERFLOW_BYTES} in {@code bucket} under {@code results/},
     * with the S3 client asked for only when a body overflows or a pointer is read.
     */
    public DynamoArticleStore(DynamoDbClient dynamo, String table, Supplier<S3Client> s3, String bucket) {
        this.dynamo = dynamo;
        this.table = table;
        this.bodies = new OverflowBodies(s3, bucket);
        this.leases = new DynamoLeases(dynamo, table);
        this.summaries = new DynamoSummaries(dynamo, table);
        this.revisions = new DynamoRevisions(dynamo, table, bodies);
    }

    @Override
    public boolean saveNewVersion(Article article, Instant uploadedAt) {
        Map<String, AttributeValue> source = new HashMap<>(key(article.id(), "SOURCE#" + article.version()));
        source.put("version", s(article.version()));
        bodies.put(source, "article", ArticleItems.toJson(article),
                article.id() + "/" + article.version() + "/source.json");
        // the source item is keyed by its version (the hash of its content): writing it again is
        // harmless, so it goes first and the conditional META write publishes it, or loses to a
        // duplicate or newer upload and leaves an unreferenced copy of the same bytes
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(source).build());
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(metaItem(article, uploadedAt))
                    .conditionExpression("attribute_not_exists(pk) OR attribute_not_exists(version)"
                            + " OR (version <> :v AND uploadedAt <= :t)")
                    .expressionAttributeValues(Map.of(":v", s(article.version()), ":t", s(uploadedAt.toString())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> metaItem(Article article, Instant uploadedAt) {
        Map<String, AttributeValue> languages = new HashMap<>();
        String now = Instant.now().toString();
        for (Language l : Language.values()) {
            languages.put(l.code(), AttributeValue.fromM(Map.of(
                    "status", s(TranslationStatus.PENDING.name()), "updatedAt", s(now))));
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
        meta.put("languageConfidence", ArticleItems.n(article.languageConfidence()));
        meta.put("uploadedAt", s(uploadedAt.toString()));
        meta.put("languages", AttributeValue.fromM(languages));
        meta.put("gsi1pk", s(ArticleItems.LIST_PARTITION));
        meta.put("gsi1sk", s(ArticleRecord.listingKey(article.publishedAt(), uploadedAt, article.id())));
        return meta;
    }

    @Override
    public void recordRefusal(String articleId, String sourceKey, String code, String message, Instant at) {
        dynamo.updateItem(UpdateItemRequest.builder().tableName(table).key(key(articleId, "META"))
                .updateExpression("SET id = :id, refusal = :r, gsi1pk = if_not_exists(gsi1pk, :p),"
                        + " gsi1sk = if_not_exists(gsi1sk, :sk), uploadedAt = if_not_exists(uploadedAt, :t)")
                .expressionAttributeValues(Map.of(
                        ":id", s(articleId),
                        ":r", AttributeValue.fromM(Map.of("code", s(code), "message", s(message),
                                "sourceKey", s(sourceKey), "at", s(at.toString()))),
                        ":p", s(ArticleItems.LIST_PARTITION),
                        ":sk", s(ArticleRecord.listingKey(null, at, articleId)),
                        ":t", s(at.toString())))
                .build());
    }

    @Override
    public Optional<ArticleRecord> find(String articleId) {
        Map<String, AttributeValue> item = get(key(articleId, "META"));
        return ArticleItems.isEmpty(item) ? Optional.empty() : Optional.of(ArticleItems.toRecord(item));
    }

    @Override
    public Optional<Article> source(String articleId, String version) {
        Map<String, AttributeValue> item = get(key(articleId, "SOURCE#" + version));
        return ArticleItems.isEmpty(item) ? Optional.empty()
                : Optional.of(ArticleItems.fromJson(bodies.get(item, "article"), ARTICLE));
    }

    @Override
    public Optional<Translation> translation(String articleId, Language language) {
        Map<String, AttributeValue> item = get(ArticleItems.translationKey(articleId, language));
        // an item holding only a lease has no result yet
        if (ArticleItems.isEmpty(item) || !bodies.has(item, "translation")) {
            return Optional.empty();
        }
        return Optional.of(ArticleItems.fromJson(bodies.get(item, "translation"), TRANSLATION));
    }

    @Override
    public Claim claim(String articleId, Language language, String version, String owner, Duration ttl,
                       boolean redo) {
        return leases.claim(articleId, language, version, owner, ttl, redo);
    }

    @Override
    public void release(String articleId, Language language, String owner) {
        leases.release(articleId, language, owner);
    }

    @Override
    public boolean saveTranslation(String articleId, Translation translation, String owner) {
        Map<String, AttributeValue> item = new HashMap<>(ArticleItems.translationKey(articleId, translation.language()));
        item.put("version", s(translation.articleVersion()));
        item.put("status", s(translation.status().name()));
        bodies.put(item, "translation", ArticleItems.toJson(translation), articleId + "/"
                + translation.articleVersion() + "/" + translation.language().code() + ".json");
        try {
            // the put replaces the item, so the lease attributes go with it: the lease ends with its result
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

    @Override
    public boolean setStatus(String articleId, String version, Language language, TranslationStatus status,
                             String reason) {
        Map<String, AttributeValue> state = new HashMap<>();
        state.put("status", s(status.name()));
        state.put("updatedAt", s(Instant.now().toString()));
        putIfPresent(state, "reason", reason);
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

    @Override
    public Page<ArticleRecord> list(int limit, String cursor, Language language, Set<TranslationStatus> statuses) {
        List<ArticleRecord> items = new ArrayList<>();
        Map<String, AttributeValue> start = cursor == null ? null : ListCursors.decode(cursor);
        Map<String, AttributeValue> last;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(LIST_INDEX)
                    .keyConditionExpression("gsi1pk = :p")
                    .scanIndexForward(false)
                    .limit(limit - items.size());
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", s(ArticleItems.LIST_PARTITION)));
            if (statuses != null) {
                Map<String, String> names = new HashMap<>(Map.of("#s", "status"));
                List<String> wanted = new ArrayList<>();
                for (TranslationStatus status : statuses) {
                    values.put(":s" + wanted.size(), s(status.name()));
                    wanted.add(":s" + wanted.size());
                }
                List<String> any = new ArrayList<>();
                for (Language l : language == null ? List.of(Language.values()) : List.of(language)) {
                    names.put("#" + l.code(), l.code());
                    any.add("languages.#" + l.code() + ".#s IN (" + String.join(", ", wanted) + ")");
                }
                q.filterExpression(String.join(" OR ", any)).expressionAttributeNames(names);
            }
            q.expressionAttributeValues(values);
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse r = dynamo.query(q.build());
            r.items().forEach(i -> items.add(ArticleItems.toRecord(i)));
            last = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
            start = last;
        } while (last != null && items.size() < limit);
        return new Page<>(items, last == null ? null : ListCursors.encode(last));
    }

    @Override
    public List<Revision> revisions(String articleId, Language language) {
        return revisions.revisions(articleId, language);
    }

    @Override
    public Optional<Revision> latestRevision(String articleId, Language language) {
        return revisions.latest(articleId, language);
    }

    @Override
    public Optional<Revision> revision(String articleId, Language language, int number) {
        return revisions.revision(articleId, language, number);
    }

    @Override
    public boolean saveRevisions(String articleId, Translation head, List<Revision> changes) {
        return revisions.save(articleId, head, changes);
    }

    @Override
    public Optional<StoredSummary> summary(String articleId, String requestId) {
        return summaries.summary(articleId, requestId);
    }

    @Override
    public List<StoredSummary> summaries(String articleId) {
        return summaries.summaries(articleId);
    }

    @Override
    public void saveSummary(StoredSummary summary) {
        summaries.save(summary);
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        return dynamo.getItem(GetItemRequest.builder().tableName(table).key(key).consistentRead(true).build()).item();
    }
}
