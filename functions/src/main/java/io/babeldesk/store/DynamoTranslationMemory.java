package io.babeldesk.store;

import io.babeldesk.translation.TranslationMemory;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Translation memory in the table ({@code TM / <key>}). The key already holds the target
 * language, source text, model and glossary renderings, so an entry can never be reused for a
 * different glossary or model.
 */
public final class DynamoTranslationMemory implements TranslationMemory {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoTranslationMemory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<String> get(String key) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key(key))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get("text").s());
    }

    @Override
    public void put(String key, String translation) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(key));
        item.put("text", AttributeValue.fromS(translation));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> key(String key) {
        return Map.of("pk", AttributeValue.fromS("TM#" + key.substring(0, 2)), "sk", AttributeValue.fromS(key));
    }
}
