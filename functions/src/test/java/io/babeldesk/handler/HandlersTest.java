package io.babeldesk.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.pipeline.Job;
import io.babeldesk.testing.InMemoryStack;
import io.babeldesk.testing.LambdaRuntime;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three handlers fed the event JSON in events/, over the in-memory adapters: the ingest
 * handler deserialised the way the Lambda runtime does, the translate and API functions through
 * the stream entry points template.yaml names.
 */
class HandlersTest {
    private final InMemoryStack stack = new InMemoryStack();

    private static String event(String name) {
        return new String(InMemoryStack.event(name), StandardCharsets.UTF_8);
    }

    private List<IngestOutcome> ingest(String eventJson) {
        return new IngestHandler(stack.ingestion).handleRequest(LambdaRuntime.event(eventJson, S3Event.class),
                LambdaRuntime.context("IngestFunction", 60_000));
    }

    private ApiHandler apiHandler(String editorToken) {
        return new ApiHandler(stack.api(null), editorToken);
    }

    @Test
    void anUrlEncodedKeyIsDecodedOnceAtTheEdge() {
        String key = "incoming/2023/Kremlin rejects + claim.txt";
        stack.uploads.put(InMemoryStack.BUCKET, key, InMemoryStack.sampleArticle());
        List<IngestOutcome> outcomes = ingest(event("s3-put-encoded-key.json"));
        assertEquals(1, outcomes.size());
        assertEquals(IngestOutcome.Kind.ACCEPTED, outcomes.get(0).kind(), outcomes.toString());
        assertEquals(key, stack.store.find(outcomes.get(0).articleId()).orElseThrow().sourceKey());
    }

    @Test
    void aRetriedUploadEventQueuesTheWorkAgainWhenTheFirstDeliveryLostIt() {
        stack.uploads.put(InMemoryStack.BUCKET, InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle());
        String upload = event("s3-put-incoming.json");
        assertEquals(IngestOutcome.Kind.ACCEPTED, ingest(upload).get(0).kind());
        stack.queue.drain(); // lost, as if the function died between the write and the send
        IngestOutcome retry = ingest(upload).get(0);
        assertEquals(IngestOutcome.Kind.DUPLICATE, retry.kind());
        assertEquals(List.of(Job.summarizeSource(InMemoryStack.SAMPLE_ID, retry.version(), Language.EN)),
                stack.queue.drain());
    }

