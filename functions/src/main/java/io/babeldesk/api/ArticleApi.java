package io.babeldesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.Work;
import io.babeldesk.store.ArticleRecord;
import io.babeldesk.store.DynamoArticleStore;
import io.babeldesk.store.LanguageState;
import io.babeldesk.store.Page;
import io.babeldesk.store.SqsJobQueue;
import io.babeldesk.store.StoredSummary;
import io.babeldesk.summary.SummaryKind;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The readers' and editors' HTTP API, over the article store and the work queue. */
public final class ArticleApi {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleApi.class);
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final DynamoArticleStore store;
    private final SqsJobQueue queue;

    public ArticleApi(DynamoArticleStore store, SqsJobQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiProblem p) {
            return p.toResponse();
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.method(), request.path(), e);
            return ApiResponse.problem(500, "INTERNAL_ERROR", "the request could not be served; try again later");
        }
    }

    private ApiResponse route(ApiRequest request) {
        String[] parts = request.path().replaceAll("^/+|/+$", "").split("/");
        String method = request.method();
        if (parts.length >= 1 && parts[0].equals("articles")) {
            if (parts.length == 1 && method.equals("GET")) {
                return listArticles(request);
            }
            if (parts.length == 2 && method.equals("GET")) {
                return getArticle(id(parts[1]));
            }
            if (parts.length == 3 && parts[2].equals("summaries") && method.equals("POST")) {
                requireEditor(request);
                return requestSummary(id(parts[1]), request);
            }
            if (parts.length == 4 && parts[2].equals("summaries") && method.equals("GET")) {
                requireEditor(request);
                return getSummary(id(parts[1]), parts[3]);
            }
            if (parts.length == 3 && method.equals("GET")) {
                return getLanguage(id(parts[1]), language(parts[2]));
            }
        }
        throw new ApiProblem(404, "ROUTE_NOT_FOUND", "no route for " + method + " " + request.path());
    }

    private ApiResponse listArticles(ApiRequest request) {
        int limit = 20;
        String l = request.query().get("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                throw new ApiProblem(400, "INVALID_LIMIT", "limit must be a whole number from 1 to 100");
            }
            if (limit < 1 || limit > 100) {
                throw new ApiProblem(400, "INVALID_LIMIT", "limit must be a whole number from 1 to 100");
            }
        }
        Page<ArticleRecord> page;
        try {
            page = store.list(limit, request.query().get("cursor"));
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

    private ApiResponse getArticle(String id) {
        ArticleRecord r = article(id);
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
        return ApiResponse.json(200, body);
    }

    private ApiResponse getLanguage(String id, Language language) {
        ArticleRecord r = article(id);
        if (r.version() == null) {
            throw new ApiProblem(409, "ARTICLE_REFUSED", "the upload of this article was refused: "
                    + r.refusal().code() + " (" + r.refusal().message() + ")");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", r.id());
        body.put("language", language);
        body.put("version", r.version());
        Optional<Translation> t = store.translation(id, language).filter(x -> x.articleVersion().equals(r.version()));
        LanguageState state = r.languages().get(language);
        if (t.isPresent() && t.get().status() != TranslationStatus.FAILED) {
            Translation tr = t.get();
            body.put("status", tr.status());
            body.put("title", tr.title());
            body.put("blocks", tr.blocks());
            body.put("summary", tr.summary());
            body.put("flags", tr.flags());
            body.put("reason", tr.reason());
            body.put("model", tr.model());
        } else if (language == r.sourceLanguage()) {
            // the cleaned original is readable while its summary is still being written
            Article source = store.source(id, r.version()).orElseThrow();
            body.put("status", state == null ? TranslationStatus.PENDING : state.status());
            body.put("title", source.title());
            body.put("blocks", source.blocks());
            body.put("summary", null);
        } else {
            body.put("status", state == null ? TranslationStatus.PENDING : state.status());
            body.put("title", null);
            body.put("blocks", List.of());
            body.put("summary", null);
            body.put("reason", state == null ? null : state.reason());
        }
        return ApiResponse.json(200, body);
    }

    private ApiResponse requestSummary(String id, ApiRequest request) {
        JsonNode body = jsonBody(request, Set.of("language", "kind", "maxWords", "focus"));
        ArticleRecord r = article(id);
        if (r.version() == null) {
            throw new ApiProblem(409, "ARTICLE_REFUSED", "the upload of this article was refused");
        }
        Language language = body.hasNonNull("language") ? language(body.get("language").asText()) : r.sourceLanguage();
        SummaryKind kind = SummaryKind.fromWireName(body.path("kind").asText("short")).orElseThrow(() ->
                new ApiProblem(400, "INVALID_KIND", "kind must be one of headline, short, medium, bullets, social"));
        Integer maxWords = null;
        if (body.hasNonNull("maxWords")) {
            if (!body.get("maxWords").canConvertToInt() || body.get("maxWords").asInt() < 5
                    || body.get("maxWords").asInt() > 500) {
                throw new ApiProblem(400, "INVALID_MAX_WORDS", "maxWords must be a whole number from 5 to 500");
            }
            maxWords = body.get("maxWords").asInt();
        }
        String focus = null;
        if (body.hasNonNull("focus")) {
            if (!body.get("focus").isTextual() || body.get("focus").asText().length() > 200) {
                throw new ApiProblem(400, "INVALID_FOCUS", "focus must be text of at most 200 characters");
            }
            focus = body.get("focus").asText().strip();
        }
        String requestId = Work.summaryRequestId(id, r.version(), language, kind, maxWords, focus);
        Optional<StoredSummary> existing = store.summary(id, requestId);
        String location = "/articles/" + id + "/summaries/" + requestId;
        if (existing.isPresent() && !"FAILED".equals(existing.get().status())) {
            return ApiResponse.json(existing.get().status().equals("DONE") ? 200 : 202, existing.get())
                    .withHeader("Location", location);
        }
        StoredSummary pending = new StoredSummary(requestId, id, r.version(), language.code(), kind.wireName(),
                maxWords, focus, "PENDING", null, null, null, null, Instant.now().toString());
        store.saveSummary(pending);
        queue.send(List.of(Job.summaryRequest(id, r.version(), language, requestId)));
        return ApiResponse.json(202, pending).withHeader("Location", location);
    }

    private ApiResponse getSummary(String id, String requestId) {
        if (!requestId.matches("[0-9a-f]{24}")) {
            throw new ApiProblem(400, "INVALID_REQUEST_ID", "not a summary request id: " + requestId);
        }
        StoredSummary s = store.summary(id, requestId).orElseThrow(() ->
                new ApiProblem(404, "SUMMARY_NOT_FOUND", "no summary request " + requestId + " for article " + id));
        return ApiResponse.json(200, s);
    }

    private ArticleRecord article(String id) {
        return store.find(id).orElseThrow(() -> new ApiProblem(404, "ARTICLE_NOT_FOUND", "no article " + id));
    }

    private static void requireEditor(ApiRequest request) {
        if (!request.editor()) {
            throw new ApiProblem(401, "EDITOR_AUTH_REQUIRED",
                    "this route is for editors: send a bearer token of a member of the editors group");
        }
    }

    private static JsonNode jsonBody(ApiRequest request, Set<String> allowed) {
        String body = request.body() == null || request.body().isBlank() ? "{}" : request.body();
        if (body.length() > MAX_BODY_BYTES) {
            throw new ApiProblem(413, "BODY_TOO_LARGE", "request bodies are limited to " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new ApiProblem(400, "INVALID_JSON", "the request body is not valid JSON");
        }
        if (!node.isObject()) {
            throw new ApiProblem(400, "INVALID_JSON", "the request body must be a JSON object");
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new ApiProblem(400, "UNKNOWN_FIELD", "unknown field '" + f + "'; allowed: " + allowed);
            }
        });
        return node;
    }

    private static String id(String raw) {
        if (!ArticleIds.VALID_ID.matcher(raw).matches()) {
            throw new ApiProblem(400, "INVALID_ARTICLE_ID", "not an article id: " + abbreviate(raw));
        }
        return raw;
    }

    private static Language language(String code) {
        if (code == null || !code.matches("[a-z]{2}")) {
            throw new ApiProblem(400, "INVALID_LANGUAGE", "language must be one of en, ru, hy, az");
        }
        return Language.fromCode(code).orElseThrow(() ->
                new ApiProblem(400, "INVALID_LANGUAGE", "language must be one of en, ru, hy, az"));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
