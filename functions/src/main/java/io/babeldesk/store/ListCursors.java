package io.babeldesk.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Listing cursors: the last evaluated key of the listing index, as an opaque URL-safe string. */
final class ListCursors {
    private static final Set<String> KEY_ATTRIBUTES = Set.of("pk", "sk", "gsi1pk", "gsi1sk");

    private ListCursors() {
    }

    static String encode(Map<String, AttributeValue> key) {
        Map<String, String> plain = new HashMap<>();
        key.forEach((k, v) -> plain.put(k, v.s()));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(ArticleItems.toJson(plain).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the cursor is not one {@link #encode} made */
    static Map<String, AttributeValue> decode(String cursor) {
        Map<String, String> plain;
        try {
            plain = ArticleItems.fromJson(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                    new TypeReference<Map<String, String>>() { });
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this API gave out");
        }
        if (plain == null || !plain.keySet().equals(KEY_ATTRIBUTES)) {
            throw new IllegalArgumentException("cursor is not one this API gave out");
        }
        Map<String, AttributeValue> key = new HashMap<>();
        plain.forEach((k, v) -> key.put(k, ArticleItems.s(v)));
        return key;
    }
}
