package io.babeldesk.config;

import java.util.Map;
import java.util.Optional;

/**
 * Every setting babeldesk reads, from the environment, in one place. Lambda gets these from
 * template.yaml; local runs from the shell.
 */
public record Config(Map<String, String> env) {
    public static final String DEFAULT_BUCKET = "babeldesk-articles";
    public static final String DEFAULT_TABLE = "babeldesk";
    public static final String DEFAULT_QUEUE = "babeldesk-work";

    public Config {
        env = Map.copyOf(env);
    }

    public static Config fromEnvironment() {
        return new Config(System.getenv());
    }

    public Config with(String name, String value) {
        var copy = new java.util.HashMap<>(env);
        copy.put(name, value);
        return new Config(copy);
    }

    public Optional<String> get(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int getInt(String name, int fallback) {
        return get(name).map(Integer::parseInt).orElse(fallback);
    }

    /** AWS_ENDPOINT_URL: an emulator (moto_server, LocalStack) instead of AWS. */
    public Optional<String> awsEndpoint() {
        return get("AWS_ENDPOINT_URL");
    }

    /**
     * The endpoint of one service ({@code S3}, {@code SQS}, {@code DYNAMODB}): the SDKs'
     * AWS_ENDPOINT_URL_&lt;SERVICE&gt;, else AWS_ENDPOINT_URL.
     */
    public Optional<String> awsEndpoint(String service) {
        return get("AWS_ENDPOINT_URL_" + service).or(this::awsEndpoint);
    }

    public String region() {
        return get("AWS_REGION").or(() -> get("AWS_DEFAULT_REGION")).orElse("us-east-1");
    }

    public String bucket() {
        return get("BABELDESK_BUCKET", DEFAULT_BUCKET);
    }

    public String table() {
        return get("BABELDESK_TABLE", DEFAULT_TABLE);
    }

    /** The URL of the work queue the translation jobs go to. */
    public Optional<String> queueUrl() {
        return get("BABELDESK_QUEUE_URL");
    }

    /** The EventBridge bus article events go to (BABELDESK_EVENT_BUS); without one they are only logged. */
    public Optional<String> eventBus() {
        return get("BABELDESK_EVENT_BUS");
    }

    /**
     * The API's base URL (BABELDESK_API_URL), which events put before the path of the result
     * they announce; without it their url is the path alone.
     */
    public Optional<String> apiUrl() {
        return get("BABELDESK_API_URL");
    }

    public String queueName() {
        return get("BABELDESK_QUEUE_NAME", DEFAULT_QUEUE);
    }

    public String llmProvider() {
        return get("BABELDESK_LLM_PROVIDER", "bedrock");
    }

    public Optional<String> llmModel() {
        return get("BABELDESK_LLM_MODEL");
    }

    /** True when the code runs on AWS Lambda (the runtime sets AWS_LAMBDA_FUNCTION_NAME). */
    public boolean onLambda() {
        return get("AWS_LAMBDA_FUNCTION_NAME").isPresent();
    }

    /**
     * Fails when a setting meant for a developer's machine is used on AWS Lambda, naming the
     * setting and what to use there instead.
     */
    public void refuseOnLambda(String setting, String useInstead) {
        if (onLambda()) {
            throw new LocalOnlySettingException(setting + " is for local runs only and is refused on AWS Lambda (function "
                    + get("AWS_LAMBDA_FUNCTION_NAME").orElseThrow() + "); " + useInstead);
        }
    }

    /** A setting for local runs was found on AWS Lambda. */
    public static final class LocalOnlySettingException extends IllegalStateException {
        public LocalOnlySettingException(String message) {
            super(message);
        }
    }

    public int port() {
        return getInt("BABELDESK_PORT", 3000);
    }
}
