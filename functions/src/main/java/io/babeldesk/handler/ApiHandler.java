package io.babeldesk.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.babeldesk.api.ApiRequest;
import io.babeldesk.api.ApiResponse;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.config.Config;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/** ApiFunction: HTTP API (payload 2.0) requests → the readers' and editors' API. */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static final String EDITORS = "editors";
    /** Who the history names for a change made with the local editor token. */
    static final String LOCAL_EDITOR = "local-editor";
    static final String EDITOR_TOKEN = "BABELDESK_EDITOR_TOKEN";

    private final ArticleApi api;
    private final String staticEditorToken;
    private Priming priming;

    public ApiHandler() {
        this(new Wiring(Config.fromEnvironment()));
    }

    private ApiHandler(Wiring wiring) {
        this(wiring.api(), editorToken(wiring.config()));
        this.priming = Priming.register("ApiFunction", () -> Priming.primeApi(wiring, api));
    }

    /**
     * BABELDESK_EDITOR_TOKEN, a static bearer token that counts as an editor, for local runs. On
     * Lambda it is refused at start-up: there the HTTP API's JWT authorizer vouches for editors,
     * and a fixed token in the function's configuration would be an editor password for anyone
     * who can read it.
     */
    static String editorToken(Config config) {
        Optional<String> token = config.get(EDITOR_TOKEN);
        if (token.isPresent()) {
            config.refuseOnLambda(EDITOR_TOKEN, "editors sign in through the HTTP API's JWT authorizer (JwtIssuer,"
                    + " JwtAudience); remove the variable from the function");
        }
        return token.orElse(null);
    }

    /**
     * @param staticEditorToken a bearer token that also counts as an editor (local use only;
     *     null on AWS, where the HTTP API's JWT authorizer vouches for editors). It makes a request
     *     an editor's and nothing more: reader routes still need the reader API key when one is set.
     */
    public ApiHandler(ArticleApi api, String staticEditorToken) {
        this.api = api;
        this.staticEditorToken = staticEditorToken;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> answer(event));
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = new HashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        }
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                ? event.getRequestContext().getHttp().getMethod() : "GET";
        ApiRequest request = new ApiRequest(method.toUpperCase(Locale.ROOT), event.getRawPath(),
                event.getQueryStringParameters(), headers, body, caller(event, headers));
        ApiResponse response = api.handle(request);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(response.base64())
                .build();
    }

    /**
     * Who signed in: the JWT's claims as the HTTP API's authorizer checked them (an editor is a
     * member of the editors group, or holds its scope), else the local editor token.
     */
    private ApiRequest.Caller caller(APIGatewayV2HTTPEvent event, Map<String, String> headers) {
        var context = event.getRequestContext();
        if (context != null && context.getAuthorizer() != null && context.getAuthorizer().getJwt() != null) {
            Map<String, String> claims = context.getAuthorizer().getJwt().getClaims();
            if (claims != null && !claims.isEmpty()) {
                String groups = claims.getOrDefault("cognito:groups", claims.getOrDefault("groups", ""));
                String scope = claims.getOrDefault("scope", "");
                boolean editor = hasWord(groups, EDITORS) || hasWord(scope, EDITORS)
                        || hasWord(scope, "babeldesk/" + EDITORS);
                return new ApiRequest.Caller(identity(claims), editor);
            }
        }
        if (staticEditorToken != null && !staticEditorToken.isBlank()) {
            String auth = headers.get("authorization");
            if (auth != null && MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8),
                    ("Bearer " + staticEditorToken).getBytes(StandardCharsets.UTF_8))) {
                String name = headers.get("x-editor-name");
                return new ApiRequest.Caller(name == null || name.isBlank() ? LOCAL_EDITOR : "local:" + name.strip(), true);
            }
        }
        return null;
    }

    /** The name the history shows: the email, else the username, else the subject. */
    static String identity(Map<String, String> claims) {
        for (String claim : new String[] {"email", "cognito:username", "username", "sub"}) {
            String value = claims.get(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "unknown";
    }

    private static boolean hasWord(String list, String word) {
        for (String w : list.replaceAll("[\\[\\]\",]", " ").split("\\s+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
