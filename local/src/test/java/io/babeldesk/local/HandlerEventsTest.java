package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.config.Json;
import io.babeldesk.handler.ApiHandler;
import io.babeldesk.handler.IngestHandler;
import io.babeldesk.handler.TranslateHandler;
import io.babeldesk.handler.TranslateStreamHandler;
import io.babeldesk.handler.ApiStreamHandler;
import io.babeldesk.handler.Wiring;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The handlers fed the event JSON in events/: the ingest handler deserialised the way the Lambda
 * runtime does, the translate and API functions through the stream entry points template.yaml names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandlerEventsTest {
    private LocalTestStack stack;
    private Wiring wiring;
    private ArticleStore store;

    @BeforeAll
    void start() {
        // no local workers: these tests invoke the handlers themselves
        stack = new LocalTestStack(new FixtureChatModel(), java.util.Map.of("BABELDESK_LOCAL_WORKERS", "0"));
        stack.runtime.close();
        wiring = new Wiring(stack.config);
        store = wiring.store();
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private String event(String name) throws Exception {
        return Files.readString(Path.of("..", "events", name)).replace("babeldesk-articles", stack.config.bucket());
    }

    @Test
    void urlEncodedKeyIsDecodedOnceAtTheEdge() throws Exception {
        String key = "incoming/2023/Kremlin rejects + claim.txt";
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key(key),
                RequestBody.fromFile(LocalTestStack.SAMPLE));
        S3Event event = LambdaEvents.fromJson(event("s3-put-encoded-key.json"), S3Event.class);
        List<IngestOutcome> outcomes = new IngestHandler(wiring.ingestion()).handleRequest(event,
                new LocalContext("IngestFunction", 60));
        assertEquals(1, outcomes.size());
        assertEquals(IngestOutcome.Kind.ACCEPTED, outcomes.get(0).kind(), outcomes.toString());
        ArticleRecord record = store.find(outcomes.get(0).articleId()).orElseThrow();
        assertEquals(key, record.sourceKey());
    }

    @Test
    void retriedUploadEventQueuesTheWorkAgainWhenTheFirstDeliveryLostIt() throws Exception {
        String key = "incoming/lost-job.txt";
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key(key), RequestBody.fromFile(LocalTestStack.SAMPLE));
        S3Event event = LambdaEvents.fromJson(event("s3-put-incoming.json")
                .replace("incoming/kremlin-rejects-pashinyan-claim.txt", key), S3Event.class);
        IngestHandler handler = new IngestHandler(wiring.ingestion());
        assertEquals(IngestOutcome.Kind.ACCEPTED, handler.handleRequest(event, new LocalContext("IngestFunction", 60)).get(0).kind());
        // the job is lost (as if the function died between the write and the send)
        stack.aws.sqs().purgeQueue(r -> r.queueUrl(stack.aws.workQueueUrl()));
        assertEquals(IngestOutcome.Kind.DUPLICATE, handler.handleRequest(event, new LocalContext("IngestFunction", 60)).get(0).kind());
        var messages = stack.aws.sqs().receiveMessage(r -> r.queueUrl(stack.aws.workQueueUrl()).maxNumberOfMessages(10)).messages();
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).body().contains("SUMMARIZE_SOURCE") && messages.get(0).body().contains("lost-job"),
                messages.get(0).body());
    }

    @Test
    void sqsBatchReportsOnlyTheBadMessageAsFailed() throws Exception {
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/kremlin-rejects-pashinyan-claim.txt"),
                RequestBody.fromFile(LocalTestStack.SAMPLE));
        S3Event upload = LambdaEvents.fromJson(event("s3-put-incoming.json"), S3Event.class);
        IngestOutcome outcome = new IngestHandler(wiring.ingestion()).handleRequest(upload,
                new LocalContext("IngestFunction", 60)).get(0);
        String json = event("sqs-translate-job.json").replace("VERSION", outcome.version());
        // through the entry point template.yaml names: event bytes in, partial batch response out
        JsonNode response = LambdaEvents.invoke(
                new TranslateStreamHandler(new TranslateHandler(wiring.work(new FixtureChatModel()))), json,
                new LocalContext("TranslateFunction", 300));
        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"059f36b4-87a3-44ab-83d2-661975830a7d\"}]}",
                response.toString());
        assertTrue(store.translation(outcome.articleId(), io.babeldesk.article.Language.HY).isPresent());
    }

    @Test
    void editorSummaryRequestIsAcceptedWithJwtGroupAndRefusedWithout() throws Exception {
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/kremlin-rejects-pashinyan-claim.txt"),
                RequestBody.fromFile(LocalTestStack.SAMPLE));
        new IngestHandler(wiring.ingestion()).handleRequest(
                LambdaEvents.fromJson(event("s3-put-incoming.json"), S3Event.class), new LocalContext("IngestFunction", 60));
        ApiStreamHandler api = new ApiStreamHandler(
                new ApiHandler(new ArticleApi(store, wiring.queue(), wiring.glossary(), null), null));
        JsonNode accepted = LambdaEvents.invoke(api, event("api-post-summary.json"), new LocalContext("ApiFunction", 15));
        assertEquals(202, accepted.path("statusCode").asInt(), accepted.toString());
        assertTrue(accepted.path("headers").path("Location").asText()
                .startsWith("/articles/kremlin-rejects-pashinyan-claim/summaries/"), accepted.toString());

        JsonNode refused = LambdaEvents.invoke(api, event("api-post-summary.json")
                .replace("\"cognito:groups\": \"[editors]\"", "\"cognito:groups\": \"[readers]\""),
                new LocalContext("ApiFunction", 15));
        assertEquals(401, refused.path("statusCode").asInt());
        JsonNode problem = Json.MAPPER.readTree(refused.path("body").asText());
        assertEquals("EDITOR_AUTH_REQUIRED", problem.path("code").asText());
        assertEquals("application/problem+json", refused.path("headers").path("Content-Type").asText());
    }

    @Test
    void readerGetsTheSourceLanguageWhileWorkIsPending() throws Exception {
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/kremlin-rejects-pashinyan-claim.txt"),
                RequestBody.fromFile(LocalTestStack.SAMPLE));
        new IngestHandler(wiring.ingestion()).handleRequest(
                LambdaEvents.fromJson(event("s3-put-incoming.json"), S3Event.class), new LocalContext("IngestFunction", 60));
        ApiHandler api = new ApiHandler(new ArticleApi(store, wiring.queue(), wiring.glossary(), null), null);
        APIGatewayV2HTTPEvent get = LambdaEvents.fromJson(event("api-get-article-language.json"), APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse response = api.handleRequest(get, new LocalContext("ApiFunction", 15));
        assertEquals(200, response.getStatusCode());
        JsonNode body = Json.MAPPER.readTree(response.getBody());
        assertEquals("hy", body.path("language").asText());
        assertTrue(List.of("PENDING", "DONE").contains(body.path("status").asText()), body.toString());

        // the entry point template.yaml names answers the same as the runtime's own deserialisation
        JsonNode streamed = LambdaEvents.invoke(new ApiStreamHandler(api), event("api-get-article-language.json"),
                new LocalContext("ApiFunction", 15));
        assertEquals(200, streamed.path("statusCode").asInt());
        assertEquals(response.getHeaders().get("Content-Type"), streamed.path("headers").path("Content-Type").asText());
        assertEquals(body, Json.MAPPER.readTree(streamed.path("body").asText()));
        assertFalse(streamed.path("isBase64Encoded").asBoolean());
    }

    @Test
    void anEditorsTokenAndABase64BodyReachTheApiThroughTheStreamEntryPoint() throws Exception {
        ApiStreamHandler api = new ApiStreamHandler(new ApiHandler(new ArticleApi(store, wiring.queue(),
                wiring.glossary(), null), "local-editor-token"));
        String body = java.util.Base64.getEncoder().encodeToString(
                "{\"kind\":\"poem\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String json = "{\"version\":\"2.0\",\"rawPath\":\"/articles/no-such-article/summaries\",\"rawQueryString\":\"\","
                + "\"headers\":{\"Authorization\":\"Bearer local-editor-token\",\"content-type\":\"application/json\"},"
                + "\"requestContext\":{\"http\":{\"method\":\"POST\"}},\"body\":\"" + body + "\",\"isBase64Encoded\":true}";
        JsonNode answer = LambdaEvents.invoke(api, json, new LocalContext("ApiFunction", 15));
        // past the editor check (else 401) and the body decoded and read as JSON (else 400 INVALID_JSON),
        // the request reaches the article lookup
        assertEquals(404, answer.path("statusCode").asInt(), answer.toString());
        assertEquals("ARTICLE_NOT_FOUND", Json.MAPPER.readTree(answer.path("body").asText()).path("code").asText());
    }
}
