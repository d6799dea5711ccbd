package io.babeldesk.store;

import static io.babeldesk.store.ArticleItems.s;

import com.fasterxml.jackson.core.type.TypeReference;
import io.babeldesk.pipeline.StoredSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Editors' summary requests and their results, as SUMMARY#&lt;request id&gt; items of their article. */
final class DynamoSummaries {
    private static final TypeReference<StoredSummary> TYPE = new TypeReference<>() { };

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoSummaries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    Optional<StoredSummary> summary(String articleId, String requestId) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(ArticleItems.key(articleId, "SUMMARY#" + requestId)).consistentRead(true).build()).item();
        return ArticleItems.isEmpty(item) ? Optional.empty()
                : Optional.of(ArticleItems.fromJson(item.get("summary").s(), TYPE));
    }

    List<StoredSummary> summaries(String articleId) {
        List<StoredSummary> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :s)")
                    .expressionAttributeValues(Map.of(":pk", s("ARTICLE#" + articleId), ":s", s("SUMMARY#")));
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse r = dynamo.query(q.build());
            r.items().forEach(i -> out.add(ArticleItems.fromJson(i.get("summary").s(), TYPE)));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    void save(StoredSummary summary) {
        Map<String, AttributeValue> item = new HashMap<>(ArticleItems.key(summary.articleId(),
                "SUMMARY#" + summary.requestId()));
        item.put("version", s(summary.articleVersion()));
        item.put("summary", s(ArticleItems.toJson(summary)));
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }
}
