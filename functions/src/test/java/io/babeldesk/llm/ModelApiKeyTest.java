package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.babeldesk.config.Config;
import io.babeldesk.testing.MotoServer;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The provider's API key from the environment locally, from Secrets Manager on AWS. */
class ModelApiKeyTest {
    private final SecretsManagerClient admin = SecretsManagerClient.builder()
            .endpointOverride(URI.create(MotoServer.get().endpoint()))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    private final OpenAiContractTest openAi = new OpenAiContractTest();

    private static Config config(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(settings);
        env.put("AWS_ENDPOINT_URL", MotoServer.get().endpoint());
        env.put("AWS_REGION", "us-east-1");
        env.put("BABELDESK_LLM_MAX_ATTEMPTS", "1");
        return new Config(env);
    }

    private static Config openAiWithSecret(String baseUrl, String secretId) {
        return config(Map.of("BABELDESK_LLM_PROVIDER", "openai", "OPENAI_BASE_URL", baseUrl + "/v1",
                ModelApiKey.SECRET_VARIABLE, secretId));
    }

    @Test
    void keyIsReadFromTheSecretAtTheFirstModelCallAndKeptAfterwards() {
        String name = "babeldesk/openai-" + UUID.randomUUID();
        try (StubProvider stub = new StubProvider()) {
            stub.otherwise(openAi.answer("ok", false, 10, 2));
            // built before the secret exists: nothing is read at start-up
            ChatModel model = ModelFactory.create(openAiWithSecret(stub.url(), name));
            String arn = admin.createSecret(r -> r.name(name).secretString("sk-from-secret")).arn();

            model.chat("first");
            admin.deleteSecret(r -> r.secretId(arn).forceDeleteWithoutRecovery(true));
            model.chat("second");

            assertEquals(2, stub.received().size());
            for (StubProvider.Received request : stub.received()) {
                assertEquals("Bearer sk-from-secret", request.header("Authorization"));
            }
        }
    }

    @Test
    void environmentKeyIsUsedAsBeforeAndWinsOverTheSecret() {
        ChatModel built = ModelFactory.create(config(Map.of("BABELDESK_LLM_PROVIDER", "openai",
                "OPENAI_API_KEY", "sk-local", ModelApiKey.SECRET_VARIABLE, "never-read")));

        assertInstanceOf(OpenAiChatModel.class, ModelFactoryTest.providerOf(built));
    }

    @Test
    void anthropicReadsItsKeyFromTheSecretToo() {
        String name = "babeldesk/anthropic-" + UUID.randomUUID();
        admin.createSecret(r -> r.name(name).secretString("sk-ant-from-secret"));
        ChatModel built = ModelFactory.create(config(Map.of("BABELDESK_LLM_PROVIDER", "anthropic",
                ModelApiKey.SECRET_VARIABLE, name)));

        KeyFromSecretChatModel deferred = assertInstanceOf(KeyFromSecretChatModel.class, ModelFactoryTest.providerOf(built));
        assertInstanceOf(AnthropicChatModel.class, deferred.model());
    }

    @Test
    void providersWithoutKeysIgnoreTheSecret() {
        ChatModel built = ModelFactory.create(config(Map.of("BABELDESK_LLM_PROVIDER", "bedrock",
                ModelApiKey.SECRET_VARIABLE, "never-read")));

        assertInstanceOf(BedrockChatModel.class, ModelFactoryTest.providerOf(built));
    }

    @Test
    void unreadableSecretFailsTheCallNamingTheSecret() {
        String name = "babeldesk/missing-" + UUID.randomUUID();
        try (StubProvider stub = new StubProvider()) {
            ChatModel model = ModelFactory.create(openAiWithSecret(stub.url(), name));

            RuntimeException e = assertThrows(RuntimeException.class, () -> model.chat("hello"));

            assertTrue(e.getMessage().contains("could not read secret " + name), e.getMessage());
            assertEquals(0, stub.received().size());
        }
    }
}
