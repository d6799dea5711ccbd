package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.babeldesk.config.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFactoryTest {
    static Config config(String... pairs) {
        var env = new java.util.HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        env.putIfAbsent("AWS_REGION", "eu-central-1");
        return new Config(env);
    }

    static ChatModel providerOf(ChatModel built) {
        return assertInstanceOf(ResilientChatModel.class, built).delegate();
    }

    @Test
    void buildsEachProviderWrappedForRetries() {
        assertInstanceOf(BedrockChatModel.class, providerOf(ModelFactory.create(config(
                "BABELDESK_LLM_PROVIDER", "bedrock"))));
        assertInstanceOf(OpenAiChatModel.class, providerOf(ModelFactory.create(config(
                "BABELDESK_LLM_PROVIDER", "openai", "OPENAI_API_KEY", "sk-test"))));
        assertInstanceOf(AnthropicChatModel.class, providerOf(ModelFactory.create(config(
                "BABELDESK_LLM_PROVIDER", "anthropic", "ANTHROPIC_API_KEY", "sk-ant-test"))));
        assertInstanceOf(OllamaChatModel.class, providerOf(ModelFactory.create(config(
                "BABELDESK_LLM_PROVIDER", "ollama"))));
        assertInstanceOf(FixtureChatModel.class, providerOf(ModelFactory.create(config(
                "BABELDESK_LLM_PROVIDER", "fixture"))));
    }

    @Test
    void bedrockIsTheDefaultProvider() {
        assertInstanceOf(BedrockChatModel.class, providerOf(ModelFactory.create(config())));
        assertEquals("bedrock:" + ModelFactory.DEFAULT_BEDROCK_MODEL, ModelFactory.modelId(config()));
    }

    @Test
    void unknownProviderFailsNamingTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFactory.create(config("BABELDESK_LLM_PROVIDER", "gemini")));

        assertTrue(e.getMessage().contains("BABELDESK_LLM_PROVIDER") && e.getMessage().contains("gemini"),
                e.getMessage());
    }

    @Test
    void missingApiKeyFailsNamingTheVariable() {
        IllegalArgumentException openai = assertThrows(IllegalArgumentException.class,
                () -> ModelFactory.create(config("BABELDESK_LLM_PROVIDER", "openai")));
        IllegalArgumentException anthropic = assertThrows(IllegalArgumentException.class,
                () -> ModelFactory.create(config("BABELDESK_LLM_PROVIDER", "anthropic", "OPENAI_API_KEY", "sk")));

        assertTrue(openai.getMessage().startsWith("OPENAI_API_KEY is not set"), openai.getMessage());
        assertTrue(anthropic.getMessage().startsWith("ANTHROPIC_API_KEY is not set"), anthropic.getMessage());
    }

    @Test
    void malformedNumberFailsNamingTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFactory.create(config("BABELDESK_LLM_PROVIDER", "ollama",
                        "BABELDESK_LLM_TIMEOUT_SECONDS", "sixty")));

        assertTrue(e.getMessage().contains("BABELDESK_LLM_TIMEOUT_SECONDS") && e.getMessage().contains("sixty"),
                e.getMessage());
    }

    @Test
    void modelIdNamesProviderAndConfiguredModel() {
        assertEquals("openai:gpt-4.1-mini", ModelFactory.modelId(config("BABELDESK_LLM_PROVIDER", "openai",
                "BABELDESK_LLM_MODEL", "gpt-4.1-mini")));
        assertEquals("ollama:" + ModelFactory.DEFAULT_OLLAMA_MODEL,
                ModelFactory.modelId(new Config(Map.of("BABELDESK_LLM_PROVIDER", "ollama"))));
    }
}
