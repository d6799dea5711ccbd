package io.babeldesk.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * ApiFunction's entry point (template.yaml): the HTTP API event read by {@link EventJson}, not by
 * the runtime's serialiser, then {@link ApiHandler}; the response written back as payload 2.0.
 */
public final class ApiStreamHandler implements RequestStreamHandler {
    private final ApiHandler handler;

    public ApiStreamHandler() {
        this(new ApiHandler());
    }

    public ApiStreamHandler(ApiHandler handler) {
        this.handler = handler;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        EventJson.write(handler.handleRequest(EventJson.httpEvent(input), context), output);
    }
}
