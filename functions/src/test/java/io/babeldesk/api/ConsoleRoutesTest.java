package io.babeldesk.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.UploadLinks;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The console's page, assets and sign-in settings; upload links; cross-origin answers. */
class ConsoleRoutesTest {
    private final List<String> signed = new ArrayList<>();
    private final UploadLinks links = (key, type, validFor) -> {
        signed.add(key + " " + type + " " + validFor.toMinutes());
        return new UploadLinks.Link("https://bucket.example/" + key + "?X-Amz-Signature=abc", Map.of("content-type", type));
    };

    private ArticleApi api(ConsoleSettings console, String cors) {
        return new ArticleApi(null, null, null, "reader-key", new ArticleApi.Editing(null, e -> { }, PublishPolicy.DONE),
                ArticleApi.Browser.of(links, console, cors));
    }

    private static ApiRequest get(String path, Map<String, String> headers) {
        return new ApiRequest("GET", path, Map.of(), headers, null, false);
    }

    @Test
    void thePageAndItsAssetsArePublicEvenWhenReadersNeedAKey() {
        ArticleApi api = api(ConsoleSettings.NONE, null);
        ApiResponse page = api.handle(get("/console", Map.of()));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.headers().get("Content-Type").startsWith("text/html"));
        assertTrue(page.headers().get("Content-Security-Policy").contains("script-src 'self'"));
        assertTrue(page.body().contains("console/app.js"));
        for (String asset : List.of("app.js", "api.js", "dom.js", "diff.js", "console.css")) {
            ApiResponse r = api.handle(get("/console/" + asset, Map.of()));
            assertEquals(200, r.status(), asset);
            assertFalse(r.base64(), asset);
        }
        ApiResponse etagged = api.handle(get("/console/app.js", Map.of()));
        assertEquals(304, api.handle(get("/console/app.js", Map.of("if-none-match", etagged.headers().get("ETag")))).status());
        // the reader routes still want the key
        assertEquals(401, api.handle(get("/articles", Map.of())).status());
    }

    @Test
    void theFontIsSentAsBytes() throws Exception {
        ApiResponse font = api(ConsoleSettings.NONE, null).handle(get("/console/noto-sans-armenian-400.woff2", Map.of()));
        assertEquals(200, font.status());
        assertTrue(font.base64());
        assertEquals("font/woff2", font.headers().get("Content-Type"));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("console/noto-sans-armenian-400.woff2")) {
            assertArrayEquals(in.readAllBytes(), Base64.getDecoder().decode(font.body()));
        }
        assertEquals(200, api(ConsoleSettings.NONE, null).handle(get("/console/noto-sans-armenian-license.txt", Map.of())).status());
    }

    @Test
    void unknownOrOddAssetNamesAreNotFound() {
        ArticleApi api = api(ConsoleSettings.NONE, null);
        assertEquals(404, api.handle(get("/console/nothing.js", Map.of())).status());
        assertEquals(404, api.handle(get("/console/..%2Fopenapi.json", Map.of())).status());
        assertEquals(404, api.handle(get("/console/index.html", Map.of())).status());
        ApiResponse slash = api.handle(get("/console/", Map.of()));
        assertEquals(308, slash.status());
        assertEquals("../console", slash.headers().get("Location"));
    }

    @Test
    void configTellsHowEditorsSignIn() throws Exception {
        JsonNode local = Json.MAPPER.readTree(api(new ConsoleSettings(null, null, null, null, null, null, true), null)
                .handle(get("/console/config.json", Map.of())).body());
        assertEquals("token", local.path("signIn").asText());
        assertTrue(local.path("clientId").isMissingNode());
        JsonNode oidc = Json.MAPPER.readTree(api(new ConsoleSettings("https://issuer", "https://auth/authorize",
                "https://auth/token", "client-1", "openid email", null, false), null)
                .handle(get("/console/config.json", Map.of())).body());
        assertEquals("oidc", oidc.path("signIn").asText());
        assertEquals("client-1", oidc.path("clientId").asText());
        assertEquals("https://auth/token", oidc.path("tokenEndpoint").asText());
        assertEquals("none", Json.MAPPER.readTree(api(ConsoleSettings.NONE, null)
                .handle(get("/console/config.json", Map.of())).body()).path("signIn").asText());
    }

    @Test
    void editorsGetAnUploadLinkForASanitisedNameUnderIncoming() throws Exception {
        ArticleApi api = api(ConsoleSettings.NONE, null);
        ApiRequest anonymous = new ApiRequest("POST", "/uploads", Map.of(), Map.of(), "{\"fileName\":\"a.txt\"}", false);
        assertEquals(401, api.handle(anonymous).status());
        ApiResponse r = api.handle(new ApiRequest("POST", "/uploads", Map.of(), Map.of(),
                "{\"fileName\":\"C:\\\\drafts\\\\Peskov briefing (final)!.TXT\"}", true));
        assertEquals(201, r.status(), r.body());
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertEquals("incoming/Peskov-briefing-final.txt", body.path("key").asText());
        assertTrue(body.path("url").asText().startsWith("https://bucket.example/incoming/"));
        assertEquals("text/plain; charset=utf-8", body.path("headers").path("content-type").asText());
        assertEquals(List.of("incoming/Peskov-briefing-final.txt text/plain; charset=utf-8 10"), signed);
    }

    @Test
    void uploadNamesAreCleanedOrRefused() {
        assertEquals("incoming/Песков-брифинг.html", UploadRoutes.key("Песков брифинг.html"));
        assertEquals("incoming/story.json", UploadRoutes.key("../../etc/story.json"));
        assertEquals("incoming/a_b.c-d.md", UploadRoutes.key("a_b.c-d.md"));
        assertEquals(422, assertThrows(ApiProblem.class, () -> UploadRoutes.key("story.exe")).toResponse().status());
        assertEquals(422, assertThrows(ApiProblem.class, () -> UploadRoutes.key("!!!.txt")).toResponse().status());
        assertEquals(422, assertThrows(ApiProblem.class, () -> UploadRoutes.key("../.txt")).toResponse().status());
    }

    @Test
    void withoutUploadLinksTheRouteSaysSo() {
        ArticleApi api = new ArticleApi(null, null, null, null);
        assertEquals(503, api.handle(new ApiRequest("POST", "/uploads", Map.of(), Map.of(),
                "{\"fileName\":\"a.txt\"}", true)).status());
    }

    @Test
    void listedOriginsGetCorsHeadersAndOthersAreRefused() {
        ArticleApi api = api(ConsoleSettings.NONE, "https://desk.example.org, https://tools.example.org/");
        ApiRequest preflight = new ApiRequest("OPTIONS", "/review", Map.of(), Map.of("origin", "https://desk.example.org",
                "access-control-request-method", "GET", "access-control-request-headers", "authorization"), null, false);
        ApiResponse ok = api.handle(preflight);
        assertEquals(204, ok.status());
        assertEquals("https://desk.example.org", ok.headers().get("Access-Control-Allow-Origin"));
        assertTrue(ok.headers().get("Access-Control-Allow-Headers").contains("If-Match"));
        ApiResponse refused = api.handle(new ApiRequest("OPTIONS", "/review", Map.of(), Map.of("origin",
                "https://evil.example", "access-control-request-method", "GET"), null, false));
        assertEquals(403, refused.status());
        assertNull(refused.headers().get("Access-Control-Allow-Origin"));

        ApiResponse allowed = api.handle(get("/console/config.json", Map.of("origin", "https://tools.example.org")));
        assertEquals("https://tools.example.org", allowed.headers().get("Access-Control-Allow-Origin"));
        assertEquals("ETag, Location", allowed.headers().get("Access-Control-Expose-Headers"));
        ApiResponse other = api.handle(get("/console/config.json", Map.of("origin", "https://evil.example")));
        assertEquals(200, other.status());
        assertNull(other.headers().get("Access-Control-Allow-Origin"));
        assertEquals(Set.of(), Cors.parse(" , "));
    }

    @Test
    void withoutOriginsNoCrossOriginHeadersAreAdded() {
        ApiResponse r = api(ConsoleSettings.NONE, null).handle(get("/console/config.json", Map.of("origin", "https://a.example")));
        assertNull(r.headers().get("Access-Control-Allow-Origin"));
        assertNull(r.headers().get("Vary"));
    }
}
