package io.babeldesk.local.chaos;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.IntSupplier;

/** The Lambda context of a chaos invocation: the remaining time is whatever the case says it is. */
final class ChaosContext implements Context {
    private final String functionName;
    private final IntSupplier remaining;
    private final String requestId = UUID.randomUUID().toString();

    ChaosContext(String functionName, IntSupplier remainingMillis) {
        this.functionName = functionName;
        this.remaining = remainingMillis;
    }

    /** A context with a real deadline {@code seconds} from now, as Lambda gives. */
    static ChaosContext withTimeout(String functionName, int seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        return new ChaosContext(functionName, () -> (int) Math.max(0, deadline - System.currentTimeMillis()));
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
        return "chaos";
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
        return remaining.getAsInt();
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
