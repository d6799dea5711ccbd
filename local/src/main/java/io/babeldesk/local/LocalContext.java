package io.babeldesk.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * The Lambda context of a local invocation: a request id and the remaining time, by default a
 * deadline like the function's timeout (fault cases may say otherwise).
 */
public final class LocalContext implements Context {
    private final String functionName;
    private final IntSupplier remainingMillis;
    private final String requestId = UUID.randomUUID().toString();

    /** A context whose deadline is {@code timeoutSeconds} from now, as Lambda gives. */
    public LocalContext(String functionName, int timeoutSeconds) {
        this(functionName, deadline(timeoutSeconds));
    }

    /** A context whose remaining time is whatever {@code remainingMillis} says, call by call. */
    public LocalContext(String functionName, IntSupplier remainingMillis) {
        this.functionName = functionName;
        this.remainingMillis = remainingMillis;
    }

    private static IntSupplier deadline(int timeoutSeconds) {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        return () -> (int) Math.max(0, deadline - System.currentTimeMillis());
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
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
        return remainingMillis.getAsInt();
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
                System.err.println(message);
            }

            @Override
            public void log(byte[] message) {
                System.err.println(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
