package io.babeldesk.local.chaos;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.aws.AwsClients;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import io.babeldesk.handler.IngestHandler;
import io.babeldesk.handler.TranslateHandler;
import io.babeldesk.handler.Wiring;
import io.babeldesk.llm.ModelFactory;
import io.babeldesk.local.LambdaEvents;
import io.babeldesk.local.LocalAws;
import io.babeldesk.local.LocalContext;
import io.babeldesk.local.Pause;
import io.babeldesk.local.Template;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.FailedMessages;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.pipeline.Work;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The stack the chaos cases run on: local AWS provisioned from template.yaml, the fault model
 * server, and the real handlers, driven step by step from the queues (instead of by background
 * pollers) so that a case can deliver a message twice, concurrently, late, or to an invocation
 * that is about to die.
 */
final class ChaosStack implements AutoCloseable {
    /** The model client's timeout in the chaos stack; TIMEOUT and STALL faults outlast it. */
    static final int MODEL_TIMEOUT_SECONDS = 2;
    static final int MAX_ATTEMPTS = 3;

    final LocalAws aws;
    final Config config;
    final FaultModelServer model;
    final S3Client s3;
    final SqsClient sqs;
    final DynamoDbClient dynamo;
    final ArticleStore store;
    final FailedMessages failures;
    private final Wiring wiring;
    final IngestHandler ingest;
    final TranslateHandler translate;
    final int batchSize;
    private final ChatModel chatModel;
    /** Every ingestion outcome, by object key, in delivery order. */
    final Map<String, List<IngestOutcome>> outcomes = new ConcurrentHashMap<>();
    /** Ingestion invocations that threw, by object key. */
    final Map<String, List<String>> ingestErrors = new ConcurrentHashMap<>();
    /** Message ids the translate handler reported as failed, in order. */
    final List<String> workFailures = new CopyOnWriteArrayList<>();

    ChaosStack(Map<String, String> environment) throws IOException {
        this.model = new FaultModelServer(MODEL_TIMEOUT_SECONDS * 1000L);
        Map<String, String> env = model.stackEnvironment(environment, "babeldesk-chaos", "chaos-simulated");
        env.put("BABELDESK_LLM_MAX_ATTEMPTS", Integer.toString(MAX_ATTEMPTS));
        env.put("BABELDESK_LLM_RETRY_BASE_MILLIS", "50");
        env.put("BABELDESK_LLM_RETRY_MAX_DELAY_SECONDS", "1");
        env.put("BABELDESK_LLM_TIMEOUT_SECONDS", Integer.toString(MODEL_TIMEOUT_SECONDS));
        env.put("BABELDESK_GLOSSARY_CACHE_SECONDS", "0");
        // the fault server answers translations and summaries only; the cases count those calls
        env.put("BABELDESK_REVIEW_MODE", "off");
        Template template = Template.find();
        this.aws = LocalAws.start(new Config(env));
        this.config = aws.provision(template);
        this.s3 = aws.s3();
        this.sqs = aws.sqs();
        this.dynamo = aws.dynamo();
        this.wiring = aws.wiring(config);
        this.store = wiring.store();
        this.failures = wiring.failedMessages();
        this.chatModel = ModelFactory.create(config);
        this.ingest = new IngestHandler(wiring.ingestion());
        this.translate = new TranslateHandler(work(dynamo));
        this.batchSize = template.workQueueEvent().path("BatchSize").asInt(5);
    }

    /** The translate function's work on the given DynamoDB client (a failing one simulates a dying invocation). */
    Work work(DynamoDbClient db) {
        return wiring.withDynamo(db).work(chatModel);
    }

    void upload(String key, byte[] bytes) {
        s3.putObject(r -> r.bucket(config.bucket()).key(key), RequestBody.fromBytes(bytes));
    }

    byte[] object(String key) {
        return s3.getObjectAsBytes(r -> r.bucket(config.bucket()).key(key)).asByteArray();
    }

