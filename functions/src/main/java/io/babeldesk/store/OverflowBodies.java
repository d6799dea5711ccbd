package io.babeldesk.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * JSON bodies of items, kept inline or, when they would pass DynamoDB's 400 KB item limit, in S3
 * under {@code results/} (never under {@code incoming/}, which would trigger ingestion) with a
 * pointer in the item. Reads follow the pointer, so callers never see the difference.
 */
final class OverflowBodies {
    /** Bodies above this go to S3: the item's other attributes and key must still fit in 400 KB. */
    static final int OVERFLOW_BYTES = 350 * 1024;
    static final String OVERFLOW_PREFIX = "results/";

    /** Built on first use: most items never overflow, and a cold start need not build an S3 client for them. */
    private final Supplier<S3Client> s3;
    private final String bucket;

    /** @param s3 null for a store without overflow (an item over 400 KB then fails its write) */
    OverflowBodies(Supplier<S3Client> s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Puts the body into the item, or into S3 first (so a pointer never names a missing object). */
    void put(Map<String, AttributeValue> item, String name, String json, String path) {
        if (s3 == null || json.length() < OVERFLOW_BYTES / 4
                || json.getBytes(StandardCharsets.UTF_8).length <= OVERFLOW_BYTES) {
            item.put(name, ArticleItems.s(json));
            return;
        }
        String objectKey = OVERFLOW_PREFIX + path;
        s3.get().putObject(r -> r.bucket(bucket).key(objectKey).contentType("application/json"),
                RequestBody.fromString(json, StandardCharsets.UTF_8));
        item.put(name + "Ref", ArticleItems.s("s3://" + bucket + "/" + objectKey));
    }

    boolean has(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) || item.containsKey(name + "Ref");
    }

    String get(Map<String, AttributeValue> item, String name) {
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
}
