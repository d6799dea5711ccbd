package io.babeldesk.store;

import static io.babeldesk.store.ArticleItems.s;

import io.babeldesk.pipeline.FailedMessages;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** Failure reasons of work-queue messages, as FAILED_MESSAGE / &lt;message id&gt; items of the article table. */
public final class DynamoFailedMessages implements FailedMessages {
    private static final String PARTITION = "FAILED_MESSAGE";
    /** A message body is kept for the operator up to this length; the queue has the whole of it. */
    private static final int BODY_KEPT = 10_000;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoFailedMessages(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void record(String messageId, String body, String reason, int receiveCount) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                "pk", s(PARTITION), "sk", s(messageId),
                "reason", s(reason == null ? "unknown" : reason),
                "receiveCount", ArticleItems.n((long) receiveCount),
                "at", s(Instant.now().toString())));
        ArticleItems.putIfPresent(item, "body",
                body == null ? null : body.length() > BODY_KEPT ? body.substring(0, BODY_KEPT) : body);
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    @Override
    public Optional<String> reason(String messageId) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("pk", s(PARTITION), "sk", s(messageId))).consistentRead(true).build()).item();
        return ArticleItems.isEmpty(item) ? Optional.empty() : Optional.ofNullable(ArticleItems.str(item.get("reason")));
    }
}
