package io.babeldesk.api;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cross-origin access for browser clients on other origins (a newsroom's own tools): only the
 * origins configured (BABELDESK_CORS_ORIGINS) get {@code Access-Control-Allow-Origin}; a preflight
 * from any other origin is refused. The console itself is served by the API and needs none.
 */
final class Cors {
    static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, X-Editor-Name, x-api-key";
    static final String EXPOSED = "ETag, Location";

    private final Set<String> origins;

    Cors(Set<String> origins) {
        this.origins = origins == null ? Set.of() : Set.copyOf(origins);
    }

    /** Comma-separated origins ({@code https://desk.example.org}); blanks and trailing slashes ignored. */
    static Set<String> parse(String list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null) {
            for (String o : list.split(",")) {
                String origin = o.strip().replaceAll("/+$", "");
                if (!origin.isEmpty()) {
                    out.add(origin);
                }
            }
        }
        return out;
    }

    boolean allowed(String origin) {
        return origin != null && (origins.contains(origin) || origins.contains("*"));
    }

    /** The answer to a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}). */
    ApiResponse preflight(ApiRequest request) {
        String origin = request.header("origin");
        if (!allowed(origin)) {
            return ApiResponse.problem(403, "CORS_ORIGIN_REFUSED", "origin " + RequestInputs.abbreviate(String.valueOf(origin))
                    + " may not call this API from a browser (BABELDESK_CORS_ORIGINS)")
                    .withHeader("Vary", "Origin");
        }
        return new ApiResponse(204, Map.of(
                "Access-Control-Allow-Origin", origin,
                "Access-Control-Allow-Methods", METHODS,
                "Access-Control-Allow-Headers", HEADERS,
                "Access-Control-Max-Age", "600",
                "Vary", "Origin"), "");
    }

    /** Adds the allow headers to an answer for an allowed origin; others get the answer without them. */
    ApiResponse decorate(ApiRequest request, ApiResponse response) {
        if (origins.isEmpty()) {
            return response;
        }
        String origin = request.header("origin");
        ApiResponse out = response.withHeader("Vary", "Origin");
        if (!allowed(origin)) {
            return out;
        }
        return out.withHeader("Access-Control-Allow-Origin", origin)
                .withHeader("Access-Control-Expose-Headers", EXPOSED);
    }
}