    @Test
    void anSqsBatchReportsOnlyTheBadMessageAsFailedAndRecordsWhy() throws Exception {
        stack.uploads.put(InMemoryStack.BUCKET, InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle());
        IngestOutcome outcome = ingest(event("s3-put-incoming.json")).get(0);
        String json = event("sqs-translate-job.json").replace("VERSION", outcome.version());
        JsonNode response = LambdaRuntime.invoke(new TranslateStreamHandler(new TranslateHandler(stack.work)), json,
                "TranslateFunction");
        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"059f36b4-87a3-44ab-83d2-661975830a7d\"}]}",
                response.toString());
        assertTrue(stack.store.translation(outcome.articleId(), Language.HY).isPresent());
        assertTrue(stack.failures.reason("059f36b4-87a3-44ab-83d2-661975830a7d").orElseThrow()
                .startsWith("POISON_MESSAGE"));
    }

    @Test
    void messagesLeftWhenTheInvocationRunsOutOfTimeComeBackUnstarted() {
        String json = event("sqs-translate-job.json");
        var handler = new TranslateHandler(stack.work, 90_000);
        var response = handler.handleRequest(LambdaRuntime.event(json,
                com.amazonaws.services.lambda.runtime.events.SQSEvent.class),
                LambdaRuntime.context("TranslateFunction", 10_000));
        assertEquals(2, response.getBatchItemFailures().size());
        assertTrue(stack.failures.reason("059f36b4-87a3-44ab-83d2-661975830a7d").isEmpty(),
                "an unstarted message is not a failure");
    }

    @Test
    void anEditorSummaryRequestIsAcceptedWithTheJwtGroupAndRefusedWithout() throws Exception {
        stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), java.time.Instant.now());
        ApiStreamHandler api = new ApiStreamHandler(apiHandler(null));
        JsonNode accepted = LambdaRuntime.invoke(api, event("api-post-summary.json"), "ApiFunction");
        assertEquals(202, accepted.path("statusCode").asInt(), accepted.toString());
        assertTrue(accepted.path("headers").path("Location").asText()
                .startsWith("/articles/kremlin-rejects-pashinyan-claim/summaries/"), accepted.toString());

        JsonNode refused = LambdaRuntime.invoke(api, event("api-post-summary.json")
                .replace("\"cognito:groups\": \"[editors]\"", "\"cognito:groups\": \"[readers]\""), "ApiFunction");
        // signed in, but not an editor: forbidden, not unauthenticated
        assertEquals(403, refused.path("statusCode").asInt());
        JsonNode problem = Json.MAPPER.readTree(refused.path("body").asText());
        assertEquals("EDITORS_ONLY", problem.path("code").asText());
        assertEquals("application/problem+json", refused.path("headers").path("Content-Type").asText());
    }

    @Test
    void anApprovalIsRecordedUnderTheIdentityTheJwtNames() throws Exception {
        stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), java.time.Instant.now());
        stack.drain();
        ApiStreamHandler api = new ApiStreamHandler(apiHandler(null));
        JsonNode approved = LambdaRuntime.invoke(api, event("api-approve-language.json"), "ApiFunction");
        assertEquals(200, approved.path("statusCode").asInt(), approved.toString());
        assertEquals("APPROVED", Json.MAPPER.readTree(approved.path("body").asText()).path("status").asText());
        var history = stack.store.revisions(InMemoryStack.SAMPLE_ID, io.babeldesk.article.Language.HY);
        assertEquals("ana.petrosyan@example.com", history.get(0).editor());
        assertEquals("read against the source", history.get(0).comment());
        assertEquals("approve", history.get(0).action());
    }

    @Test
    void aReaderGetsTheSourceLanguageWhileWorkIsPendingAndBothEntryPointsAgree() throws Exception {
        stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), java.time.Instant.now());
        ApiHandler api = apiHandler(null);
        APIGatewayV2HTTPEvent get = LambdaRuntime.event(event("api-get-article-language.json"),
                APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse response = api.handleRequest(get, LambdaRuntime.context("ApiFunction", 15_000));
        assertEquals(200, response.getStatusCode());
        JsonNode body = Json.MAPPER.readTree(response.getBody());
        assertEquals("hy", body.path("language").asText());
        assertEquals("PENDING", body.path("status").asText());

        JsonNode streamed = LambdaRuntime.invoke(new ApiStreamHandler(api), event("api-get-article-language.json"),
                "ApiFunction");
        assertEquals(200, streamed.path("statusCode").asInt());
        assertEquals(response.getHeaders().get("Content-Type"), streamed.path("headers").path("Content-Type").asText());
        assertEquals(body, Json.MAPPER.readTree(streamed.path("body").asText()));
        assertFalse(streamed.path("isBase64Encoded").asBoolean());
    }

    @Test
    void anEditorsTokenAndABase64BodyReachTheApiThroughTheStreamEntryPoint() throws Exception {
        ApiStreamHandler api = new ApiStreamHandler(apiHandler("local-editor-token"));
        String body = Base64.getEncoder().encodeToString("{\"kind\":\"poem\"}".getBytes(StandardCharsets.UTF_8));
        String json = "{\"version\":\"2.0\",\"rawPath\":\"/articles/no-such-article/summaries\",\"rawQueryString\":\"\","
                + "\"headers\":{\"Authorization\":\"Bearer local-editor-token\",\"content-type\":\"application/json\"},"
                + "\"requestContext\":{\"http\":{\"method\":\"POST\"}},\"body\":\"" + body + "\",\"isBase64Encoded\":true}";
        JsonNode answer = LambdaRuntime.invoke(api, json, "ApiFunction");
        // past the editor check (else 401) and the body decoded and read as JSON (else 400 INVALID_JSON),
        // the request reaches the article lookup
        assertEquals(404, answer.path("statusCode").asInt(), answer.toString());
        assertEquals("ARTICLE_NOT_FOUND", Json.MAPPER.readTree(answer.path("body").asText()).path("code").asText());
    }
}
