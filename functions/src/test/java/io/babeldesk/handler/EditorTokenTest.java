package io.babeldesk.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.babeldesk.config.Config;
import io.babeldesk.testing.InMemoryStack;
import io.babeldesk.testing.LambdaRuntime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BABELDESK_EDITOR_TOKEN: a local convenience, refused on Lambda, and never a reader key. */
class EditorTokenTest {
    private static final String TOKEN = "local-editor";
    private static final String READER_KEY = "reader-key";
    private static final Context CONTEXT = LambdaRuntime.context("ApiFunction", 15_000);

    @Test
    void editorTokenIsRefusedAtStartUpOnLambda() {
        Config onLambda = new Config(Map.of("BABELDESK_EDITOR_TOKEN", TOKEN,
                "AWS_LAMBDA_FUNCTION_NAME", "babeldesk-ApiFunction"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ApiHandler.editorToken(onLambda));

        assertTrue(e.getMessage().startsWith("BABELDESK_EDITOR_TOKEN is for local runs only and is refused on AWS Lambda"),
                e.getMessage());
        assertTrue(e.getMessage().contains("JWT authorizer"), e.getMessage());
    }

    @Test
    void editorTokenIsTakenLocallyAndLambdaWithoutOneStarts() {
        assertEquals(TOKEN, ApiHandler.editorToken(new Config(Map.of("BABELDESK_EDITOR_TOKEN", TOKEN))));
        assertNull(ApiHandler.editorToken(new Config(Map.of("AWS_LAMBDA_FUNCTION_NAME", "babeldesk-ApiFunction"))));
    }

    @Test
    void editorTokenDoesNotStandInForTheReaderKey() {
        ApiHandler handler = handler();

        assertEquals(401, handler.handleRequest(get("/openapi.json", Map.of("Authorization", "Bearer " + TOKEN)),
                CONTEXT).getStatusCode());
        assertEquals(401, handler.handleRequest(get("/openapi.json", Map.of()), CONTEXT).getStatusCode());
        assertEquals(200, handler.handleRequest(get("/openapi.json", Map.of("Authorization", "Bearer " + TOKEN,
                "x-api-key", READER_KEY)), CONTEXT).getStatusCode());
        assertEquals(200, handler.handleRequest(get("/openapi.json", Map.of("x-api-key", READER_KEY)),
                CONTEXT).getStatusCode());
    }

    @Test
    void readerKeyDoesNotOpenEditorRoutes() {
        var response = handler().handleRequest(get("/glossary", Map.of("x-api-key", READER_KEY)), CONTEXT);

        assertEquals(401, response.getStatusCode());
        assertTrue(response.getBody().contains("EDITOR_AUTH_REQUIRED"), response.getBody());
    }

    private static ApiHandler handler() {
        return new ApiHandler(new InMemoryStack().api(READER_KEY), TOKEN);
    }

    private static APIGatewayV2HTTPEvent get(String path, Map<String, String> headers) {
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(path)
                .withHeaders(new HashMap<>(headers))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").build())
                        .build())
                .build();
    }
}
