package io.babeldesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.translation.TranslationStatus;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item layout of the article table (keys, attribute values, JSON bodies) and the mapping of its head item. */
final class ArticleItems {
    /** The GSI that lists articles newest first. */
    static final String LIST_INDEX = "byPublished";
    /** The single partition of the listing index. */
    static final String LIST_PARTITION = "ARTICLES";

    private ArticleItems() {
    }

    static Map<String, AttributeValue> key(String articleId, String sk) {
        return Map.of("pk", s("ARTICLE#" + articleId), "sk", s(sk));
    }

    static Map<String, AttributeValue> translationKey(String articleId, Language language) {
        return key(articleId, "TRANSLATION#" + language.code());
    }

    static ArticleRecord toRecord(Map<String, AttributeValue> item) {
        Map<Language, LanguageState> languages = new EnumMap<>(Language.class);
        AttributeValue langs = item.get("languages");
        if (langs != null && langs.hasM()) {
            langs.m().forEach((code, v) -> Language.fromCode(code).ifPresent(l -> languages.put(l,
                    new LanguageState(TranslationStatus.valueOf(v.m().get("status").s()),
                            str(v.m().get("reason")), str(v.m().get("updatedAt"))))));
        }
        ArticleRecord.Refusal refusal = null;
        AttributeValue r = item.get("refusal");
        if (r != null && r.hasM()) {
            refusal = new ArticleRecord.Refusal(str(r.m().get("code")), str(r.m().get("message")),
                    str(r.m().get("sourceKey")), str(r.m().get("at")));
        }
        return new ArticleRecord(
                str(item.get("id")),
                str(item.get("version")),
                str(item.get("title")),
                str(item.get("byline")),
                str(item.get("publishedAt")),
                str(item.get("siteName")),
                str(item.get("url")),
                Language.fromCode(str(item.get("sourceLanguage"))).orElse(null),
                item.containsKey("languageConfidence") ? Double.parseDouble(item.get("languageConfidence").n()) : 0,
                str(item.get("sourceKey")),
                str(item.get("uploadedAt")),
                languages,
                refusal);
    }

    static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(double v) {
        return AttributeValue.fromN(Double.toString(v));
    }

    static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    static String str(AttributeValue v) {
        return v == null ? null : v.s();
    }

    static boolean isEmpty(Map<String, AttributeValue> item) {
        return item == null || item.isEmpty();
    }

    static String toJson(Object o) {
        return Json.write(o);
    }

    static <T> T fromJson(String s, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(s, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
