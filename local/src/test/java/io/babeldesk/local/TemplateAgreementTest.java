package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.babeldesk.config.Config;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.llm.ModelApiKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * template.yaml against expectations written out here, not taken from {@link Template} or the
 * code that reads it: a wrong template fails even when that code is wrong the same way. Then the
 * local stack (built by that code) against the same expectations.
 *
 * <p>The YAML is read with a plain mapper: CloudFormation tags are dropped and their arguments
 * kept, so {@code !GetAtt WorkQueue.Arn} reads "WorkQueue.Arn" and {@code !If [c, a, b]} reads
 * [c, a, b].
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateAgreementTest {
    static final String BUCKET_ARN = "arn:${AWS::Partition}:s3:::babeldesk-${Stage}-articles-${AWS::AccountId}-${AWS::Region}";
    static final String INFERENCE_PROFILE = "arn:${AWS::Partition}:bedrock:${AWS::Region}:${AWS::AccountId}"
            + ":inference-profile/${LlmModel}";
    static final Set<String> GLOBAL_ENVIRONMENT = Set.of("BABELDESK_TABLE", "BABELDESK_BUCKET", "BABELDESK_QUEUE_URL",
            "BABELDESK_EVENT_BUS", "JAVA_TOOL_OPTIONS", "POWERTOOLS_SERVICE_NAME");
    static final String API_URL = "https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}";

    private JsonNode template;
    private LocalTestStack stack;

    @BeforeAll
    void start() throws IOException {
        template = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "template.yaml")));
        stack = new LocalTestStack(new FixtureChatModel());
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    private JsonNode resource(String logicalId) {
        JsonNode r = template.path("Resources").path(logicalId);
        assertFalse(r.isMissingNode(), "template.yaml has no resource " + logicalId);
        return r;
    }

    private JsonNode function(String logicalId) {
        JsonNode f = resource(logicalId);
        assertEquals("AWS::Serverless::Function", f.path("Type").asText(), logicalId);
        return f.path("Properties");
    }

    // ---- the template against literal expectations ----

    @Test
    void functionsHandlersRuntimesAndTimeouts() {
        Set<String> functions = new TreeSet<>();
        template.path("Resources").fields().forEachRemaining(e -> {
            if ("AWS::Serverless::Function".equals(e.getValue().path("Type").asText())) {
                functions.add(e.getKey());
            }
        });
        assertEquals(Set.of("IngestFunction", "TranslateFunction", "ApiFunction"), functions);

        assertEquals("io.babeldesk.handler.IngestHandler::handleRequest", function("IngestFunction").path("Handler").asText());
        assertEquals("io.babeldesk.handler.TranslateStreamHandler::handleRequest",
                function("TranslateFunction").path("Handler").asText());
        assertEquals("io.babeldesk.handler.ApiStreamHandler::handleRequest", function("ApiFunction").path("Handler").asText());

        JsonNode globals = template.path("Globals").path("Function");
        assertEquals("java21", globals.path("Runtime").asText());
        assertEquals("[\"arm64\"]", globals.path("Architectures").toString());
        assertEquals("PublishedVersions", globals.path("SnapStart").path("ApplyOn").asText());
        for (String f : functions) {
            assertTrue(function(f).path("Runtime").isMissingNode(), f + " must run on the global runtime");
        }
        assertEquals(60, function("IngestFunction").path("Timeout").asInt());
        assertEquals(300, function("TranslateFunction").path("Timeout").asInt());
        assertEquals(15, function("ApiFunction").path("Timeout").asInt());
    }

    @Test
    void eachFunctionGetsExactlyTheEnvironmentItReads() {
        assertEquals(GLOBAL_ENVIRONMENT, names(template.path("Globals").path("Function").path("Environment").path("Variables")));
        assertEquals(union(GLOBAL_ENVIRONMENT, Set.of("BABELDESK_API_URL")), environment("IngestFunction"));
        assertEquals(union(GLOBAL_ENVIRONMENT, Set.of("BABELDESK_JOB_RESERVE_SECONDS", "BABELDESK_LLM_PROVIDER",
                "BABELDESK_LLM_MODEL", "BABELDESK_LLM_RPM", "BABELDESK_LLM_TPM", "OPENAI_BASE_URL",
                "BABELDESK_LLM_API_KEY_SECRET", "BABELDESK_REVIEW_MODE", "BABELDESK_API_URL")),
                environment("TranslateFunction"));
        assertEquals(union(GLOBAL_ENVIRONMENT, Set.of("BABELDESK_READER_API_KEY", "BABELDESK_PUBLISH_POLICY",
                "BABELDESK_CORS_ORIGINS", "BABELDESK_OIDC_ISSUER", "BABELDESK_OIDC_AUTHORIZE_URL",
                "BABELDESK_OIDC_TOKEN_URL", "BABELDESK_OIDC_CLIENT_ID", "BABELDESK_CONSOLE_REDIRECT_URI")),
                environment("ApiFunction"));
    }

    @Test
    void modelApiKeyIsNamedNotResolvedAndOnlyTranslateCanReadIt() {
        JsonNode translate = function("TranslateFunction").path("Environment").path("Variables");
        assertEquals("[\"HasApiKeySecret\",\"LlmApiKeySecretArn\",\"AWS::NoValue\"]",
                translate.path("BABELDESK_LLM_API_KEY_SECRET").toString());
        assertEquals("BABELDESK_LLM_API_KEY_SECRET", ModelApiKey.SECRET_VARIABLE);
        // no model key is resolved into any function's configuration at deployment
        assertFalse(template.path("Globals").toString().contains("resolve:secretsmanager"));
        assertFalse(resource("IngestFunction").toString().contains("resolve:secretsmanager"));
        assertFalse(resource("TranslateFunction").toString().contains("resolve:secretsmanager"));
        assertEquals("[[\"LlmApiKeySecretArn\",\"\"]]", template.path("Conditions").path("HasApiKeySecret").toString());
        assertEquals("[\"LlmProvider\",\"bedrock\"]", template.path("Conditions").path("UsesBedrock").toString());
    }

    @Test
    void fixtureProviderCannotBeDeployed() {
        assertEquals("[\"bedrock\",\"openai\",\"anthropic\",\"ollama\"]",
                template.path("Parameters").path("LlmProvider").path("AllowedValues").toString());
    }

    @Test
    void eachFunctionIsGrantedExactlyWhatItUses() {
        assertEquals(Set.of(
                "s3:GetObject " + BUCKET_ARN + "/incoming/*",
                "s3:GetObject " + BUCKET_ARN + "/results/*",
                "s3:PutObject " + BUCKET_ARN + "/results/*",
                "DynamoDBCrudPolicy ArticlesTable",
                "SQSSendMessagePolicy WorkQueue.QueueName",
                "EventBridgePutEventsPolicy EventBus"), grants("IngestFunction"));
        assertEquals(Set.of(
                "DynamoDBCrudPolicy ArticlesTable",
                "SQSSendMessagePolicy WorkQueue.QueueName",
                "EventBridgePutEventsPolicy EventBus",
                "s3:GetObject " + BUCKET_ARN + "/results/*",
                "s3:PutObject " + BUCKET_ARN + "/results/*",
                "if HasApiKeySecret: AWSSecretsManagerGetSecretValuePolicy LlmApiKeySecretArn",
                "if UsesBedrock: bedrock:InvokeModel arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/${LlmModel}",
                "if UsesBedrock: bedrock:InvokeModel " + INFERENCE_PROFILE,
                "if UsesBedrock: bedrock:InvokeModel arn:${AWS::Partition}:bedrock:*::foundation-model/*"
                        + " when StringEquals bedrock:InferenceProfileArn=" + INFERENCE_PROFILE), grants("TranslateFunction"));
        Set<String> api = new HashSet<>(Set.of(
                "SQSSendMessagePolicy WorkQueue.QueueName",
                "EventBridgePutEventsPolicy EventBus",
                "s3:GetObject " + BUCKET_ARN + "/results/*",
                "s3:PutObject " + BUCKET_ARN + "/results/*",
                "s3:PutObject " + BUCKET_ARN + "/incoming/*"));
        for (String action : List.of("GetItem", "Query", "PutItem", "UpdateItem", "DeleteItem")) {
            api.add("dynamodb:" + action + " ArticlesTable.Arn");
            api.add("dynamodb:" + action + " ${ArticlesTable.Arn}/index/byPublished");
        }
        assertEquals(api, grants("ApiFunction"));
    }

    @Test
    void editorPoolIsOptionalAndWiresTheAuthorizerAndTheConsoleWhenCreated() {
        JsonNode conditions = template.path("Conditions");
        assertEquals("[\"EditorUserPool\",\"create\"]", conditions.path("CreatesEditorPool").toString());
        assertEquals("none", template.path("Parameters").path("EditorUserPool").path("Default").asText());
        for (String id : List.of("EditorPool", "EditorsGroup", "EditorPoolDomain", "ConsoleClient")) {
            assertEquals("CreatesEditorPool", resource(id).path("Condition").asText(), id);
        }
        assertEquals("editors", resource("EditorsGroup").path("Properties").path("GroupName").asText());
        JsonNode client = resource("ConsoleClient").path("Properties");
        assertFalse(client.path("GenerateSecret").asBoolean(true), "a browser client has no secret");
        assertEquals("[\"code\"]", client.path("AllowedOAuthFlows").toString());
        assertTrue(client.path("AllowedOAuthScopes").toString().contains("openid"));
        JsonNode jwt = resource("HttpApi").path("Properties").path("Auth").path("Authorizers").path("EditorJwt")
                .path("JwtConfiguration");
        assertEquals("CreatesEditorPool", jwt.path("issuer").path(0).asText());
        assertEquals("JwtIssuer", jwt.path("issuer").path(2).asText());
        assertEquals("[\"CreatesEditorPool\",[\"ConsoleClient\"],\"JwtAudience\"]", jwt.path("audience").toString());
        JsonNode env = function("ApiFunction").path("Environment").path("Variables");
        assertEquals("[\"CreatesEditorPool\",\"ConsoleClient\",\"AWS::NoValue\"]",
                env.path("BABELDESK_OIDC_CLIENT_ID").toString());
    }

    @Test
    void corsOriginsReachTheGatewayTheFunctionAndTheBucket() {
        assertEquals("", template.path("Parameters").path("CorsOrigins").path("Default").asText());
        JsonNode cors = resource("HttpApi").path("Properties").path("CorsConfiguration");
        assertEquals("HasCorsOrigins", cors.path(0).asText());
        assertEquals("CorsOrigins", cors.path(1).path("AllowOrigins").asText());
        assertTrue(cors.path(1).path("AllowHeaders").toString().contains("If-Match"));
        assertEquals("[\",\",\"CorsOrigins\"]",
                function("ApiFunction").path("Environment").path("Variables").path("BABELDESK_CORS_ORIGINS").toString());
        JsonNode bucketCors = resource("ArticlesBucket").path("Properties").path("CorsConfiguration").path("CorsRules").path(0);
        assertEquals("[\"PUT\"]", bucketCors.path("AllowedMethods").toString());
    }

    @Test
    void consoleRoutesArePublicAndTheUploadRouteIsAnEditors() {
        JsonNode events = function("ApiFunction").path("Events");
        for (String name : List.of("GetConsole", "GetConsoleConfig", "GetConsoleAsset")) {
            assertTrue(events.path(name).path("Properties").path("Auth").isMissingNode(), name);
        }
        assertEquals("EditorJwt", events.path("CreateUploadLink").path("Properties").path("Auth").path("Authorizer").asText());
    }

    @Test
    void workQueueRedriveVisibilityAndTrigger() {
        JsonNode queue = resource("WorkQueue").path("Properties");
        assertEquals(1800, queue.path("VisibilityTimeout").asInt());
        assertEquals(345600, queue.path("MessageRetentionPeriod").asInt());
        assertEquals(5, queue.path("RedrivePolicy").path("maxReceiveCount").asInt());
        assertEquals("WorkDeadLetterQueue.Arn", queue.path("RedrivePolicy").path("deadLetterTargetArn").asText());
        assertEquals(1209600, resource("WorkDeadLetterQueue").path("Properties").path("MessageRetentionPeriod").asInt());

        JsonNode work = function("TranslateFunction").path("Events").path("Work");
        assertEquals("SQS", work.path("Type").asText());
        assertEquals("WorkQueue.Arn", work.path("Properties").path("Queue").asText());
        assertEquals(5, work.path("Properties").path("BatchSize").asInt());
        assertEquals("[\"ReportBatchItemFailures\"]", work.path("Properties").path("FunctionResponseTypes").toString());
    }

    @Test
    void eventsGoToTheStacksBusAndTheExampleRuleSendsThemToTheQueue() {
        JsonNode bus = resource("EventBus");
        assertEquals("AWS::Events::EventBus", bus.path("Type").asText());
        assertEquals("${AWS::StackName}-events", bus.path("Properties").path("Name").asText());
        assertEquals("EventBus", template.path("Globals").path("Function").path("Environment").path("Variables")
                .path("BABELDESK_EVENT_BUS").asText());
        for (String f : List.of("IngestFunction", "TranslateFunction")) {
            assertEquals(API_URL, function(f).path("Environment").path("Variables").path("BABELDESK_API_URL").asText(), f);
        }
        // the API's own URL would make ApiFunction depend on the HttpApi that depends on it
        assertTrue(function("ApiFunction").path("Environment").path("Variables").path("BABELDESK_API_URL").isMissingNode());
        assertEquals(API_URL, template.path("Outputs").path("ApiUrl").path("Value").asText());

        JsonNode rule = resource("PublishingRule");
        assertEquals("AWS::Events::Rule", rule.path("Type").asText());
        assertEquals("EventBus", rule.path("Properties").path("EventBusName").asText());
        assertEquals("{\"source\":[\"" + io.babeldesk.pipeline.ArticleEvent.SOURCE + "\"]}",
                rule.path("Properties").path("EventPattern").toString());
        assertEquals(1, rule.path("Properties").path("Targets").size());
        assertEquals("PublishingQueue.Arn", rule.path("Properties").path("Targets").path(0).path("Arn").asText());
        assertEquals("AWS::SQS::Queue", resource("PublishingQueue").path("Type").asText());
        assertEquals(List.of("PublishingRule"), stack.template.resourcesOfType("AWS::Events::Rule"));

        JsonNode policy = resource("PublishingQueuePolicy");
        assertEquals("AWS::SQS::QueuePolicy", policy.path("Type").asText());
        assertEquals("[\"PublishingQueue\"]", policy.path("Properties").path("Queues").toString());
        JsonNode statements = policy.path("Properties").path("PolicyDocument").path("Statement");
        assertEquals(1, statements.size());
        JsonNode statement = statements.path(0);
        assertEquals("Allow", statement.path("Effect").asText());
        assertEquals("events.amazonaws.com", statement.path("Principal").path("Service").asText());
        assertEquals("sqs:SendMessage", statement.path("Action").asText());
        assertEquals("PublishingQueue.Arn", statement.path("Resource").asText());
        assertEquals("PublishingRule.Arn", statement.path("Condition").path("ArnEquals").path("aws:SourceArn").asText());

        assertEquals("EventBus", template.path("Outputs").path("EventBusName").path("Value").asText());
        assertEquals("PublishingQueue", template.path("Outputs").path("PublishingQueueUrl").path("Value").asText());
    }

    @Test
    void uploadTriggerIsFilteredOnIncoming() {
        JsonNode upload = function("IngestFunction").path("Events").path("Upload");
        assertEquals("S3", upload.path("Type").asText());
        assertEquals("ArticlesBucket", upload.path("Properties").path("Bucket").asText());
        assertEquals("s3:ObjectCreated:*", upload.path("Properties").path("Events").asText());
        assertEquals("[{\"Name\":\"prefix\",\"Value\":\"incoming/\"}]",
                upload.path("Properties").path("Filter").path("S3Key").path("Rules").toString());
        assertEquals("incoming/", io.babeldesk.pipeline.Ingestion.INCOMING);
        assertEquals("incoming/", stack.template.uploadPrefix());
    }

    @Test
    void bucketNameWrittenOutMatchesTheBucket() {
        String name = "babeldesk-${Stage}-articles-${AWS::AccountId}-${AWS::Region}";
        assertEquals(name, resource("ArticlesBucket").path("Properties").path("BucketName").asText());
        assertEquals(name, template.path("Globals").path("Function").path("Environment").path("Variables")
                .path("BABELDESK_BUCKET").asText());
    }

    @Test
    void tableKeysAndIndex() {
        JsonNode table = resource("ArticlesTable").path("Properties");
        assertEquals("[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]",
                table.path("KeySchema").toString());
        Set<String> attributes = new HashSet<>();
        table.path("AttributeDefinitions").forEach(a -> attributes.add(a.path("AttributeName").asText() + ":"
                + a.path("AttributeType").asText()));
        assertEquals(Set.of("pk:S", "sk:S", "gsi1pk:S", "gsi1sk:S"), attributes);
        assertEquals(1, table.path("GlobalSecondaryIndexes").size());
        JsonNode index = table.path("GlobalSecondaryIndexes").path(0);
        assertEquals("byPublished", index.path("IndexName").asText());
        assertEquals("[{\"AttributeName\":\"gsi1pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"gsi1sk\",\"KeyType\":\"RANGE\"}]",
                index.path("KeySchema").toString());
        assertEquals("ALL", index.path("Projection").path("ProjectionType").asText());
        assertEquals("byPublished", io.babeldesk.store.DynamoArticleStore.LIST_INDEX);
    }

    // ---- the local stack (provisioned from the template by the code) against the same ----

    @Test
    void localTableHasTheExpectedKeysAndIndex() {
        TableDescription d = stack.aws.dynamo().describeTable(r -> r.tableName(stack.config.table())).table();
        Set<String> keys = new HashSet<>();
        d.keySchema().forEach(k -> keys.add(k.attributeName() + ":" + k.keyTypeAsString()));
        assertEquals(Set.of("pk:HASH", "sk:RANGE"), keys);
        Set<String> indexes = new HashSet<>();
        d.globalSecondaryIndexes().forEach(i -> {
            Set<String> indexKeys = new HashSet<>();
            i.keySchema().forEach(k -> indexKeys.add(k.attributeName() + ":" + k.keyTypeAsString()));
            indexes.add(i.indexName() + indexKeys.stream().sorted().toList());
        });
        assertEquals(Set.of("byPublished[gsi1pk:HASH, gsi1sk:RANGE]"), indexes);
    }

    @Test
    void localWorkQueueDeadLettersAfterFiveReceives() throws Exception {
        // the local queue keeps the redrive policy but not the visibility timeout (see LocalAws.provision)
        var attributes = stack.aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.aws.workQueueUrl())
                .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes();
        JsonNode redrive = io.babeldesk.config.Json.MAPPER.readTree(attributes.get(QueueAttributeName.REDRIVE_POLICY));
        assertEquals(5, redrive.path("maxReceiveCount").asInt());
        assertTrue(redrive.path("deadLetterTargetArn").asText().endsWith(stack.config.queueName() + "-dlq"));
    }

    @Test
    void localBusSendsTheFlowsEventsToThePublishingQueue() throws Exception {
        assertEquals(stack.aws.eventBus(), stack.config.eventBus().orElseThrow());
        stack.aws.wiring(stack.config).events().publish(io.babeldesk.pipeline.ArticleEvent.uploadRefused(
                "template-agreement", "EMPTY_FILE", "the file is empty", "/articles/template-agreement"));
        List<software.amazon.awssdk.services.sqs.model.Message> messages = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 10_000;
        while (messages.isEmpty() && System.currentTimeMillis() < deadline) {
            messages.addAll(stack.aws.sqs().receiveMessage(r -> r.queueUrl(stack.aws.publishingQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages());
        }
        assertEquals(1, messages.size());
        JsonNode event = io.babeldesk.config.Json.MAPPER.readTree(messages.get(0).body());
        assertEquals("Upload Refused", event.path("detail-type").asText());
        assertEquals("babeldesk", event.path("source").asText());
        assertEquals("template-agreement", event.path("detail").path("articleId").asText());
        assertEquals("EMPTY_FILE: the file is empty", event.path("detail").path("reason").asText());
        assertEquals("event  Upload Refused           template-agreement  REFUSED  (EMPTY_FILE: the file is empty)",
                PublishedEvents.line(messages.get(0).body()));
    }

    @Test
    void everyHandlerTheTemplateNamesExists() throws Exception {
        for (String handler : List.of("io.babeldesk.handler.IngestHandler::handleRequest",
                "io.babeldesk.handler.TranslateStreamHandler::handleRequest",
                "io.babeldesk.handler.ApiStreamHandler::handleRequest")) {
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
        Map<String, String> env = new HashMap<>();
        environment("TranslateFunction").forEach(name -> env.put(name, "value-of-" + name));
        env.put("BABELDESK_LLM_PROVIDER", "openai");
        Config config = new Config(env);
        assertEquals("value-of-BABELDESK_TABLE", config.table());
        assertEquals("value-of-BABELDESK_BUCKET", config.bucket());
        assertEquals("value-of-BABELDESK_QUEUE_URL", config.queueUrl().orElseThrow());
        assertEquals("value-of-BABELDESK_LLM_MODEL", config.llmModel().orElseThrow());
        assertEquals("openai", config.llmProvider());
        assertEquals("value-of-BABELDESK_EVENT_BUS", config.eventBus().orElseThrow());
        assertEquals("value-of-BABELDESK_API_URL", config.apiUrl().orElseThrow());
    }

    // ---- reading helpers (no interpretation beyond dropping the tags) ----

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private Set<String> environment(String function) {
        return union(names(template.path("Globals").path("Function").path("Environment").path("Variables")),
                names(function(function).path("Environment").path("Variables")));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * A function's policies, one line per grant: "action resource" for each statement's action and
     * resource (with " when Operator key=value" for a condition), "Template Argument" for a SAM
     * policy template, prefixed with "if Condition: " under an !If.
     */
    private Set<String> grants(String function) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode policy : function(function).path("Policies")) {
            String prefix = "";
            if (policy.isArray()) { // !If [condition, policy, AWS::NoValue]
                assertEquals(3, policy.size(), policy.toString());
                assertEquals("AWS::NoValue", policy.path(2).asText(), policy.toString());
                prefix = "if " + policy.path(0).asText() + ": ";
                policy = policy.path(1);
            }
            if (policy.has("Statement")) {
                for (JsonNode statement : policy.path("Statement")) {
                    assertEquals("Allow", statement.path("Effect").asText());
                    for (String action : strings(statement.path("Action"))) {
                        for (String resource : strings(statement.path("Resource"))) {
                            out.add(prefix + action + " " + resource + condition(statement.path("Condition")));
                        }
                    }
                }
            } else {
                assertEquals(1, policy.size(), policy.toString());
                String name = policy.fieldNames().next();
                JsonNode argument = policy.path(name);
                out.add(prefix + name + " " + argument.elements().next().asText());
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static String condition(JsonNode condition) {
        if (condition.isMissingNode()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        condition.fields().forEachRemaining(op -> op.getValue().fields().forEachRemaining(kv ->
                sb.append(" when ").append(op.getKey()).append(' ').append(kv.getKey()).append('=')
                        .append(kv.getValue().asText())));
        return sb.toString();
    }
}
