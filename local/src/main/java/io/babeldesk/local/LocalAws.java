package io.babeldesk.local;

import io.babeldesk.handler.Wiring;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Config;
import io.babeldesk.aws.AwsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.NotificationConfiguration;
import software.amazon.awssdk.services.s3.model.NotificationConfigurationFilter;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3KeyFilter;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local AWS: moto_server (started here unless AWS_ENDPOINT_URL names one, e.g. LocalStack)
 * with the bucket, table and queues that template.yaml describes. S3 upload notifications go
 * to a queue, from which the local runtime invokes IngestFunction the way S3 would.
 */
public final class LocalAws implements AutoCloseable {
    /** Where S3 notifications wait for the local runtime (on AWS, S3 invokes the function itself). */
    public static final String UPLOADS_QUEUE = "babeldesk-uploads";
    /**
     * The local event bus when BABELDESK_EVENT_BUS names none and the work queue has its default
     * name (on AWS: the stack's bus).
     */
    public static final String DEFAULT_EVENT_BUS = "babeldesk-events";

    private final Config config;
    private final List<Process> moto;
    private final AwsClients clients;
    private final S3Client s3;
    private final DynamoDbClient dynamo;
    private final SqsClient sqs;
    private final EventBridgeClient events;
    private String workQueueUrl;
    private String eventBus;
    private String publishingQueueUrl;
    private String workDeadLetterUrl;
    private String uploadsQueueUrl;
    private String uploadsDeadLetterUrl;

    private LocalAws(Config config, List<Process> moto) {
        this.config = config;
        this.moto = moto;
        this.clients = new AwsClients(config);
        this.s3 = clients.s3();
        this.dynamo = clients.dynamo();
        this.sqs = clients.sqs();
        this.events = clients.eventBridge();
    }

