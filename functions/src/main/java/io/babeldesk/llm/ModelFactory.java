package io.babeldesk.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.babeldesk.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.Random;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Builds the configured {@link ChatModel} once per container, wrapped in a
 * {@link ResilientChatModel}.
 *
 * <p>BABELDESK_LLM_PROVIDER picks the provider (default bedrock), BABELDESK_LLM_MODEL the model,
 * BABELDESK_LLM_TIMEOUT_SECONDS (60) bounds each request. Per provider: bedrock reads BEDROCK_REGION
 * (else AWS_REGION) and BEDROCK_ENDPOINT_URL (tests); openai reads OPENAI_BASE_URL (with the /v1,
 * any OpenAI-compatible server) and OPENAI_API_KEY; anthropic reads ANTHROPIC_BASE_URL (with the
 * /v1/) and ANTHROPIC_API_KEY; ollama reads OLLAMA_BASE_URL. Retries and pacing are read by
 * {@link RetryPolicy} and {@link RateLimiter}; BABELDESK_LLM_MAX_OUTPUT_TOKENS (4096) is the output
 * limit of a request that sets none.
 *
 * <p>API keys: locally OPENAI_API_KEY and ANTHROPIC_API_KEY; on AWS the Secrets Manager secret
 * named by BABELDESK_LLM_API_KEY_SECRET, read at the first model call ({@link ModelApiKey}), so no
 * key is in the code, the template, the image or the function's configuration.
 *
 * <p>Provider {@code fixture} (canned answers for the sample articles) is for offline demos and
 * tests: it is refused on AWS Lambda, and its results name their model {@code fixture}.
 *
 * <p>LangChain4j's and the AWS SDK's own retries are off: the resilient wrapper is the one retry
 * loop, so that attempts and waits have one bound.
 */
public final class ModelFactory {
    /** Claude 3 Haiku is on demand in every Bedrock region; newer Claude models need an inference profile id. */
    static final String DEFAULT_BEDROCK_MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
    static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
    static final String DEFAULT_ANTHROPIC_MODEL = "claude-haiku-4-5";
    static final String DEFAULT_OLLAMA_MODEL = "llama3.1:8b";
    static final String DEFAULT_OLLAMA_URL = "http://localhost:11434";
    static final String FIXTURE = "fixture";

    private ModelFactory() {
    }

    public static ChatModel create(Config config) {
        return create(config, ModelClock.SYSTEM);
    }

    /** As {@link #create(Config)}, with the clock the retries and rate limits wait on. */
    public static ChatModel create(Config config, ModelClock clock) {
        ChatModel provider = ModelApiKey.fromSecret(config, ModelFactory::providerModel)
                .orElseGet(() -> providerModel(config));
        return new ResilientChatModel(provider, modelId(config), RetryPolicy.fromConfig(config),
                RateLimiter.fromConfig(config, clock), clock, new Random(),
                Settings.positiveInt(config, "BABELDESK_LLM_MAX_OUTPUT_TOKENS", 4096));
    }

    /** The model id a provider is configured with, as stored beside each translation. */
    public static String modelId(Config config) {
        if (FIXTURE.equals(config.llmProvider())) {
            return FIXTURE; // canned answers, whatever BABELDESK_LLM_MODEL says
        }
        return config.llmProvider() + ":" + modelName(config);
    }

    private static ChatModel providerModel(Config config) {
        Duration timeout = Duration.ofSeconds(Settings.positiveInt(config, "BABELDESK_LLM_TIMEOUT_SECONDS", 60));
        String model = modelName(config);
        return switch (config.llmProvider()) {
            case FIXTURE -> {
                config.refuseOnLambda("BABELDESK_LLM_PROVIDER=fixture (canned answers for the sample articles, not a"
                        + " translation model)", "set BABELDESK_LLM_PROVIDER to bedrock, openai, anthropic or ollama");
                yield new FixtureChatModel();
            }
            case "bedrock" -> BedrockChatModel.builder()
                    .client(bedrockClient(config, timeout))
                    .modelId(model)
                    .maxRetries(0)
                    .build();
            case "openai" -> OpenAiChatModel.builder()
                    .httpClientBuilder(new ProviderHttpClientBuilder())
                    .baseUrl(config.get("OPENAI_BASE_URL", "https://api.openai.com/v1"))
                    .apiKey(required(config, "OPENAI_API_KEY"))
                    .modelName(model)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case "anthropic" -> AnthropicChatModel.builder()
                    .httpClientBuilder(new ProviderHttpClientBuilder())
                    .baseUrl(config.get("ANTHROPIC_BASE_URL", "https://api.anthropic.com/v1/"))
                    .apiKey(required(config, "ANTHROPIC_API_KEY"))
                    .modelName(model)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            case "ollama" -> OllamaChatModel.builder()
                    .httpClientBuilder(new ProviderHttpClientBuilder())
                    .baseUrl(config.get("OLLAMA_BASE_URL", DEFAULT_OLLAMA_URL))
                    .modelName(model)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
            default -> throw new IllegalArgumentException("unknown BABELDESK_LLM_PROVIDER '" + config.llmProvider()
                    + "' (expected bedrock, openai, anthropic, ollama or fixture)");
        };
    }

    private static String modelName(Config config) {
        return config.llmModel().orElseGet(() -> switch (config.llmProvider()) {
            case "bedrock" -> DEFAULT_BEDROCK_MODEL;
            case "openai" -> DEFAULT_OPENAI_MODEL;
            case "anthropic" -> DEFAULT_ANTHROPIC_MODEL;
            case "ollama" -> DEFAULT_OLLAMA_MODEL;
            default -> "default";
        });
    }

    /**
     * The Converse API client. BEDROCK_REGION (else the function's region) and BEDROCK_ENDPOINT_URL
     * (a local stub in tests) choose where it goes; the URL-connection HTTP client as for the other
     * AWS clients, with the model's longer read timeout.
     */
    private static BedrockRuntimeClient bedrockClient(Config config, Duration timeout) {
        var builder = BedrockRuntimeClient.builder()
                .region(Region.of(config.get("BEDROCK_REGION").orElse(config.region())))
                .credentialsProvider(bedrockCredentials(config))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                        .socketTimeout(timeout)
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(timeout)
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .build());
        config.get("BEDROCK_ENDPOINT_URL").ifPresent(url -> builder.endpointOverride(URI.create(url)));
        return builder.build();
    }

    private static AwsCredentialsProvider bedrockCredentials(Config config) {
        // a local endpoint needs signed requests but no real identity
        boolean local = config.get("BEDROCK_ENDPOINT_URL").isPresent();
        boolean keysInEnvironment = config.get("AWS_ACCESS_KEY_ID").isPresent();
        return local && !keysInEnvironment
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))
                : DefaultCredentialsProvider.builder().build();
    }

    private static String required(Config config, String name) {
        return config.get(name).orElseThrow(() -> new IllegalArgumentException(name + " is not set; BABELDESK_LLM_PROVIDER="
                + config.llmProvider() + " needs it"));
    }
}
