package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Config;
import io.babeldesk.llm.FixtureChatModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** What the local stack creates and what the code reads agree with template.yaml. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateAgreementTest {
    private LocalTestStack stack;

    @BeforeAll
    void start() {
        stack = new LocalTestStack(new FixtureChatModel());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void localTableHasTheTemplatesKeysAndIndexes() {
        JsonNode table = stack.template.table();
        TableDescription d = stack.aws.dynamo().describeTable(r -> r.tableName(stack.config.table())).table();
        Set<String> expectedKeys = new HashSet<>();
        table.path("KeySchema").forEach(k -> expectedKeys.add(k.path("AttributeName").asText() + ":"
                + k.path("KeyType").asText()));
        Set<String> actualKeys = new HashSet<>();
        d.keySchema().forEach(k -> actualKeys.add(k.attributeName() + ":" + k.keyTypeAsString()));
        assertEquals(expectedKeys, actualKeys);
        Set<String> expectedIndexes = new HashSet<>();
        table.path("GlobalSecondaryIndexes").forEach(i -> expectedIndexes.add(i.path("IndexName").asText()));
        Set<String> actualIndexes = new HashSet<>();
        d.globalSecondaryIndexes().forEach(i -> actualIndexes.add(i.indexName()));
        assertEquals(expectedIndexes, actualIndexes);
        assertTrue(actualIndexes.contains(io.babeldesk.store.DynamoArticleStore.LIST_INDEX));
    }

    @Test
    void workQueueDeadLettersAfterTheTemplatesReceiveCount() throws Exception {
        JsonNode event = stack.template.workQueueEvent();
        JsonNode queue = stack.template.properties(Template.logicalIdOfArn(event.path("Queue")));
        String policy = stack.aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.aws.workQueueUrl())
                .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes().get(QueueAttributeName.REDRIVE_POLICY);
        JsonNode redrive = io.babeldesk.config.Json.MAPPER.readTree(policy);
        assertEquals(queue.path("RedrivePolicy").path("maxReceiveCount").asInt(), redrive.path("maxReceiveCount").asInt());
        assertTrue(redrive.path("deadLetterTargetArn").asText().endsWith(stack.config.queueName() + "-dlq"));
    }

    @Test
    void everyHandlerTheTemplateNamesExists() throws Exception {
        Map<String, String> handlers = stack.template.handlers();
        assertEquals(Set.of("IngestFunction", "TranslateFunction", "ApiFunction"), handlers.keySet());
        for (String handler : handlers.values()) {
            String className = handler.substring(0, handler.indexOf("::"));
            String method = handler.substring(handler.indexOf("::") + 2);
            Class<?> type = Class.forName(className);
            // Lambda calls handleRequest(event, Context) or handleRequest(InputStream, OutputStream, Context)
            boolean stream = RequestStreamHandler.class.isAssignableFrom(type);
            assertTrue(stream || RequestHandler.class.isAssignableFrom(type), className);
            boolean found = false;
            for (var m : type.getMethods()) {
                Class<?>[] p = m.getParameterTypes();
                found |= m.getName().equals(method) && (stream
                        ? p.length == 3 && p[0] == java.io.InputStream.class && p[2] == Context.class
                        : p.length == 2 && p[1] == Context.class);
            }
            assertTrue(found, handler);
            type.getConstructor(); // the no-argument constructor Lambda calls; throws when missing
        }
    }

    @Test
    void codeReadsTheEnvironmentTheTemplateSets() {
        JsonNode variables = stack.template.root().path("Globals").path("Function").path("Environment").path("Variables");
        Map<String, String> env = new HashMap<>();
        variables.fieldNames().forEachRemaining(name -> env.put(name, "value-of-" + name));
        env.put("BABELDESK_LLM_PROVIDER", "openai");
        Config config = new Config(env);
        assertEquals("value-of-BABELDESK_TABLE", config.table());
        assertEquals("value-of-BABELDESK_BUCKET", config.bucket());
        assertEquals("value-of-BABELDESK_QUEUE_URL", config.queueUrl().orElseThrow());
        assertEquals("value-of-BABELDESK_LLM_MODEL", config.llmModel().orElseThrow());
        assertEquals("openai", config.llmProvider());
    }

    @Test
    void uploadTriggerIsFilteredOnIncoming() {
        assertEquals("incoming/", stack.template.uploadPrefix());
        assertEquals(io.babeldesk.pipeline.Ingestion.INCOMING, stack.template.uploadPrefix());
    }
}
