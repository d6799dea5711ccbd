package io.babeldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import io.babeldesk.article.Language;
import io.babeldesk.aws.AwsClients;
import io.babeldesk.config.Config;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.ArticleStoreContract;
import io.babeldesk.pipeline.Claim;
import io.babeldesk.pipeline.FailedMessages;
import io.babeldesk.pipeline.FailedMessagesContract;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.JobMessages;
import io.babeldesk.pipeline.JobQueue;
import io.babeldesk.pipeline.JobQueueContract;
import io.babeldesk.pipeline.Uploads;
import io.babeldesk.pipeline.UploadsContract;
import io.babeldesk.testing.MotoServer;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The DynamoDB, SQS and S3 adapters on moto_server, against the same contracts as the in-memory ones. */
class DynamoArticleStoreTest {
    private static final AwsClients AWS = new AwsClients(new Config(Map.of(
            "AWS_ENDPOINT_URL", MotoServer.get().endpoint(), "AWS_REGION", "us-east-1")));
    private static final DynamoDbClient DYNAMO = AWS.dynamo();
    private static final S3Client S3 = AWS.s3();
    private static final SqsClient SQS = AWS.sqs();

    /** A new table with the article table's keys and listing index. */
    static String newTable() {
        String table = "store-test-" + UUID.randomUUID().toString().substring(0, 8);
        DYNAMO.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pk"), attribute("sk"), attribute("gsi1pk"), attribute("gsi1sk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(DynamoArticleStore.LIST_INDEX)
                        .keySchema(key("gsi1pk", KeyType.HASH), key("gsi1sk", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build()));
        return table;
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static String newBucket() {
        String bucket = "store-test-" + UUID.randomUUID().toString().substring(0, 8);
        S3.createBucket(r -> r.bucket(bucket));
        return bucket;
    }

    @Nested
    class Store extends ArticleStoreContract {
        @Override
        protected ArticleStore emptyStore() {
            return new DynamoArticleStore(DYNAMO, newTable());
        }

        @Override
        @Test
        @Disabled("moto_server evaluates concurrent conditional updates of one item without isolation, so two"
                + " claims can both pass; DynamoDB serialises writes to an item. The sequential lease cases run here.")
        protected void concurrentClaimsLetExactlyOneIn() {
        }
    }

    @Nested
    class Queue extends JobQueueContract {
        private String url;

        @Override
        protected JobQueue emptyQueue() {
            url = SQS.createQueue(r -> r.queueName("jobs-" + UUID.randomUUID().toString().substring(0, 8))).queueUrl();
            return new SqsJobQueue(SQS, url);
        }

        @Override
        protected List<Job> receiveAll() {
            List<Job> jobs = new ArrayList<>();
            while (true) {
                var messages = SQS.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
                if (messages.isEmpty()) {
                    return jobs;
                }
                messages.forEach(m -> jobs.add(JobMessages.parse(m.body())));
            }
        }
    }

    @Nested
    class Failures extends FailedMessagesContract {
        @Override
        protected FailedMessages failedMessages() {
            return new DynamoFailedMessages(DYNAMO, newTable());
        }
    }

    @Nested
    class Objects extends UploadsContract {
        private final String bucket = newBucket();

        @Override
        protected Uploads uploads() {
            return new S3Uploads(S3);
        }

        @Override
        protected String put(String key, byte[] bytes) {
            S3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
            return bucket;
        }
    }

    @Test
    void aBodyOverTheItemLimitGoesToS3AndTheS3ClientIsBuiltOnlyThen() {
        String bucket = newBucket();
        AtomicInteger asked = new AtomicInteger();
        DynamoArticleStore overflowing = new DynamoArticleStore(DYNAMO, newTable(), () -> {
            asked.incrementAndGet();
            return S3;
        }, bucket);
        String id = "article-" + UUID.randomUUID();
        overflowing.saveNewVersion(ArticleStoreContract.article(id, "v1"), ArticleStoreContract.T0);
        Duration lease = Duration.ofMinutes(5);
        assertEquals(Claim.CLAIMED, overflowing.claim(id, Language.RU, "v1", "me", lease, false));
        assertTrue(overflowing.saveTranslation(id, ArticleStoreContract.result(Language.RU, "v1"), "me"));
        assertEquals(0, asked.get(), "small items never need S3");

        // ~480 KB of Cyrillic: over DynamoDB's 400 KB item limit
        String longText = "Длинный абзац новостей. ".repeat(10_000);
        Translation large = new Translation(Language.HY, "v1", TranslationStatus.DONE, "Title v1",
                List.of(new Block(BlockType.PARAGRAPH, longText)), null, "test-model", Usage.NONE, List.of(), null);
        assertEquals(Claim.CLAIMED, overflowing.claim(id, Language.HY, "v1", "me", lease, false));
        assertTrue(overflowing.saveTranslation(id, large, "me"));
        assertTrue(asked.get() > 0, "the overflowing body asked for the S3 client");
        assertEquals(longText, overflowing.translation(id, Language.HY).orElseThrow().blocks().get(0).text());
        assertFalse(S3.listObjectsV2(r -> r.bucket(bucket).prefix(DynamoArticleStore.OVERFLOW_PREFIX)).contents()
                .isEmpty(), "the body is kept under " + DynamoArticleStore.OVERFLOW_PREFIX);
    }
}
