package io.babeldesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryEntryJson;
import io.babeldesk.glossary.GlossarySeed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The newsroom glossary in the table ({@code GLOSSARY / TERM#<term>}). The first use of an empty
 * table writes the seed of the region's people and places. Reads are cached for a short while
 * per container, so a translation burst does not query the glossary once per chunk.
 */
public final class DynamoGlossary implements Glossary {
    private static final String PK = "GLOSSARY";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final long cacheMillis;
    private volatile List<GlossaryEntry> cached;
    private volatile long cachedAt;

    /** @param cacheMillis how long a container may translate with the glossary it read last */
    public DynamoGlossary(DynamoDbClient dynamo, String table, Clock clock, long cacheMillis) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.cacheMillis = cacheMillis;
    }

    public DynamoGlossary(DynamoDbClient dynamo, String table) {
        this(dynamo, table, Clock.systemUTC(), 30_000);
    }

    @Override
    public List<GlossaryEntry> all() {
        List<GlossaryEntry> entries = cached;
        if (entries != null && clock.millis() - cachedAt < cacheMillis) {
            return entries;
        }
        seedOnce();
        entries = readAll();
        cached = entries;
        cachedAt = clock.millis();
        return entries;
    }

    @Override
    public Optional<GlossaryEntry> get(String term) {
        seedOnce();
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key(term)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(entry(item));
    }

    @Override
    public void put(GlossaryEntry entry) {
        seedOnce();
        write(entry);
        cached = null;
    }

    @Override
    public void delete(String term) {
        seedOnce();
        dynamo.deleteItem(r -> r.tableName(table).key(key(term)));
        cached = null;
    }

    private void write(GlossaryEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>(key(entry.term()));
        item.put("term", AttributeValue.fromS(entry.term()));
        try {
            item.put("entry", AttributeValue.fromS(Json.MAPPER.writeValueAsString(GlossaryEntryJson.toJson(entry))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    /** Writes the seed the first time, guarded by a marker so editors' deletions stay deleted. */
    private void seedOnce() {
        if (cached != null) {
            return;
        }
        try {
            dynamo.putItem(r -> r.tableName(table)
                    .item(Map.of("pk", AttributeValue.fromS(PK), "sk", AttributeValue.fromS("SEEDED")))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException alreadySeeded) {
            return;
        }
        GlossarySeed.load().all().forEach(this::write);
    }

    private List<GlossaryEntry> readAll() {
        List<GlossaryEntry> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :t)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(PK), ":t", AttributeValue.fromS("TERM#")));
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse r = dynamo.query(q.build());
            r.items().forEach(i -> out.add(entry(i)));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return List.copyOf(out);
    }

    private static GlossaryEntry entry(Map<String, AttributeValue> item) {
        try {
            return GlossaryEntryJson.fromJson(Json.MAPPER.readTree(item.get("entry").s()), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("glossary item is not readable", e);
        }
    }

    private static Map<String, AttributeValue> key(String term) {
        return Map.of("pk", AttributeValue.fromS(PK),
                "sk", AttributeValue.fromS("TERM#" + term.strip().toLowerCase(Locale.ROOT)));
    }
}
