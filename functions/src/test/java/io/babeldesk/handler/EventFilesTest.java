package io.babeldesk.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.testing.LambdaRuntime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event under {@code events/} read both by the project's reader ({@link EventJson}, what
 * the stream entry points use) and by the Lambda runtime's serialiser, compared on the fields
 * the handlers use. Upload events have no reader of the project's (IngestFunction takes the
 * runtime's S3Event): the runtime's result is compared with the JSON itself.
 */
class EventFilesTest {
    static final Path EVENTS = Path.of("..", "events");
    /** Not events: the fixture model's canned answers. */
    static final Path FIXTURE_ANSWERS = EVENTS.resolve("fixture-model");

    static Stream<String> eventFiles() throws IOException {
        try (Stream<Path> files = Files.walk(EVENTS)) {
            List<String> names = files
                    .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.startsWith(FIXTURE_ANSWERS))
                    .map(p -> EVENTS.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertFalse(names.isEmpty(), "no event files under " + EVENTS.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void projectReaderAndLambdaRuntimeReadTheSameEvent(String file) throws IOException {
        String json = Files.readString(EVENTS.resolve(file));
        JsonNode root = Json.MAPPER.readTree(json);
        String source = root.path("Records").path(0).path("eventSource").asText();
        if ("aws:sqs".equals(source)) {
            compareSqs(EventJson.sqsEvent(stream(json)), LambdaRuntime.event(json, SQSEvent.class));
        } else if ("aws:s3".equals(source)) {
            compareS3(root, LambdaRuntime.event(json, S3Event.class));
        } else if ("2.0".equals(root.path("version").asText()) && root.path("requestContext").has("http")) {
            compareHttp(EventJson.httpEvent(stream(json)), LambdaRuntime.event(json, APIGatewayV2HTTPEvent.class));
        } else {
            fail(file + " is not an SQS, S3 or HTTP API (payload 2.0) event; teach this test its kind"
                    + " or keep it outside events/");
        }
    }

    private static void compareSqs(SQSEvent ours, SQSEvent runtime) {
        assertEquals(runtime.getRecords().size(), ours.getRecords().size(), "records");
        for (int i = 0; i < runtime.getRecords().size(); i++) {
            SQSEvent.SQSMessage o = ours.getRecords().get(i);
            SQSEvent.SQSMessage r = runtime.getRecords().get(i);
            String at = "record " + i + ": ";
            assertNotNull(r.getMessageId(), at + "messageId");
            assertEquals(r.getMessageId(), o.getMessageId(), at + "messageId");
            assertEquals(r.getReceiptHandle(), o.getReceiptHandle(), at + "receiptHandle");
            assertEquals(r.getBody(), o.getBody(), at + "body");
            assertEquals(r.getMd5OfBody(), o.getMd5OfBody(), at + "md5OfBody");
            assertEquals(r.getAttributes(), o.getAttributes(), at + "attributes");
            assertEquals(r.getAttributes().get("ApproximateReceiveCount"), o.getAttributes().get("ApproximateReceiveCount"),
                    at + "ApproximateReceiveCount");
            assertEquals(r.getEventSource(), o.getEventSource(), at + "eventSource");
            assertEquals(r.getEventSourceArn(), o.getEventSourceArn(), at + "eventSourceARN");
            assertEquals(r.getAwsRegion(), o.getAwsRegion(), at + "awsRegion");
        }
    }

    private static void compareHttp(APIGatewayV2HTTPEvent ours, APIGatewayV2HTTPEvent runtime) {
        assertNotNull(runtime.getRawPath(), "rawPath");
        assertEquals(runtime.getRawPath(), ours.getRawPath(), "rawPath");
        assertEquals(runtime.getRawQueryString(), ours.getRawQueryString(), "rawQueryString");
        assertEquals(runtime.getHeaders(), ours.getHeaders(), "headers");
        assertEquals(runtime.getQueryStringParameters(), ours.getQueryStringParameters(), "queryStringParameters");
        assertEquals(runtime.getPathParameters(), ours.getPathParameters(), "pathParameters");
        assertEquals(runtime.getBody(), ours.getBody(), "body");
        assertEquals(runtime.getIsBase64Encoded(), ours.getIsBase64Encoded(), "isBase64Encoded");
        assertEquals(runtime.getRequestContext().getHttp().getMethod(), ours.getRequestContext().getHttp().getMethod(),
                "requestContext.http.method");
        var runtimeAuthorizer = runtime.getRequestContext().getAuthorizer();
        var ourAuthorizer = ours.getRequestContext().getAuthorizer();
        var runtimeClaims = runtimeAuthorizer == null || runtimeAuthorizer.getJwt() == null
                ? null : runtimeAuthorizer.getJwt().getClaims();
        var ourClaims = ourAuthorizer == null || ourAuthorizer.getJwt() == null ? null : ourAuthorizer.getJwt().getClaims();
        assertEquals(runtimeClaims, ourClaims, "requestContext.authorizer.jwt.claims");
    }

    private static void compareS3(JsonNode root, S3Event runtime) {
        assertEquals(root.path("Records").size(), runtime.getRecords().size(), "records");
        for (int i = 0; i < runtime.getRecords().size(); i++) {
            S3EventNotification.S3EventNotificationRecord r = runtime.getRecords().get(i);
            JsonNode raw = root.path("Records").path(i);
            String at = "record " + i + ": ";
            assertEquals(raw.path("eventName").asText(), r.getEventName(), at + "eventName");
            assertEquals(raw.path("s3").path("bucket").path("name").asText(), r.getS3().getBucket().getName(),
                    at + "bucket");
            String key = raw.path("s3").path("object").path("key").asText();
            assertEquals(key, r.getS3().getObject().getKey(), at + "key");
            // keys arrive form-encoded (space as +, + as %2B)
            assertEquals(URLDecoder.decode(key, StandardCharsets.UTF_8), r.getS3().getObject().getUrlDecodedKey(),
                    at + "decoded key");
            assertEquals(Instant.parse(raw.path("eventTime").asText()).toEpochMilli(), r.getEventTime().getMillis(),
                    at + "eventTime");
        }
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
