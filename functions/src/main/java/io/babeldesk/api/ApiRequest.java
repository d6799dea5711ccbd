package io.babeldesk.api;

import java.util.Map;

/**
 * An HTTP request as the API sees it, free of the API Gateway event shape.
 *
 * @param headers lower-cased header names
 * @param caller who signed in (a JWT the authorizer checked, or the local editor token); null when nobody did
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                         String body, Caller caller) {
    public ApiRequest {
        query = query == null ? Map.of() : Map.copyOf(query);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A request of an anonymous caller, or of an editor known only as {@code editor}. */
    public ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                      String body, boolean editor) {
        this(method, path, query, headers, body, editor ? new Caller("editor", true) : null);
    }

    /**
     * Someone who signed in.
     *
     * @param identity what the history shows as the author of a change (email, username or subject)
     * @param editor whether the caller is a member of the editors group
     */
    public record Caller(String identity, boolean editor) {
    }

    /** Whether the caller proved to be an editor. */
    public boolean editor() {
        return caller != null && caller.editor();
    }

    /** The editor's identity, for the history of what they change. */
    public String editorIdentity() {
        return caller == null ? null : caller.identity();
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
