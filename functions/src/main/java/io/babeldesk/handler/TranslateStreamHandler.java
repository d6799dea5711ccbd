package io.babeldesk.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * TranslateFunction's entry point (template.yaml): the SQS event read by {@link EventJson}, not
 * by the runtime's serialiser, then {@link TranslateHandler}; partial batch failures written back.
 */
public final class TranslateStreamHandler implements RequestStreamHandler {
    private final TranslateHandler handler;

    public TranslateStreamHandler() {
        this(new TranslateHandler());
    }

    public TranslateStreamHandler(TranslateHandler handler) {
        this.handler = handler;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        EventJson.write(handler.handleRequest(EventJson.sqsEvent(input), context), output);
    }
}
