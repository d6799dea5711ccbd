package io.babeldesk.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call a route. Editors are vouched for before the API sees the request (the HTTP API's
 * JWT authorizer on AWS, {@link ApiRequest#editor()}); readers show the reader API key when one is
 * configured.
 */
final class Access {
    private final String readerApiKey;

    /** @param readerApiKey when set, reader routes need it in an {@code x-api-key} header */
    Access(String readerApiKey) {
        this.readerApiKey = readerApiKey == null || readerApiKey.isBlank() ? null : readerApiKey;
    }

    void check(Route.Access access, ApiRequest request) {
        if (access == Route.Access.EDITOR) {
            requireEditor(request);
        } else if (access == Route.Access.READER) {
            requireReaderKey(request);
        }
    }

    private void requireReaderKey(ApiRequest request) {
        // an editor's token does not stand in for the reader key
        if (readerApiKey == null) {
            return;
        }
        String key = request.header("x-api-key");
        if (key == null || !MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                readerApiKey.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(401, "API_KEY_REQUIRED", "send your reader API key in the x-api-key header");
        }
    }

    private static void requireEditor(ApiRequest request) {
        if (request.caller() != null && !request.editor()) {
            throw new ApiProblem(403, "EDITORS_ONLY",
                    "you are signed in as " + request.caller().identity() + ", who is not in the editors group");
        }
        if (!request.editor()) {
            throw new ApiProblem(401, "EDITOR_AUTH_REQUIRED",
                    "this route is for editors: send a bearer token of a member of the editors group");
        }
    }
}