    /**
     * Uses AWS_ENDPOINT_URL when set; otherwise starts moto_server on free loopback ports: one for
     * S3 and SQS (S3 notifications reach SQS inside it) and one for DynamoDB, which serves most of
     * the requests (one emulator process handles one request at a time).
     */
    public static LocalAws start(Config base) {
        if (base.awsEndpoint().isPresent()) {
            return new LocalAws(base, List.of());
        }
        List<Process> started = new ArrayList<>();
        try {
            String endpoint = startMoto(base, started);
            String dynamoEndpoint = startMoto(base, started);
            return new LocalAws(base.with("AWS_ENDPOINT_URL", endpoint)
                    .with("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint), started);
        } catch (RuntimeException e) {
            started.forEach(Process::destroy);
            throw e;
        }
    }

    private static String startMoto(Config base, List<Process> started) {
        int port = freePort();
        String endpoint = "http://127.0.0.1:" + port;
        try {
            Path log = Files.createTempFile("babeldesk-moto-", ".log");
            String command = base.get("MOTO_SERVER", "moto_server");
            Process p = new ProcessBuilder(command, "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            started.add(p);
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            waitUntilUp(p, endpoint, log);
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start moto_server (pip install \"moto[server]\"), or set"
                    + " AWS_ENDPOINT_URL to a running emulator", e);
        }
    }

    /** Creates what template.yaml describes (idempotent) and returns the configuration to run with. */
    public Config provision(Template template) {
        createTable(template.table());
        createBucket();
        JsonNode workEvent = template.workQueueEvent();
        String workId = Template.logicalIdOfArn(workEvent.path("Queue"));
        JsonNode workProps = template.properties(workId);
        String dlqId = Template.logicalIdOfArn(workProps.path("RedrivePolicy").path("deadLetterTargetArn"));
        workDeadLetterUrl = createQueue(config.queueName() + "-dlq",
                template.properties(dlqId).path("MessageRetentionPeriod").asInt(1209600), null, 0);
        // a local worker finishes a job in seconds; the template's long visibility timeout would
        // make a retried job wait half an hour, so the local queue keeps the redrive policy only
        workQueueUrl = createQueue(config.queueName(), workProps.path("MessageRetentionPeriod").asInt(345600),
                workDeadLetterUrl, workProps.path("RedrivePolicy").path("maxReceiveCount").asInt(5));
        uploadsDeadLetterUrl = createQueue(UPLOADS_QUEUE + "-dlq", 1209600, null, 0);
        uploadsQueueUrl = createQueue(UPLOADS_QUEUE, 345600, uploadsDeadLetterUrl, 3);
        notifyUploads(template.uploadPrefix());
        createEvents(template);
        return runtimeConfig();
    }

    public Config runtimeConfig() {
        Config runtime = config.with("BABELDESK_QUEUE_URL", workQueueUrl);
        return eventBus == null ? runtime : runtime.with("BABELDESK_EVENT_BUS", eventBus);
    }

    /** The S3 and SQS endpoint (and every other service's, unless one has its own). */
    public String endpoint() {
        return config.awsEndpoint().orElseThrow();
    }

    /** The DynamoDB endpoint. */
    public String dynamoEndpoint() {
        return config.awsEndpoint("DYNAMODB").orElseThrow();
    }

    public boolean startedMoto() {
        return !moto.isEmpty();
    }

    /** The shipped object graph over these clients and the given configuration (a provisioned one). */
    public Wiring wiring(Config config) {
        return new Wiring(config, dynamo, () -> s3, () -> sqs, () -> events);
    }

    public S3Client s3() {
        return s3;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public String workQueueUrl() {
        return workQueueUrl;
    }

    public String workDeadLetterUrl() {
        return workDeadLetterUrl;
    }

    public String uploadsQueueUrl() {
        return uploadsQueueUrl;
    }

    public String uploadsDeadLetterUrl() {
        return uploadsDeadLetterUrl;
    }

    public EventBridgeClient eventBridge() {
        return events;
    }

    /** The bus article events are published on. */
    public String eventBus() {
        return eventBus;
    }

    /** The queue the template's example rule sends every babeldesk event to. */
    public String publishingQueueUrl() {
        return publishingQueueUrl;
    }

    /**
     * The bus, the template's example rule (its event pattern as written there) and the queue it
     * targets. The queue's policy is left out: moto does not check who sends.
     */
    private void createEvents(Template template) {
        // a stack with a queue name of its own (tests, chaos, load) gets a bus of its own too
        eventBus = config.eventBus().orElse(Config.DEFAULT_QUEUE.equals(config.queueName()) ? DEFAULT_EVENT_BUS
                : config.queueName() + "-events");
        try {
            events.createEventBus(r -> r.name(eventBus));
        } catch (ResourceAlreadyExistsException alreadyThere) {
            // idempotent
        }
        String ruleId = template.eventRule();
        JsonNode rule = template.properties(ruleId);
        String queueId = Template.logicalIdOfArn(rule.path("Targets").path(0).path("Arn"));
        publishingQueueUrl = createQueue(eventBus + "-publishing",
                template.properties(queueId).path("MessageRetentionPeriod").asInt(345600), null, 0);
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(publishingQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String ruleName = "babeldesk-" + ruleId;
        events.putRule(r -> r.name(ruleName).eventBusName(eventBus)
                .eventPattern(io.babeldesk.config.Json.write(rule.path("EventPattern"))));
        events.putTargets(r -> r.rule(ruleName).eventBusName(eventBus)
                .targets(t -> t.id(rule.path("Targets").path(0).path("Id").asText(queueId)).arn(queueArn)));
    }

    private void createTable(JsonNode table) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (JsonNode a : table.path("AttributeDefinitions")) {
            attributes.add(AttributeDefinition.builder().attributeName(a.path("AttributeName").asText())
                    .attributeType(a.path("AttributeType").asText()).build());
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (JsonNode gsi : table.path("GlobalSecondaryIndexes")) {
            indexes.add(GlobalSecondaryIndex.builder().indexName(gsi.path("IndexName").asText())
                    .keySchema(keySchema(gsi.path("KeySchema")))
                    .projection(Projection.builder().projectionType(
                            ProjectionType.fromValue(gsi.path("Projection").path("ProjectionType").asText("ALL"))).build())
                    .build());
        }
        try {
            CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(config.table())
                    .attributeDefinitions(attributes).keySchema(keySchema(table.path("KeySchema")))
                    .billingMode(BillingMode.PAY_PER_REQUEST);
            if (!indexes.isEmpty()) {
                b.globalSecondaryIndexes(indexes);
            }
            dynamo.createTable(b.build());
        } catch (ResourceInUseException alreadyThere) {
            // provisioning is idempotent: an existing table is used as it is
        }
    }

    private static List<KeySchemaElement> keySchema(JsonNode schema) {
        List<KeySchemaElement> out = new ArrayList<>();
        for (JsonNode k : schema) {
            out.add(KeySchemaElement.builder().attributeName(k.path("AttributeName").asText())
                    .keyType(k.path("KeyType").asText()).build());
        }
        return out;
    }

    private void createBucket() {
        try {
            s3.createBucket(b -> b.bucket(config.bucket()));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // idempotent
        }
    }

    private String createQueue(String name, int retentionSeconds, String deadLetterUrl, int maxReceiveCount) {
        Map<QueueAttributeName, String> attributes = new java.util.HashMap<>();
        attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, "30");
        attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, Integer.toString(retentionSeconds));
        if (deadLetterUrl != null) {
            String arn = sqs.getQueueAttributes(r -> r.queueUrl(deadLetterUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            attributes.put(QueueAttributeName.REDRIVE_POLICY,
                    "{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}");
        }
        return sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
    }

    private void notifyUploads(String prefix) {
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(uploadsQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        // moto wants the filter rule name in lowercase; the SDK's enum would send "Prefix"
        s3.putBucketNotificationConfiguration(r -> r.bucket(config.bucket()).notificationConfiguration(
                NotificationConfiguration.builder().queueConfigurations(QueueConfiguration.builder()
                        .queueArn(arn).events(Event.S3_OBJECT_CREATED)
                        .filter(NotificationConfigurationFilter.builder().key(S3KeyFilter.builder()
                                .filterRules(FilterRule.builder().name("prefix").value(prefix).build()).build())
                                .build())
                        .build()).build()));
    }

    private static void waitUntilUp(Process p, String endpoint, Path log) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("moto_server exited: " + Files.readString(log));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint + "/moto-api/")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Pause.millis(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("moto_server did not answer on " + endpoint + " within 30 s");
    }


    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        s3.close();
        dynamo.close();
        sqs.close();
        events.close();
        moto.forEach(Process::destroy);
    }
}
