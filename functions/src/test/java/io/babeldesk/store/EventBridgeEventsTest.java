package io.babeldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Language;
import io.babeldesk.aws.AwsClients;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.ArticleEvent;
import io.babeldesk.testing.MotoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The EventBridge adapter on moto_server: an event published on the bus reaches the queue of a
 * rule matching source "babeldesk" (the template's example rule), with the documented detail.
 */
class EventBridgeEventsTest {
    private static final AwsClients AWS = new AwsClients(new Config(Map.of(
            "AWS_ENDPOINT_URL", MotoServer.get().endpoint(), "AWS_REGION", "us-east-1")));
    private static final EventBridgeClient EVENTS = AWS.eventBridge();
    private static final SqsClient SQS = AWS.sqs();

    private String bus;
    private String queueUrl;

    @BeforeEach
    void busRuleAndQueue() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bus = "events-test-" + suffix;
        EVENTS.createEventBus(r -> r.name(bus));
        queueUrl = SQS.createQueue(r -> r.queueName("publishing-test-" + suffix)).queueUrl();
        String queueArn = SQS.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        EVENTS.putRule(r -> r.name("to-publishing").eventBusName(bus)
                .eventPattern("{\"source\":[\"" + ArticleEvent.SOURCE + "\"]}"));
        EVENTS.putTargets(r -> r.rule("to-publishing").eventBusName(bus)
                .targets(t -> t.id("publishing-queue").arn(queueArn)));
    }

    @Test
    void anEventArrivesOnTheRulesQueueWithTheDocumentedDetail() throws Exception {
        EventBridgeEvents events = new EventBridgeEvents(() -> EVENTS, bus);
        ArticleEvent ready = ArticleEvent.ready("kremlin-rejects-pashinyan-claim", "v1", Language.HY,
                "https://api.example/articles/kremlin-rejects-pashinyan-claim/hy");
        events.publish(ready);
        // an event of another source on the same bus does not match the rule
        EVENTS.putEvents(r -> r.entries(e -> e.eventBusName(bus).source("someone-else").detailType("Other")
                .detail("{}")));

        List<Message> messages = receive(1);
        assertEquals(1, messages.size(), messages.toString());
        JsonNode envelope = Json.MAPPER.readTree(messages.get(0).body());
        assertEquals("babeldesk", envelope.path("source").asText());
        assertEquals("Translation Ready", envelope.path("detail-type").asText());
        JsonNode detail = envelope.path("detail");
        assertEquals("kremlin-rejects-pashinyan-claim", detail.path("articleId").asText());
        assertEquals("v1", detail.path("version").asText());
        assertEquals("hy", detail.path("language").asText());
        assertEquals("DONE", detail.path("status").asText());
        assertEquals("https://api.example/articles/kremlin-rejects-pashinyan-claim/hy", detail.path("url").asText());
        assertEquals(ready.at(), detail.path("at").asText());
        assertTrue(detail.path("reason").isMissingNode(), "null fields are left out: " + detail);
        assertTrue(detail.path("requestId").isMissingNode(), "null fields are left out: " + detail);
        assertEquals(Json.MAPPER.readTree(ready.detailJson()), detail);
    }

    @Test
    void aFailedPutEventsIsSwallowed() {
        // a bus that does not exist, then an endpoint nothing listens on: publish returns all the same
        new EventBridgeEvents(() -> EVENTS, "no-such-bus-" + UUID.randomUUID())
                .publish(ArticleEvent.failed("a", "v", Language.AZ, "model refused", "/articles/a/az"));
        EventBridgeClient unreachable = new AwsClients(new Config(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:9",
                "AWS_REGION", "us-east-1"))).eventBridge();
        new EventBridgeEvents(() -> unreachable, bus)
                .publish(ArticleEvent.uploadRefused("a", "EMPTY_FILE", "the file is empty", "/articles/a"));
        new EventBridgeEvents(() -> {
            throw new IllegalStateException("no client");
        }, bus).publish(ArticleEvent.ready("a", "v", Language.EN, "/articles/a/en"));
        assertTrue(receive(0).isEmpty(), "nothing reached the queue");
    }

    @Test
    void anEntryEventBridgeRefusesIsSwallowed() {
        List<software.amazon.awssdk.services.eventbridge.model.PutEventsRequest> sent = new ArrayList<>();
        EventBridgeClient refusing = new EventBridgeClient() {
            @Override
            public software.amazon.awssdk.services.eventbridge.model.PutEventsResponse putEvents(
                    software.amazon.awssdk.services.eventbridge.model.PutEventsRequest request) {
                sent.add(request);
                return software.amazon.awssdk.services.eventbridge.model.PutEventsResponse.builder().failedEntryCount(1)
                        .entries(e -> e.errorCode("InternalFailure").errorMessage("try again")).build();
            }

            @Override
            public String serviceName() {
                return "events";
            }

            @Override
            public void close() {
            }
        };
        ArticleEvent event = ArticleEvent.needsReview("a", "v", Language.RU, "NUMBERS", "/articles/a/ru");
        new EventBridgeEvents(() -> refusing, "the-bus").publish(event);
        assertEquals(1, sent.size());
        var entry = sent.get(0).entries().get(0);
        assertEquals("the-bus", entry.eventBusName());
        assertEquals("babeldesk", entry.source());
        assertEquals("Translation Needs Review", entry.detailType());
        assertEquals(event.detailJson(), entry.detail());
    }

    private List<Message> receive(int expected) {
        List<Message> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + (expected == 0 ? 1500 : 10_000);
        while (System.currentTimeMillis() < deadline) {
            out.addAll(SQS.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages());
            if (expected > 0 && out.size() >= expected) {
                // anything else that matched would be on the queue by now
                out.addAll(SQS.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                        .messages());
                return out;
            }
        }
        return out;
    }
}
