package io.babeldesk.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One route of the API: method, path template ({@code /articles/{id}}), who may call it, and
 * what answers it. The list of routes is also what the OpenAPI document is checked against.
 */
public record Route(String method, String template, Access access, Action action) {
    /**
     * Who may call a route: anyone (the console's page and assets, which hold no data), readers
     * (with the reader API key when one is configured), editors.
     */
    public enum Access { PUBLIC, READER, EDITOR }

    /** What answers a matched request. */
    @FunctionalInterface
    public interface Action {
        ApiResponse answer(ApiRequest request, Map<String, String> params);
    }

    /** The path parameters when the path fits this route's template. */
    Optional<Map<String, String>> match(String path) {
        String[] want = template.substring(1).split("/");
        String[] got = path.replaceAll("^/+|/+$", "").split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
