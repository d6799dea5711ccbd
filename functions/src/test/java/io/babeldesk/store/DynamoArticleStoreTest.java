package io.babeldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import io.babeldesk.article.Language;
import io.babeldesk.config.Config;
import io.babeldesk.store.DynamoArticleStore.Claim;
import io.babeldesk.testing.MotoServer;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The store on moto_server: conditional writes (versions, results fenced by the job's lease) and S3 overflow. */
class DynamoArticleStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static DynamoDbClient dynamo;
    private static String table;

    @BeforeAll
    static void createTable() {
        Config config = new Config(Map.of("AWS_ENDPOINT_URL", MotoServer.get().endpoint(), "AWS_REGION", "us-east-1"));
        dynamo = new AwsClients(config).dynamo();
        table = "store-test-" + UUID.randomUUID().toString().substring(0, 8);
        dynamo.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    }

    private final DynamoArticleStore store = new DynamoArticleStore(dynamo, table);

    @Test
    void aVersionIsStoredOnceAndAnOlderUploadNeverReplacesANewerOne() {
        String id = "article-" + UUID.randomUUID();
        assertTrue(store.saveNewVersion(article(id, "v1"), T0));
        assertFalse(store.saveNewVersion(article(id, "v1"), T0.plusSeconds(5)), "the same version again");
        assertTrue(store.saveNewVersion(article(id, "v2"), T0.plusSeconds(10)));
        assertFalse(store.saveNewVersion(article(id, "v0"), T0.plusSeconds(1)), "an older upload arriving late");
        assertEquals("v2", store.find(id).orElseThrow().version());
        assertEquals("Title v2", store.source(id, "v2").orElseThrow().title());
    }

    @Test
    void aResultIsWrittenOnlyByTheHolderOfTheLease() {
        String id = "article-" + UUID.randomUUID();
        store.saveNewVersion(article(id, "v1"), T0);
        assertEquals(Claim.CLAIMED, store.claim(id, Language.RU, "v1", "old", LEASE, false));
        // a newer upload arrives while "old" translates v1; the new version's job takes the lease
        store.saveNewVersion(article(id, "v2"), T0.plusSeconds(10));
        assertEquals(Claim.CLAIMED, store.claim(id, Language.RU, "v2", "new", LEASE, false));

        assertTrue(store.saveTranslation(id, result(Language.RU, "v2"), "new"));
        assertFalse(store.saveTranslation(id, result(Language.RU, "v1"), "old"), "the superseded invocation");
        assertFalse(store.saveTranslation(id, result(Language.RU, "v2"), "nobody"), "a write without the lease");

        assertEquals("v2", store.translation(id, Language.RU).orElseThrow().articleVersion());
        assertEquals(TranslationStatus.DONE, store.find(id).orElseThrow().languages().get(Language.RU).status());
        assertEquals(Claim.ALREADY_DONE, store.claim(id, Language.RU, "v2", "late", LEASE, false));
    }

    @Test
    void aResultOfASupersededVersionLeavesTheCurrentStatusAlone() {
        String id = "article-" + UUID.randomUUID();
        store.saveNewVersion(article(id, "v1"), T0);
        assertEquals(Claim.CLAIMED, store.claim(id, Language.HY, "v1", "old", LEASE, false));
        store.saveNewVersion(article(id, "v2"), T0.plusSeconds(10));

        // "old" still holds its lease, so its result is written, but the status belongs to v2
        assertFalse(store.saveTranslation(id, result(Language.HY, "v1"), "old"));
        assertEquals(TranslationStatus.PENDING, store.find(id).orElseThrow().languages().get(Language.HY).status());
        // and the new version's job is not mistaken for finished
        assertEquals(Claim.CLAIMED, store.claim(id, Language.HY, "v2", "new", LEASE, false));
    }

    @Test
    void aBodyOverTheItemLimitGoesToS3AndTheS3ClientIsBuiltOnlyThen() {
        Config config = new Config(Map.of("AWS_ENDPOINT_URL", MotoServer.get().endpoint(), "AWS_REGION", "us-east-1"));
        S3Client s3 = new AwsClients(config).s3();
        String bucket = "store-test-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(r -> r.bucket(bucket));
        AtomicInteger asked = new AtomicInteger();
        DynamoArticleStore overflowing = new DynamoArticleStore(dynamo, table, () -> {
            asked.incrementAndGet();
            return s3;
        }, bucket);
        String id = "article-" + UUID.randomUUID();
        overflowing.saveNewVersion(article(id, "v1"), T0);
        assertEquals(Claim.CLAIMED, overflowing.claim(id, Language.RU, "v1", "me", LEASE, false));
        assertTrue(overflowing.saveTranslation(id, result(Language.RU, "v1"), "me"));
        assertEquals(0, asked.get(), "small items never need S3");

        // ~480 KB of Cyrillic: over DynamoDB's 400 KB item limit
        String longText = "Длинный абзац новостей. ".repeat(10_000);
        Translation large = new Translation(Language.HY, "v1", TranslationStatus.DONE, "Title v1",
                List.of(new Block(BlockType.PARAGRAPH, longText)), null, "test-model", Usage.NONE, List.of(), null);
        assertEquals(Claim.CLAIMED, overflowing.claim(id, Language.HY, "v1", "me", LEASE, false));
        assertTrue(overflowing.saveTranslation(id, large, "me"));
        assertTrue(asked.get() > 0, "the overflowing body asked for the S3 client");
        assertEquals(longText, overflowing.translation(id, Language.HY).orElseThrow().blocks().get(0).text());
        assertFalse(s3.listObjectsV2(r -> r.bucket(bucket).prefix(DynamoArticleStore.OVERFLOW_PREFIX)).contents()
                .isEmpty(), "the body is kept under " + DynamoArticleStore.OVERFLOW_PREFIX);
    }

    private static Article article(String id, String version) {
        return new Article(id, version, "Title " + version, null, null, null, null, Language.EN, 0.99,
                List.of(new Block(BlockType.PARAGRAPH, "Text of " + version)), "incoming/" + id + ".txt");
    }

    private static Translation result(Language language, String version) {
        return new Translation(language, version, TranslationStatus.DONE, "Title " + version,
                List.of(new Block(BlockType.PARAGRAPH, "Text " + version)), null, "test-model", Usage.NONE,
                List.of(), null);
    }
}
