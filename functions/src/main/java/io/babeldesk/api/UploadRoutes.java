package io.babeldesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.pipeline.UploadLinks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads from the browser: an editor names a file and gets a short-lived link that accepts one
 * PUT of it under {@code incoming/}, where it is ingested like any other upload.
 */
final class UploadRoutes {
    static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final Pattern NAME = Pattern.compile("(.*?)\\.(txt|html?|md|markdown|json)$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> TYPES = Map.of("txt", "text/plain; charset=utf-8",
            "html", "text/html; charset=utf-8", "htm", "text/html; charset=utf-8",
            "md", "text/markdown; charset=utf-8", "markdown", "text/markdown; charset=utf-8",
            "json", "application/json");

    private final UploadLinks links;

    UploadRoutes(UploadLinks links) {
        this.links = links;
    }

    ApiResponse link(ApiRequest request) {
        if (links == null) {
            throw new ApiProblem(503, "UPLOADS_UNAVAILABLE", "this deployment does not sign upload links");
        }
        JsonNode body = RequestInputs.jsonBody(request, Set.of("fileName"));
        if (!body.path("fileName").isTextual()) {
            throw new ApiProblem(422, "FILE_NAME_REQUIRED", "name the file: {\"fileName\": \"story.txt\"}");
        }
        String key = key(body.path("fileName").asText());
        String ext = key.substring(key.lastIndexOf('.') + 1);
        UploadLinks.Link link = links.putLink(key, TYPES.get(ext), VALID_FOR);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", link.url());
        out.put("key", key);
        out.put("method", "PUT");
        out.put("headers", link.headers());
        out.put("expiresInSeconds", VALID_FOR.toSeconds());
        return ApiResponse.json(201, out).withHeader("Cache-Control", "no-store");
    }

    /**
     * {@code incoming/} and the file's name without its folders, with letters, digits, dots,
     * hyphens and underscores kept and every other run of characters made one hyphen.
     */
    static String key(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new ApiProblem(422, "UNSUPPORTED_FILE_TYPE",
                    "upload a .txt, .html, .htm, .md, .markdown or .json file");
        }
        String base = m.group(1).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        if (base.codePointCount(0, base.length()) > 100) {
            base = base.substring(0, base.offsetByCodePoints(0, 100));
        }
        if (base.isEmpty()) {
            throw new ApiProblem(422, "INVALID_FILE_NAME", "the file name needs a letter or a digit before its extension");
        }
        return "incoming/" + base + "." + m.group(2).toLowerCase(Locale.ROOT);
    }
}
