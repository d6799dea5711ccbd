package io.babeldesk.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import io.babeldesk.handler.ApiHandler;
import io.babeldesk.handler.IngestHandler;
import io.babeldesk.handler.TranslateHandler;
import io.babeldesk.handler.Wiring;
import io.babeldesk.handler.TranslateStreamHandler;
import io.babeldesk.handler.ApiStreamHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Runs the three functions against the local AWS the way Lambda would: upload notifications and
 * work-queue messages become S3 and SQS event JSON for the handlers, HTTP requests become
 * HTTP API (payload 2.0) events for the API handler.
 */
public final class LocalRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);

    private final LocalAws aws;
    private final Config config;
    private final IngestHandler ingest;
    private final TranslateHandler translate;
    private volatile ApiHandler api;
    private final Wiring wiring;
    private final int batchSize;
    private final int workers;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorService pollers;
    private HttpServer server;

    public LocalRuntime(LocalAws aws, Config config, Template template, ChatModel model) {
        this.aws = aws;
        this.config = config;
        this.wiring = aws.wiring(config);
        this.ingest = new IngestHandler(wiring.ingestion());
        this.translate = new TranslateHandler(wiring.work(model));
        this.api = new ApiHandler(wiring.api(), config.get("BABELDESK_EDITOR_TOKEN").orElse(null));
        this.batchSize = template.workQueueEvent().path("BatchSize").asInt(5);
        this.workers = config.getInt("BABELDESK_LOCAL_WORKERS", 4);
        this.pollers = Executors.newFixedThreadPool(workers + 1, r -> {
            Thread t = new Thread(r, "local-lambda");
            t.setDaemon(true);
            return t;
        });
    }

    /** Lets the local API accept a static editor token (the demo's editor). */
    public void acceptEditorToken(String token) {
        this.api = new ApiHandler(wiring.api(), token);
    }

    /** Starts polling the upload and work queues. */
    public LocalRuntime startWorkers() {
        pollers.submit(() -> loop(this::pollUploads));
        for (int i = 0; i < workers; i++) {
            pollers.submit(() -> loop(this::pollWork));
        }
        return this;
    }

    /** Serves the HTTP API on 127.0.0.1:port (0 picks a free port); returns the bound port. */
    public int serveApi(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handleHttp);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server.getAddress().getPort();
    }

    /** Waits until both queues are empty and no handler is running. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int quietChecks = 0;
        while (System.currentTimeMillis() < deadline) {
            if (inFlight.get() == 0 && queueEmpty(aws.uploadsQueueUrl()) && queueEmpty(aws.workQueueUrl())) {
                // quiet for over a second and a half: an upload's notification can reach the queue
                // a moment after the upload returns, and must not be mistaken for no work at all
                if (++quietChecks >= 8) {
                    return true;
                }
            } else {
                quietChecks = 0;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private boolean queueEmpty(String url) {
        Map<QueueAttributeName, String> a = aws.sqs().getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return "0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                && "0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private void loop(Runnable poll) {
        while (running.get()) {
            try {
                poll.run();
            } catch (RuntimeException e) {
                if (running.get()) {
                    LOG.warn("local poller: {}", e.toString());
                    Pause.millis(500);
                }
            }
        }
    }

    private void pollUploads() {
        List<Message> messages = aws.sqs().receiveMessage(r -> r.queueUrl(aws.uploadsQueueUrl())
                .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
        for (Message m : messages) {
            inFlight.incrementAndGet();
            try {
                if (!isTestEvent(m.body())) {
                    S3Event event = LambdaEvents.fromJson(m.body(), S3Event.class);
                    ingest.handleRequest(event, new LocalContext("IngestFunction", 60));
                }
                aws.sqs().deleteMessage(r -> r.queueUrl(aws.uploadsQueueUrl()).receiptHandle(m.receiptHandle()));
            } catch (RuntimeException e) {
                // as with S3's asynchronous invocation: retried, then dead-lettered
                LOG.error("IngestFunction failed; the upload event will be retried", e);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private void pollWork() {
        List<Message> messages = aws.sqs().receiveMessage(r -> r.queueUrl(aws.workQueueUrl())
                .maxNumberOfMessages(batchSize).waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        if (messages.isEmpty()) {
            return;
        }
        inFlight.incrementAndGet();
        try {
            // through the entry point template.yaml names: the event JSON Lambda sends in, its answer out
            String event = LambdaEvents.sqsEventJson(messages, config.region(), config.queueName());
            Set<String> failed = new HashSet<>();
            try {
                LambdaEvents.invoke(new TranslateStreamHandler(translate), event,
                                new LocalContext("TranslateFunction", 300))
                        .path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
            } catch (RuntimeException e) {
                LOG.error("TranslateFunction failed; the whole batch will be retried", e);
                messages.forEach(m -> failed.add(m.messageId()));
            }
            for (Message m : messages) {
                if (!failed.contains(m.messageId())) {
                    aws.sqs().deleteMessage(r -> r.queueUrl(aws.workQueueUrl()).receiptHandle(m.receiptHandle()));
                } else {
                    // visible again soon, as a failed batch item would be after its visibility timeout
                    aws.sqs().changeMessageVisibility(r -> r.queueUrl(aws.workQueueUrl())
                            .receiptHandle(m.receiptHandle()).visibilityTimeout(2));
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static boolean isTestEvent(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return "s3:TestEvent".equals(node.path("Event").asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private void handleHttp(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readNBytes(1024 * 1024);
            JsonNode response = LambdaEvents.invoke(new ApiStreamHandler(api), httpEventJson(exchange, requestBody),
                    new LocalContext("ApiFunction", 15));
            response.path("headers").fields()
                    .forEachRemaining(h -> exchange.getResponseHeaders().set(h.getKey(), h.getValue().asText()));
            String text = response.path("body").asText("");
            byte[] body = response.path("isBase64Encoded").asBoolean(false)
                    ? java.util.Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
            int status = response.path("statusCode").asInt();
            boolean noBody = status == 304 || status == 204 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("local API failed", e);
            throw e;
        }
    }

    private String httpEventJson(HttpExchange exchange, byte[] body) {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT),
                String.join(",", v)));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        event.put("headers", headers);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.merge(k, v, (a, b) -> a + "," + b);
            }
            event.put("queryStringParameters", query);
        }
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", exchange.getRequestMethod());
        http.put("path", rawPath);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", "127.0.0.1");
        context.put("http", http);
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("time", Instant.now().toString());
        context.put("timeEpoch", System.currentTimeMillis());
        event.put("requestContext", context);
        if (body.length > 0) {
            event.put("body", new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", false);
        return write(event);
    }

    private static String write(Object o) {
        return Json.write(o);
    }


    @Override
    public void close() {
        running.set(false);
        if (server != null) {
            server.stop(0);
        }
        pollers.shutdownNow();
    }
}
