package io.babeldesk.store;

import static io.babeldesk.store.ArticleItems.s;

import io.babeldesk.article.Language;
import io.babeldesk.pipeline.Claim;
import io.babeldesk.translation.TranslationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Leases on one language of an article version, kept on its TRANSLATION#&lt;lang&gt; item
 * ({@code leaseVersion}, {@code leaseOwner}, {@code leaseUntil}) and taken with a conditional update.
 */
final class DynamoLeases {
    private final DynamoDbClient dynamo;
    private final String table;

    DynamoLeases(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    Claim claim(String articleId, Language language, String version, String owner, Duration ttl, boolean redo) {
        long now = Instant.now().toEpochMilli();
        String free = "(attribute_not_exists(leaseVersion) OR leaseVersion <> :v OR leaseUntil < :now"
                + " OR leaseOwner = :o)";
        String open = "(attribute_not_exists(version) OR version <> :v OR #st = :pending)";
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":v", s(version), ":o", s(owner),
                ":now", ArticleItems.n(now), ":until", ArticleItems.n(now + ttl.toMillis())));
        UpdateItemRequest.Builder update = UpdateItemRequest.builder().tableName(table)
                .key(ArticleItems.translationKey(articleId, language))
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
                    .key(ArticleItems.translationKey(articleId, language)).consistentRead(true).build()).item();
            boolean done = !redo && item != null && version.equals(ArticleItems.str(item.get("version")))
                    && item.containsKey("status") && !TranslationStatus.PENDING.name().equals(item.get("status").s());
            return done ? Claim.ALREADY_DONE : Claim.HELD_ELSEWHERE;
        }
    }

    void release(String articleId, Language language, String owner) {
        try {
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(ArticleItems.translationKey(articleId, language))
                    .updateExpression("REMOVE leaseVersion, leaseOwner, leaseUntil")
                    .conditionExpression("leaseOwner = :o")
                    .expressionAttributeValues(Map.of(":o", s(owner)))
                    .build());
        } catch (ConditionalCheckFailedException passedOn) {
            // the lease expired and another invocation took it, or the result write already cleared it
        }
    }
}