    /** Delivers every waiting upload notification to IngestFunction; returns the raw notification bodies. */
    List<String> pumpUploads() {
        List<String> bodies = new ArrayList<>();
        while (true) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(aws.uploadsQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (messages.isEmpty()) {
                return bodies;
            }
            for (Message m : messages) {
                if (!m.body().contains("\"s3:TestEvent\"")) {
                    bodies.add(m.body());
                    if (!deliverUpload(m.body())) {
                        // left for S3's retry, as an asynchronous invocation that threw
                        sqs.changeMessageVisibility(r -> r.queueUrl(aws.uploadsQueueUrl())
                                .receiptHandle(m.receiptHandle()).visibilityTimeout(1));
                        continue;
                    }
                }
                sqs.deleteMessage(r -> r.queueUrl(aws.uploadsQueueUrl()).receiptHandle(m.receiptHandle()));
            }
        }
    }

    /** One IngestFunction invocation with this S3 notification; false when it threw. */
    boolean deliverUpload(String notification) {
        S3Event event = LambdaEvents.fromJson(notification, S3Event.class);
        String key = event.getRecords().isEmpty() ? "?" : event.getRecords().get(0).getS3().getObject().getUrlDecodedKey();
        try {
            for (IngestOutcome o : ingest.handleRequest(event, new LocalContext("IngestFunction", 60))) {
                outcomes.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(o);
            }
            return true;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            ingestErrors.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(e.toString());
            return false;
        }
    }

    /** Receives up to a batch from the work queue (without handling it). */
    List<Message> receiveWork(int max) {
        return sqs.receiveMessage(r -> r.queueUrl(aws.workQueueUrl()).maxNumberOfMessages(max).waitTimeSeconds(0)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    /** One TranslateFunction invocation with these messages; deletes what succeeded, returns failed ids. */
    Set<String> invoke(TranslateHandler handler, List<Message> messages, com.amazonaws.services.lambda.runtime.Context context) {
        SQSEvent event = LambdaEvents.fromJson(LambdaEvents.sqsEventJson(messages, config.region(), config.queueName()), SQSEvent.class);
        Set<String> failed = new HashSet<>();
        try {
            SQSBatchResponse response = handler.handleRequest(event, context);
            response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        } catch (RuntimeException e) {
            messages.forEach(m -> failed.add(m.messageId()));
        }
        for (Message m : messages) {
            if (failed.contains(m.messageId())) {
                workFailures.add(m.messageId());
                // back soon, as a failed batch item is after its visibility timeout
                sqs.changeMessageVisibility(r -> r.queueUrl(aws.workQueueUrl()).receiptHandle(m.receiptHandle())
                        .visibilityTimeout(1));
            } else {
                sqs.deleteMessage(r -> r.queueUrl(aws.workQueueUrl()).receiptHandle(m.receiptHandle()));
            }
        }
        return failed;
    }

    /** Runs uploads and work until both queues are empty; false if that takes longer than the limit. */
    boolean drain(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int quiet = 0;
        while (System.currentTimeMillis() < deadline) {
            pumpUploads();
            List<Message> batch = receiveWork(batchSize);
            if (!batch.isEmpty()) {
                invoke(translate, batch, new LocalContext("TranslateFunction", 300));
                quiet = 0;
                continue;
            }
            if (empty(aws.uploadsQueueUrl()) && empty(aws.workQueueUrl())) {
                if (++quiet >= 2) {
                    return true;
                }
            } else {
                quiet = 0;
            }
            Pause.millis(200);
        }
        return false;
    }

    boolean drain() {
        return drain(120_000);
    }

    boolean empty(String url) {
        return count(url) == 0;
    }

    int count(String url) {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    void sendWork(String body) {
        sqs.sendMessage(r -> r.queueUrl(aws.workQueueUrl()).messageBody(body));
    }

    @Override
    public void close() {
        model.close();
        aws.close();
    }
}
