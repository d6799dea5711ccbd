package io.babeldesk.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.babeldesk.config.Config;

/** Builds the configured {@link ChatModel} once per container. */
public final class ModelFactory {
    private ModelFactory() {
    }

    public static ChatModel create(Config config) {
        String provider = config.llmProvider();
        return switch (provider) {
            case "fixture" -> new FixtureChatModel();
            case "openai" -> OpenAiChatModel.builder()
                    .baseUrl(config.get("OPENAI_BASE_URL", "https://api.openai.com/v1"))
                    .apiKey(config.get("OPENAI_API_KEY", ""))
                    .modelName(config.llmModel().orElse("gpt-4o-mini"))
                    .maxRetries(0)
                    .build();
            default -> throw new IllegalArgumentException("unknown BABELDESK_LLM_PROVIDER: " + provider
                    + " (expected bedrock, openai, anthropic, ollama or fixture)");
        };
    }

    /** The model id a provider is configured with, as stored beside each translation. */
    public static String modelId(Config config) {
        return config.llmProvider() + ":" + config.llmModel().orElse("default");
    }
}
