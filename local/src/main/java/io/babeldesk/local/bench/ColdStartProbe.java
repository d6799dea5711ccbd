package io.babeldesk.local.bench;

import io.babeldesk.local.LocalContext;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.handler.ApiStreamHandler;
import io.babeldesk.handler.IngestHandler;
import io.babeldesk.handler.TranslateStreamHandler;
import io.babeldesk.local.LambdaEvents;
import io.babeldesk.pipeline.IngestOutcome;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Runs in a fresh JVM started by the cold-start bench: builds the handler class template.yaml
 * names for one function the way Lambda does (no-argument constructor, configuration from the
 * environment), invokes it once with an event read from a file, and prints when each step
 * finished, in epoch milliseconds:
 * {@code probe jvm=<JVM start> ready=<handler built> done=<first event processed> ok=<expected result>}.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        String function = args[0];
        String event = Files.readString(Path.of(args[1]));
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Invocation invocation = switch (function) {
            case "bare" -> typed(new BareHandler(), S3Event.class, 60, r -> r.startsWith("hello"));
            case "ingest" -> typed(new IngestHandler(), S3Event.class, 60,
                    r -> !r.isEmpty() && r.stream().allMatch(o -> o.kind() == IngestOutcome.Kind.ACCEPTED));
            // the entry points template.yaml names; the template's timeout: with less time left the
            // handler hands the job back unstarted
            case "translate" -> streamed(new TranslateStreamHandler(), 300,
                    r -> r.path("batchItemFailures").isArray() && r.path("batchItemFailures").isEmpty());
            case "api" -> streamed(new ApiStreamHandler(), 15, r -> r.path("statusCode").asInt(500) < 500);
            default -> throw new IllegalArgumentException("unknown function " + function);
        };
        long ready = System.currentTimeMillis();
        boolean ok = invocation.invoke(event);
        long done = System.currentTimeMillis();
        System.out.println("probe jvm=" + jvmStart + " ready=" + ready + " done=" + done + " ok=" + ok);
        System.out.flush();
        // the handlers' SDK clients keep non-daemon threads; a Lambda sandbox is frozen, not exited
        System.exit(0);
    }

    /** A handler bound to its event type: event JSON in, whether the result is the expected one out. */
    private interface Invocation {
        boolean invoke(String json);
    }

    private static Invocation streamed(RequestStreamHandler handler, int timeoutSeconds, Predicate<JsonNode> expected) {
        return json -> expected.test(LambdaEvents.invoke(handler, json,
                new LocalContext(handler.getClass().getSimpleName(), timeoutSeconds)));
    }

    private static <I, O> Invocation typed(RequestHandler<I, O> handler, Class<I> type, int timeoutSeconds,
                                           Predicate<O> expected) {
        return json -> expected.test(handler.handleRequest(LambdaEvents.fromJson(json, type),
                new LocalContext(handler.getClass().getSimpleName(), timeoutSeconds)));
    }
}
