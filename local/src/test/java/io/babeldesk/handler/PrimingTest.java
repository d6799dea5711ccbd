package io.babeldesk.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.babeldesk.config.Config;
import io.babeldesk.local.LocalAws;
import io.babeldesk.local.Template;
import io.babeldesk.testing.MotoServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SnapStart priming runs the functions' hot paths against a real table and writes nothing. */
class PrimingTest {
    @Test
    void primingRunsTheHotPathsAndLeavesNoTrace() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Config base = new Config(Map.of("AWS_ENDPOINT_URL", MotoServer.get().endpoint(), "AWS_REGION", "us-east-1",
                "BABELDESK_BUCKET", "priming-" + suffix, "BABELDESK_TABLE", "priming-" + suffix,
                "BABELDESK_QUEUE_NAME", "priming-" + suffix, "BABELDESK_LLM_PROVIDER", "fixture"));
        try (LocalAws aws = LocalAws.start(base)) {
            Config config = aws.provision(Template.find());
            Wiring wiring = new Wiring(config);
            Priming.primeIngestion(wiring);
            Priming.primeTranslation(wiring);
            assertEquals(0, aws.dynamo().scan(r -> r.tableName(config.table())).count());
            assertEquals(0, aws.s3().listObjectsV2(r -> r.bucket(config.bucket())).keyCount());
            assertEquals("0", aws.sqs().getQueueAttributes(r -> r.queueUrl(aws.workQueueUrl())
                    .attributeNamesWithStrings("ApproximateNumberOfMessages")).attributesAsStrings()
                    .get("ApproximateNumberOfMessages"));
        }
    }
}
