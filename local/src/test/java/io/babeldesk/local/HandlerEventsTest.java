package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.config.Json;
import io.babeldesk.handler.ApiHandler;
import io.babeldesk.handler.IngestHandler;
import io.babeldesk.handler.TranslateHandler;
import io.babeldesk.handler.Wiring;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.store.ArticleRecord;
import io.babeldesk.store.DynamoArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;

/** The handlers fed the event JSON in events/, deserialised the way the Lambda runtime does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandlerEventsTest {
    private LocalTestStack stack;
    private Wiring wiring;
    private DynamoArticleStore store;

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
        SQSEvent event = LambdaEvents.fromJson(json, SQSEvent.class);
        SQSBatchResponse response = new TranslateHandler(wiring.work(new FixtureChatModel()))
                .handleRequest(event, new LocalContext("TranslateFunction", 300));
        assertEquals(List.of("059f36b4-87a3-44ab-83d2-661975830a7d"),
                response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertTrue(store.translation(outcome.articleId(), io.babeldesk.article.Language.HY).isPresent());
    }

    @Test
    void editorSummaryRequestIsAcceptedWithJwtGroupAndRefusedWithout() throws Exception {
        stack.aws.s3().putObject(r -> r.bucket(stack.config.bucket()).key("incoming/kremlin-rejects-pashinyan-claim.txt"),
                RequestBody.fromFile(LocalTestStack.SAMPLE));
        new IngestHandler(wiring.ingestion()).handleRequest(
                LambdaEvents.fromJson(event("s3-put-incoming.json"), S3Event.class), new LocalContext("IngestFunction", 60));
        ApiHandler api = new ApiHandler(new ArticleApi(store, wiring.queue(), wiring.glossary(), null), null);
        APIGatewayV2HTTPEvent post = LambdaEvents.fromJson(event("api-post-summary.json"), APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse accepted = api.handleRequest(post, new LocalContext("ApiFunction", 15));
        assertEquals(202, accepted.getStatusCode(), accepted.getBody());
        assertTrue(accepted.getHeaders().get("Location").startsWith("/articles/kremlin-rejects-pashinyan-claim/summaries/"));

        APIGatewayV2HTTPEvent anonymous = LambdaEvents.fromJson(event("api-post-summary.json")
                .replace("\"cognito:groups\": \"[editors]\"", "\"cognito:groups\": \"[readers]\""),
                APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse refused = api.handleRequest(anonymous, new LocalContext("ApiFunction", 15));
        assertEquals(401, refused.getStatusCode());
        JsonNode problem = Json.MAPPER.readTree(refused.getBody());
        assertEquals("EDITOR_AUTH_REQUIRED", problem.path("code").asText());
        assertEquals("application/problem+json", refused.getHeaders().get("Content-Type"));
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
    }
}
