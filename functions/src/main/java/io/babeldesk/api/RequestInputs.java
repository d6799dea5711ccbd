package io.babeldesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Validation of what a request brings (path parameters, query values, JSON bodies), as problems with stable codes. */
final class RequestInputs {
    static final int MAX_BODY_BYTES = 16 * 1024;

    private RequestInputs() {
    }

    static JsonNode jsonBody(ApiRequest request, Set<String> allowed) {
        return jsonBody(request, allowed, MAX_BODY_BYTES);
    }

    static JsonNode jsonBody(ApiRequest request, Set<String> allowed, int maxBytes) {
        String body = request.body() == null || request.body().isBlank() ? "{}" : request.body();
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ApiProblem(413, "BODY_TOO_LARGE", "this request's body is limited to " + maxBytes + " bytes");
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

    static String id(String raw) {
        if (!ArticleIds.VALID_ID.matcher(raw).matches()) {
            throw new ApiProblem(400, "INVALID_ARTICLE_ID", "not an article id: " + abbreviate(raw));
        }
        return raw;
    }

    static Language language(String code) {
        if (code == null || !code.matches("[a-z]{2}")) {
            throw new ApiProblem(400, "INVALID_LANGUAGE", "language must be one of en, ru, hy, az");
        }
        return Language.fromCode(code).orElseThrow(() ->
                new ApiProblem(400, "INVALID_LANGUAGE", "language must be one of en, ru, hy, az"));
    }

    static String term(String raw) {
        String term = raw == null ? "" : raw.strip();
        if (term.isEmpty() || term.length() > 100 || term.chars().anyMatch(Character::isISOControl)) {
            throw new ApiProblem(400, "INVALID_TERM", "a term is 1 to 100 printable characters");
        }
        return term;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** A page size from 1 to 100 (20 when not given). */
    static int limit(String raw) {
        if (raw == null) {
            return 20;
        }
        int limit;
        try {
            limit = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > 100) {
            throw new ApiProblem(400, "INVALID_LIMIT", "limit must be a whole number from 1 to 100");
        }
        return limit;
    }
}
