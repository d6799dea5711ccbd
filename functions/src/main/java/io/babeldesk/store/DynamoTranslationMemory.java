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

    /** One BatchGetItem per 100 keys instead of a GetItem per block. */
    @Override
    public Map<String, String> getAll(java.util.Collection<String> keys) {
        Map<String, String> found = new java.util.HashMap<>();
        java.util.List<String> distinct = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(keys));
        for (int from = 0; from < distinct.size(); from += 100) {
            java.util.List<Map<String, AttributeValue>> batch = distinct.subList(from, Math.min(distinct.size(), from + 100))
                    .stream().map(DynamoTranslationMemory::key).toList();
            Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes> request = new java.util.HashMap<>(
                    Map.of(table, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(batch).build()));
            for (int attempt = 0; !request.isEmpty(); attempt++) {
                var response = dynamo.batchGetItem(b -> b.requestItems(request));
                response.responses().getOrDefault(table, java.util.List.of())
                        .forEach(item -> found.put(item.get("sk").s(), item.get("text").s()));
                // keys still unprocessed after a few rounds count as misses: a model call, never a wrong text
                if (response.unprocessedKeys().isEmpty() || attempt >= 5) {
                    break;
                }
                request.clear();
                request.putAll(response.unprocessedKeys());
            }
        }
        return found;
    }

    private static Map<String, AttributeValue> key(String key) {
        return Map.of("pk", AttributeValue.fromS("TM#" + key.substring(0, 2)), "sk", AttributeValue.fromS(key));
    }
}
