package io.babeldesk.store;

import static io.babeldesk.store.ArticleItems.putIfPresent;
import static io.babeldesk.store.ArticleItems.s;

import com.fasterxml.jackson.core.type.TypeReference;
import io.babeldesk.article.Language;
import io.babeldesk.pipeline.Revision;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A language's history as REVISION#&lt;lang&gt;#&lt;number&gt; items of its article (numbers
 * zero-padded, so the sort key orders them). An editor's change is one transaction: the new
 * revisions (each only if its number is free), the language's result item and its status in META
 * (both only while the version is current).
 */
final class DynamoRevisions {
    private static final TypeReference<Revision> TYPE = new TypeReference<>() { };

    private final DynamoDbClient dynamo;
    private final String table;
    private final OverflowBodies bodies;

    DynamoRevisions(DynamoDbClient dynamo, String table, OverflowBodies bodies) {
        this.dynamo = dynamo;
        this.table = table;
        this.bodies = bodies;
    }

    private static String prefix(Language language) {
        return "REVISION#" + language.code() + "#";
    }

    private static Map<String, AttributeValue> key(String articleId, Language language, int number) {
        return ArticleItems.key(articleId, prefix(language) + String.format(Locale.ROOT, "%06d", number));
    }

    private QueryRequest.Builder newestFirst(String articleId, Language language) {
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :s)")
                .scanIndexForward(false)
                .expressionAttributeValues(Map.of(":pk", s("ARTICLE#" + articleId), ":s", s(prefix(language))));
    }

    Optional<Revision> latest(String articleId, Language language) {
        QueryResponse r = dynamo.query(newestFirst(articleId, language).limit(1).build());
        return r.items().stream().findFirst().map(i -> ArticleItems.fromJson(bodies.get(i, "revision"), TYPE));
    }

    List<Revision> revisions(String articleId, Language language) {
        List<Revision> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = newestFirst(articleId, language);
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse r = dynamo.query(q.build());
            r.items().forEach(i -> out.add(withoutText(i, language)));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    /** The entry from the item's own attributes, so a text kept in S3 is not fetched to list it. */
    private Revision withoutText(Map<String, AttributeValue> item, Language language) {
        if (!item.containsKey("action")) {
            return ArticleItems.fromJson(bodies.get(item, "revision"), TYPE).withoutText();
        }
        return new Revision(Integer.parseInt(item.get("number").n()), text(item, "version"), language,
                text(item, "action"), text(item, "editor"), text(item, "comment"), text(item, "at"),
                TranslationStatus.valueOf(text(item, "status")), null, List.of(), null);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    Optional<Revision> revision(String articleId, Language language, int number) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key(articleId, language, number)).consistentRead(true).build()).item();
        return ArticleItems.isEmpty(item) ? Optional.empty()
                : Optional.of(ArticleItems.fromJson(bodies.get(item, "revision"), TYPE));
    }

    boolean save(String articleId, Translation head, List<Revision> revisions) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Revision r : revisions) {
            Map<String, AttributeValue> item = new HashMap<>(key(articleId, r.language(), r.number()));
            item.put("version", s(r.articleVersion()));
            item.put("number", AttributeValue.fromN(Integer.toString(r.number())));
            item.put("action", s(r.action()));
            item.put("at", s(r.at()));
            item.put("status", s(r.status().name()));
            putIfPresent(item, "editor", r.editor());
            putIfPresent(item, "comment", r.comment());
            bodies.put(item, "revision", ArticleItems.toJson(r), articleId + "/revisions/" + r.language().code()
                    + "/" + r.number() + ".json");
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)").build()).build());
        }
        Map<String, AttributeValue> body = new HashMap<>();
        bodies.put(body, "translation", ArticleItems.toJson(head), articleId + "/" + head.articleVersion() + "/"
                + head.language().code() + "-edited.json");
        boolean inline = body.containsKey("translation");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":t", inline ? body.get("translation") : body.get("translationRef"));
        values.put(":st", s(head.status().name()));
        values.put(":v", s(head.articleVersion()));
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(ArticleItems.translationKey(articleId, head.language()))
                .updateExpression("SET " + (inline ? "#t" : "#r") + " = :t, #st = :st REMOVE " + (inline ? "#r" : "#t"))
                .conditionExpression("version = :v")
                .expressionAttributeNames(Map.of("#st", "status", "#t", "translation", "#r", "translationRef"))
                .expressionAttributeValues(values).build()).build());
        Map<String, AttributeValue> state = new HashMap<>();
        state.put("status", s(head.status().name()));
        state.put("updatedAt", s(Instant.now().toString()));
        putIfPresent(state, "reason", head.reason());
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(ArticleItems.key(articleId, "META"))
                .updateExpression("SET languages.#l = :s")
                .conditionExpression("version = :v")
                .expressionAttributeNames(Map.of("#l", head.language().code()))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromM(state), ":v", s(head.articleVersion())))
                .build()).build());
        try {
            dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(writes).build());
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }
}
