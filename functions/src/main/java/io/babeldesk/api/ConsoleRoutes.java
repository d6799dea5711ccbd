package io.babeldesk.api;

import io.babeldesk.article.ArticleIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The editor console: one page and its assets (plain HTML, CSS and JavaScript modules, a font
 * covering Armenian) from the jar's {@code console/} folder, and the sign-in settings the page
 * reads. The page holds no data and is public; what it shows comes from the editors' routes,
 * which check the editor's token as for any other client.
 */
final class ConsoleRoutes {
    private static final Pattern ASSET = Pattern.compile("[a-z0-9][a-z0-9.-]{0,80}\\.(js|css|woff2|txt|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml");
    /** Scripts and styles only from the console itself; data from this API, the S3 upload and the sign-in token endpoint. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "font-src 'self'; img-src 'self' data:; connect-src 'self' https: http:; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private final ConsoleSettings settings;
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    ConsoleRoutes(ConsoleSettings settings) {
        this.settings = settings;
    }

    ApiResponse page(ApiRequest request) {
        if (request.path().endsWith("/")) {
            // the page's asset links are relative to /console (without the slash)
            return new ApiResponse(308, Map.of("Location", "../console"), "");
        }
        return file(request, "index.html");
    }

    ApiResponse asset(ApiRequest request, String name) {
        if (!ASSET.matcher(name).matches()) {
            throw notFound(name);
        }
        return file(request, name);
    }

    /** How the page signs editors in: the local token under serve, else the OIDC issuer's code flow. */
    ApiResponse config() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (settings.oidcConfigured()) {
            out.put("signIn", "oidc");
            out.put("issuer", settings.issuer());
            out.put("authorizationEndpoint", settings.authorizationEndpoint());
            out.put("tokenEndpoint", settings.tokenEndpoint());
            out.put("clientId", settings.clientId());
            out.put("scope", settings.scope());
            out.put("redirectUri", settings.redirectUri());
        } else {
            out.put("signIn", settings.localToken() ? "token" : "none");
        }
        return ApiResponse.json(200, out).withHeader("Cache-Control", "no-cache");
    }

    private ApiResponse file(ApiRequest request, String name) {
        byte[] bytes = cache.computeIfAbsent(name, ConsoleRoutes::read).orElseThrow(() -> notFound(name));
        String etag = "\"" + ArticleIds.sha256(java.util.Base64.getEncoder().encodeToString(bytes)).substring(0, 16) + "\"";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", "no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        String inm = request.header("if-none-match");
        if (inm != null && inm.contains(etag)) {
            return new ApiResponse(304, headers, "");
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        headers.put("Content-Type", TYPES.get(ext));
        if (ext.equals("html")) {
            headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.put("Referrer-Policy", "no-referrer");
        }
        if (ext.equals("woff2")) {
            headers.put("Cache-Control", "public, max-age=86400");
            return ApiResponse.bytes(200, headers, bytes);
        }
        return new ApiResponse(200, headers, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = ConsoleRoutes.class.getClassLoader().getResourceAsStream("console/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiProblem notFound(String name) {
        return new ApiProblem(404, "NOT_FOUND", "the console has no file " + RequestInputs.abbreviate(name));
    }
}
