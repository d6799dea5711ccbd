package io.babeldesk.llm;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.config.Config;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the provider's API key comes from. Locally: its environment variable (OPENAI_API_KEY,
 * ANTHROPIC_API_KEY). On AWS: the Secrets Manager secret that BABELDESK_LLM_API_KEY_SECRET names
 * (an ARN or a name), read at the first model call and kept for the container's life, so the key
 * is never in the function's configuration. The environment variable wins when both are set.
 */
public final class ModelApiKey {
    /** The ARN or name of the secret that holds the provider's API key. */
    public static final String SECRET_VARIABLE = "BABELDESK_LLM_API_KEY_SECRET";

    private ModelApiKey() {
    }

    /** The environment variable a provider reads its key from, for the providers that need one. */
    static Optional<String> variableOf(String provider) {
        return switch (provider) {
            case "openai" -> Optional.of("OPENAI_API_KEY");
            case "anthropic" -> Optional.of("ANTHROPIC_API_KEY");
            default -> Optional.empty();
        };
    }

    /**
     * A model that reads its key from Secrets Manager on its first call and then builds the
     * provider model with it, when the key is to come from there; empty when the provider needs
     * no key, the key is in the environment, or no secret is named.
     *
     * @param build builds the provider model from a configuration that holds the key
     */
    static Optional<ChatModel> fromSecret(Config config, Function<Config, ChatModel> build) {
        return fromSecret(config, new Secrets(config), build);
    }

    static Optional<ChatModel> fromSecret(Config config, Secrets secrets, Function<Config, ChatModel> build) {
        Optional<String> variable = variableOf(config.llmProvider());
        Optional<String> secretId = config.get(SECRET_VARIABLE);
        if (variable.isEmpty() || secretId.isEmpty() || config.get(variable.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new KeyFromSecretChatModel(
                () -> build.apply(config.with(variable.get(), secrets.value(secretId.get())))));
    }
}
