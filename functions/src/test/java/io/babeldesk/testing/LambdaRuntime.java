package io.babeldesk.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** TEST FIXTURE: what the Lambda Java runtime does around a handler, for handler tests. */
public final class LambdaRuntime {
    private LambdaRuntime() {
    }

    /** Event JSON as the runtime's own serialiser turns it into the handler's event type. */
    public static <T> T event(String json, Class<T> type) {
        return LambdaEventSerializers.serializerFor(type, LambdaRuntime.class.getClassLoader()).fromJson(json);
    }

    /** A stream entry point invoked as Lambda does: event bytes in, its answer read back as JSON. */
    public static JsonNode invoke(RequestStreamHandler handler, String eventJson, String function) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out,
                context(function, 900_000));
        return Json.MAPPER.readTree(out.toByteArray());
    }

    /** A context with a fixed time left, as an invocation of {@code function} would see it. */
    public static Context context(String function, int remainingMillis) {
        String requestId = UUID.randomUUID().toString();
        return new Context() {
            public String getAwsRequestId() { return requestId; }
            public String getLogGroupName() { return "/aws/lambda/" + function; }
            public String getLogStreamName() { return "test"; }
            public String getFunctionName() { return function; }
            public String getFunctionVersion() { return "$LATEST"; }
            public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:" + function; }
            public CognitoIdentity getIdentity() { return null; }
            public ClientContext getClientContext() { return null; }
            public int getRemainingTimeInMillis() { return remainingMillis; }
            public int getMemoryLimitInMB() { return 1536; }
            public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    public void log(String message) { System.err.println(message); }
                    public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
                };
            }
        };
    }
}
