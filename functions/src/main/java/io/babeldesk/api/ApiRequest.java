package io.babeldesk.api;

import java.util.Map;

/**
 * An HTTP request as the API sees it, free of the API Gateway event shape.
 *
 * @param headers lower-cased header names
 * @param editor whether the caller proved to be an editor (JWT group/scope, or the local token)
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                         String body, boolean editor) {
    public ApiRequest {
        query = query == null ? Map.of() : Map.copyOf(query);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
