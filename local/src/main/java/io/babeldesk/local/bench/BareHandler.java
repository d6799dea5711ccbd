package io.babeldesk.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/** The cold-start baseline: a hello-world handler that builds nothing and reads only its event. */
public final class BareHandler implements RequestHandler<S3Event, String> {
    @Override
    public String handleRequest(S3Event event, Context context) {
        return "hello " + (event.getRecords() == null ? 0 : event.getRecords().size());
    }
}
