package io.babeldesk.api;

import static io.babeldesk.api.RequestInputs.language;

import io.babeldesk.article.Language;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.pipeline.Page;
import io.babeldesk.translation.TranslationStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The readers' routes: the listing, an article's head, one language of it, and the OpenAPI document. */
final class ReaderRoutes {
    private final ArticleStore store;
    private final LanguageViews views;

    ReaderRoutes(ArticleStore store, LanguageViews views) {
        this.store = store;
        this.views = views;
    }

    ApiResponse listArticles(ApiRequest request) {
        int limit = RequestInputs.limit(request.query().get("limit"));
        Page<ArticleRecord> page;
        try {
            Language in = request.query().containsKey("language") ? language(request.query().get("language")) : null;
            page = store.list(limit, request.query().get("cursor"), in, in == null ? null : views.policy().published());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "INVALID_CURSOR", e.getMessage());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (ArticleRecord r : page.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.id());
            item.put("title", r.title());
            item.put("sourceLanguage", r.sourceLanguage());
            item.put("version", r.version());
            item.put("publishedAt", r.publishedAt());
            Map<String, Object> langs = new LinkedHashMap<>();
            r.languages().forEach((lang, state) -> langs.put(lang.code(), Map.of("status", state.status())));
            item.put("languages", langs);
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", page.next());
        return ApiResponse.json(200, body);
    }

    ApiResponse getArticle(ApiRequest request, String id) {
        ArticleRecord r = StoredArticles.found(store, id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("title", r.title());
        body.put("sourceLanguage", r.sourceLanguage());
        body.put("version", r.version());
        body.put("publishedAt", r.publishedAt());
        body.put("byline", r.byline());
        body.put("siteName", r.siteName());
        body.put("url", r.url());
        Map<String, Object> langs = new LinkedHashMap<>();
        for (Map.Entry<Language, LanguageState> e : r.languages().entrySet()) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("status", e.getValue().status());
            state.put("reason", e.getValue().reason());
            state.put("updatedAt", e.getValue().updatedAt());
            langs.put(e.getKey().code(), state);
        }
        body.put("languages", langs);
        if (r.refusal() != null) {
            body.put("lastUploadError", r.refusal());
        }
        return cacheable(request, ApiResponse.json(200, body), false);
    }

    ApiResponse getLanguage(ApiRequest request, String id, Language language) {
        String format = request.query().getOrDefault("format", "json");
        if (!Set.of("json", "text", "html").contains(format)) {
            throw new ApiProblem(400, "INVALID_FORMAT", "format must be json, text or html");
        }
        ArticleRecord r = StoredArticles.found(store, id);
        if (r.version() == null) {
            throw new ApiProblem(409, "ARTICLE_REFUSED", "the upload of this article was refused: "
                    + r.refusal().code() + " (" + r.refusal().message() + ")");
        }
        Map<String, Object> body = views.view(r, language, request.editor());
        boolean settled = body.get("status") instanceof TranslationStatus s && s.hasText();
        @SuppressWarnings("unchecked")
        List<io.babeldesk.article.Block> blocks = (List<io.babeldesk.article.Block>) body.get("blocks");
        ApiResponse response = switch (format) {
            case "text" -> new ApiResponse(200, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    Renderer.text((String) body.get("title"), blocks, (String) body.get("summary")));
            case "html" -> new ApiResponse(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                    Renderer.html(language.code(), (String) body.get("title"), blocks, (String) body.get("summary")));
            default -> ApiResponse.json(200, body);
        };
        // an editor's view is theirs alone: no shared cache keeps it
        return request.editor() ? privately(cacheable(request, response, false)) : cacheable(request, response, settled);
    }

    private static ApiResponse privately(ApiResponse response) {
        return response.withHeader("Cache-Control", "private, no-cache");
    }

    /**
     * ETag and Cache-Control on reads: a settled version is cached for a minute; anything still
     * moving is revalidated every time. A matching If-None-Match answers 304 without a body.
     */
    static ApiResponse cacheable(ApiRequest request, ApiResponse response, boolean settled) {
        String etag = LanguageViews.etag(response.body());
        String cacheControl = settled ? "public, max-age=60" : "no-cache";
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag)
                || ifNoneMatch.strip().equals("*"))) {
            return new ApiResponse(304, Map.of("ETag", etag, "Cache-Control", cacheControl), "");
        }
        return response.withHeader("ETag", etag).withHeader("Cache-Control", cacheControl);
    }

    static ApiResponse openApi() {
        try (var in = ReaderRoutes.class.getClassLoader().getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return new ApiResponse(200, Map.of("Content-Type", "application/json", "Cache-Control", "public, max-age=300"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
