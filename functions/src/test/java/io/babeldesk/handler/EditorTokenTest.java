package io.babeldesk.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.config.Config;
import io.babeldesk.glossary.InMemoryGlossary;
import io.babeldesk.store.DynamoArticleStore;
import io.babeldesk.store.SqsJobQueue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BABELDESK_EDITOR_TOKEN: a local convenience, refused on Lambda, and never a reader key. */
class EditorTokenTest {
    private static final String TOKEN = "local-editor";
    private static final String READER_KEY = "reader-key";

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
                new TestContext()).getStatusCode());
        assertEquals(401, handler.handleRequest(get("/openapi.json", Map.of()), new TestContext()).getStatusCode());
        assertEquals(200, handler.handleRequest(get("/openapi.json", Map.of("Authorization", "Bearer " + TOKEN,
                "x-api-key", READER_KEY)), new TestContext()).getStatusCode());
        assertEquals(200, handler.handleRequest(get("/openapi.json", Map.of("x-api-key", READER_KEY)),
                new TestContext()).getStatusCode());
    }

    @Test
    void readerKeyDoesNotOpenEditorRoutes() {
        var response = handler().handleRequest(get("/glossary", Map.of("x-api-key", READER_KEY)), new TestContext());

        assertEquals(401, response.getStatusCode());
        assertTrue(response.getBody().contains("EDITOR_AUTH_REQUIRED"), response.getBody());
    }

    /** The routes used here answer before any table, queue or glossary call. */
    private static ApiHandler handler() {
        ArticleApi api = new ArticleApi(new DynamoArticleStore(null, "unused"),
                new SqsJobQueue(() -> {
                    throw new AssertionError("no job is sent here");
                }, "unused"), new InMemoryGlossary(List.of()), READER_KEY);
        return new ApiHandler(api, TOKEN);
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

    /** A Lambda context for a direct call. */
    private static final class TestContext implements Context {
        @Override
        public String getAwsRequestId() {
            return "test-request";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/test";
        }

        @Override
        public String getLogStreamName() {
            return "test";
        }

        @Override
        public String getFunctionName() {
            return "ApiFunction";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:123456789012:function:ApiFunction";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 15_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1536;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.out.print(message);
                }

                @Override
                public void log(byte[] message) {
                    System.out.print(new String(message, java.nio.charset.StandardCharsets.UTF_8));
                }
            };
        }
    }
}
