package io.babeldesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Article;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryEntryJson;
import io.babeldesk.translation.Usage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
    private final Glossary glossary;
    private final String readerApiKey;
    private final List<Route> routes;

    /**
     * @param readerApiKey when set, reader routes need it in an {@code x-api-key} header (editors
     *     are let through by their token)
     */
    public ArticleApi(DynamoArticleStore store, SqsJobQueue queue, Glossary glossary, String readerApiKey) {
        this.store = store;
        this.queue = queue;
        this.glossary = glossary;
        this.readerApiKey = readerApiKey == null || readerApiKey.isBlank() ? null : readerApiKey;
        this.routes = List.of(
                new Route("GET", "/openapi.json", Route.Access.READER, (r, p) -> openApi()),
                new Route("GET", "/articles", Route.Access.READER, (r, p) -> listArticles(r)),
                new Route("GET", "/articles/{id}", Route.Access.READER, (r, p) -> getArticle(r, id(p.get("id")))),
                new Route("GET", "/articles/{id}/usage", Route.Access.EDITOR, (r, p) -> usage(id(p.get("id")))),
                new Route("POST", "/articles/{id}/summaries", Route.Access.EDITOR,
                        (r, p) -> requestSummary(id(p.get("id")), r)),
                new Route("GET", "/articles/{id}/summaries/{requestId}", Route.Access.EDITOR,
                        (r, p) -> getSummary(id(p.get("id")), p.get("requestId"))),
                new Route("POST", "/articles/{id}/retranslate", Route.Access.EDITOR,
                        (r, p) -> retranslate(id(p.get("id")), r)),
                new Route("GET", "/articles/{id}/{lang}", Route.Access.READER,
                        (r, p) -> getLanguage(r, id(p.get("id")), language(p.get("lang")))),
                new Route("GET", "/glossary", Route.Access.EDITOR, (r, p) -> listGlossary()),
                new Route("GET", "/glossary/{term}", Route.Access.EDITOR, (r, p) -> getTerm(term(p.get("term")))),
                new Route("PUT", "/glossary/{term}", Route.Access.EDITOR, (r, p) -> putTerm(term(p.get("term")), r)),
                new Route("DELETE", "/glossary/{term}", Route.Access.EDITOR,
                        (r, p) -> deleteTerm(term(p.get("term")))));
    }

    /** Every route this API answers, for the OpenAPI document's check. */
    public List<Route> routes() {
        return routes;
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
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(request.path());
            if (params.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(request.method())) {
                continue;
            }
            if (route.access() == Route.Access.EDITOR) {
                requireEditor(request);
            } else {
                requireReaderKey(request);
            }
            return route.action().answer(request, decoded(params.get()));
        }
        if (pathKnown) {
            throw new ApiProblem(405, "METHOD_NOT_ALLOWED", request.method() + " is not allowed on " + request.path());
        }
        throw new ApiProblem(404, "ROUTE_NOT_FOUND", "no route for " + request.method() + " " + request.path());
    }

    private static Map<String, String> decoded(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8)));
        return out;
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
            page = store.list(limit, request.query().get("cursor"),
                    request.query().containsKey("language") ? language(request.query().get("language")) : null);
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

    private ApiResponse getArticle(ApiRequest request, String id) {
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
        return cacheable(request, ApiResponse.json(200, body), false);
    }

    private ApiResponse getLanguage(ApiRequest request, String id, Language language) {
        String format = request.query().getOrDefault("format", "json");
        if (!Set.of("json", "text", "html").contains(format)) {
            throw new ApiProblem(400, "INVALID_FORMAT", "format must be json, text or html");
        }
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
        boolean settled = TranslationStatus.DONE.equals(body.get("status"))
                || TranslationStatus.NEEDS_REVIEW.equals(body.get("status"));
        @SuppressWarnings("unchecked")
        List<io.babeldesk.article.Block> blocks = (List<io.babeldesk.article.Block>) body.get("blocks");
        ApiResponse response = switch (format) {
            case "text" -> new ApiResponse(200, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    Renderer.text((String) body.get("title"), blocks, (String) body.get("summary")));
            case "html" -> new ApiResponse(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                    Renderer.html(language.code(), (String) body.get("title"), blocks, (String) body.get("summary")));
            default -> ApiResponse.json(200, body);
        };
        return cacheable(request, response, settled);
    }

    /**
     * ETag and Cache-Control on reads: a settled version is cached for a minute; anything still
     * moving is revalidated every time. A matching If-None-Match answers 304 without a body.
     */
    private static ApiResponse cacheable(ApiRequest request, ApiResponse response, boolean settled) {
        String etag = "\"" + ArticleIds.sha256(response.body()).substring(0, 32) + "\"";
        String cacheControl = settled ? "public, max-age=60" : "no-cache";
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag)
                || ifNoneMatch.strip().equals("*"))) {
            return new ApiResponse(304, Map.of("ETag", etag, "Cache-Control", cacheControl), "");
        }
        return response.withHeader("ETag", etag).withHeader("Cache-Control", cacheControl);
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

    private ApiResponse retranslate(String id, ApiRequest request) {
        JsonNode body = jsonBody(request, Set.of("languages"));
        ArticleRecord r = article(id);
        if (r.version() == null) {
            throw new ApiProblem(409, "ARTICLE_REFUSED", "the upload of this article was refused");
        }
        List<Language> languages = new ArrayList<>();
        if (body.has("languages")) {
            if (!body.get("languages").isArray() || body.get("languages").isEmpty()) {
                throw new ApiProblem(400, "INVALID_LANGUAGES", "languages must be a non-empty array of en, ru, hy, az");
            }
            for (JsonNode l : body.get("languages")) {
                Language language = language(l.asText());
                if (language == r.sourceLanguage()) {
                    throw new ApiProblem(400, "INVALID_LANGUAGES", language.code() + " is the source language");
                }
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            }
        } else {
            languages.addAll(r.sourceLanguage().others());
        }
        queue.send(languages.stream().map(l -> Job.retranslate(id, r.version(), l)).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("version", r.version());
        out.put("languages", languages);
        return ApiResponse.json(202, out).withHeader("Location", "/articles/" + id);
    }

    private ApiResponse usage(String id) {
        ArticleRecord r = article(id);
        Map<String, Object> languages = new LinkedHashMap<>();
        Usage total = Usage.NONE;
        for (Language l : Language.values()) {
            Optional<Translation> t = store.translation(id, l).filter(x -> x.articleVersion().equals(r.version()));
            if (t.isPresent()) {
                String task = l == r.sourceLanguage() ? "summarize" : "translate";
                languages.computeIfAbsent(l.code(), k -> new LinkedHashMap<String, Object>());
                @SuppressWarnings("unchecked")
                Map<String, Object> tasks = (Map<String, Object>) languages.get(l.code());
                tasks.put(task, t.get().usage());
                total = total.plus(t.get().usage());
            }
        }
        for (StoredSummary s : store.summaries(id)) {
            if (s.usage() == null) {
                continue;
            }
            languages.computeIfAbsent(s.language(), k -> new LinkedHashMap<String, Object>());
            @SuppressWarnings("unchecked")
            Map<String, Object> tasks = (Map<String, Object>) languages.get(s.language());
            String task = "summary:" + s.kind();
            Usage before = (Usage) tasks.getOrDefault(task, Usage.NONE);
            tasks.put(task, before.plus(s.usage()));
            total = total.plus(s.usage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("version", r.version());
        out.put("languages", languages);
        out.put("total", total);
        return ApiResponse.json(200, out);
    }

    private ApiResponse listGlossary() {
        List<Object> items = new ArrayList<>();
        glossary.all().stream().sorted(java.util.Comparator.comparing(GlossaryEntry::term))
                .forEach(e -> items.add(GlossaryEntryJson.toJson(e)));
        return ApiResponse.json(200, Map.of("items", items));
    }

    private ApiResponse getTerm(String term) {
        GlossaryEntry entry = glossary.get(term).orElseThrow(() ->
                new ApiProblem(404, "TERM_NOT_FOUND", "no glossary term '" + term + "'"));
        return ApiResponse.json(200, GlossaryEntryJson.toJson(entry));
    }

    private ApiResponse putTerm(String term, ApiRequest request) {
        JsonNode body = jsonBody(request, Set.of("term", "kind", "renderings", "match"));
        if (body.has("term") && !term.equalsIgnoreCase(body.get("term").asText())) {
            throw new ApiProblem(400, "TERM_MISMATCH", "the body names another term than the path");
        }
        JsonNode renderings = body.path("renderings");
        if (!renderings.isObject() || renderings.isEmpty()) {
            throw new ApiProblem(400, "INVALID_RENDERINGS", "renderings must map en, ru, hy, az to text");
        }
        for (var e : renderings.properties()) {
            language(e.getKey());
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank() || e.getValue().asText().length() > 200) {
                throw new ApiProblem(400, "INVALID_RENDERINGS", "the " + e.getKey() + " rendering must be text of 1 to 200 characters");
            }
        }
        if (body.has("match")) {
            if (!body.get("match").isObject()) {
                throw new ApiProblem(400, "INVALID_MATCH", "match must map languages to arrays of stems");
            }
            for (var e : body.get("match").properties()) {
                language(e.getKey());
                if (!e.getValue().isArray()) {
                    throw new ApiProblem(400, "INVALID_MATCH", "match." + e.getKey() + " must be an array of stems");
                }
            }
        }
        if (body.has("kind") && (!body.get("kind").isTextual() || body.get("kind").asText().length() > 40)) {
            throw new ApiProblem(400, "INVALID_KIND", "kind must be a short text such as person, place, organisation");
        }
        boolean existed = glossary.get(term).isPresent();
        GlossaryEntry entry = GlossaryEntryJson.fromJson(body, term);
        glossary.put(entry);
        return ApiResponse.json(existed ? 200 : 201, GlossaryEntryJson.toJson(entry));
    }

    private ApiResponse deleteTerm(String term) {
        if (glossary.get(term).isEmpty()) {
            throw new ApiProblem(404, "TERM_NOT_FOUND", "no glossary term '" + term + "'");
        }
        glossary.delete(term);
        return new ApiResponse(204, Map.of(), "");
    }

    private static ApiResponse openApi() {
        try (var in = ArticleApi.class.getClassLoader().getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return new ApiResponse(200, Map.of("Content-Type", "application/json", "Cache-Control", "public, max-age=300"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String term(String raw) {
        String term = raw == null ? "" : raw.strip();
        if (term.isEmpty() || term.length() > 100 || term.chars().anyMatch(Character::isISOControl)) {
            throw new ApiProblem(400, "INVALID_TERM", "a term is 1 to 100 printable characters");
        }
        return term;
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

    private void requireReaderKey(ApiRequest request) {
        if (readerApiKey == null || request.editor()) {
            return;
        }
        String key = request.header("x-api-key");
        if (key == null || !java.security.MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                readerApiKey.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(401, "API_KEY_REQUIRED", "send your reader API key in the x-api-key header");
        }
    }

    private static void requireEditor(ApiRequest request) {
        if (!request.editor()) {
            throw new ApiProblem(401, "EDITOR_AUTH_REQUIRED",
                    "this route is for editors: send a bearer token of a member of the editors group");
        }
    }

    private static JsonNode jsonBody(ApiRequest request, Set<String> allowed) {
        String body = request.body() == null || request.body().isBlank() ? "{}" : request.body();
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
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
