package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.util.Map;

/**
 * The provider contract for Bedrock's Converse API through the AWS SDK, signed with test
 * credentials, against a stub at BEDROCK_ENDPOINT_URL. Errors come as the SDK's REST-JSON
 * protocol sends them: the exception name in {@code x-amzn-ErrorType}, the message in the body.
 */
class BedrockContractTest extends ProviderContractTest {
    static final String MODEL = "anthropic.claude-3-haiku-20240307-v1:0";

    @Override
    Map<String, String> providerSettings(String baseUrl) {
        return Map.of("BABELDESK_LLM_PROVIDER", "bedrock", "BABELDESK_LLM_MODEL", MODEL,
                "AWS_REGION", "eu-central-1", "BEDROCK_ENDPOINT_URL", baseUrl);
    }

    @Override
    String chatPath() {
        return "/model/" + MODEL + "/converse";
    }

    @Override
    StubProvider.Answer answer(String text, boolean truncated, int inputTokens, int outputTokens) {
        var body = Json.MAPPER.createObjectNode();
        var message = body.putObject("output").putObject("message").put("role", "assistant");
        message.putArray("content").addObject().put("text", text);
        body.put("stopReason", truncated ? "max_tokens" : "end_turn");
        body.putObject("usage").put("inputTokens", inputTokens).put("outputTokens", outputTokens)
                .put("totalTokens", inputTokens + outputTokens);
        body.putObject("metrics").put("latencyMs", 812);
        return StubProvider.Answer.json(200, body.toString())
                .withHeader("x-amzn-RequestId", "3f1e6a4c-5b7d-4e8f-9a0b-1c2d3e4f5a6b");
    }

    @Override
    StubProvider.Answer rateLimited() {
        return error(429, "ThrottlingException", "Too many requests, please wait before trying again.")
                .withHeader("Retry-After", "1");
    }

    @Override
    StubProvider.Answer serverError() {
        return error(503, "ServiceUnavailableException", "Bedrock is unable to process your request.");
    }

    @Override
    StubProvider.Answer badRequest() {
        return error(400, "ValidationException",
                "The maximum tokens you requested exceeds the model limit of 4096.");
    }

    private static StubProvider.Answer error(int status, String type, String message) {
        return StubProvider.Answer.json(status, Json.MAPPER.createObjectNode().put("message", message).toString())
                .withHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/")
                .withHeader("x-amzn-RequestId", "8d1c2b3a-0f9e-4d8c-b7a6-5e4d3c2b1a09");
    }

    @Override
    String systemPromptIn(JsonNode body) {
        return body.path("system").path(0).path("text").asText();
    }

    @Override
    int maxTokensIn(JsonNode body) {
        return body.path("inferenceConfig").path("maxTokens").asInt(-1);
    }

    @Override
    double temperatureIn(JsonNode body) {
        return body.path("inferenceConfig").path("temperature").asDouble(-1);
    }

    @Override
    void assertAuthenticated(StubProvider.Received request) {
        String authorization = request.header("Authorization");
        assertTrue(authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 Credential=test/")
                && authorization.contains("/eu-central-1/bedrock/aws4_request"), "SigV4 with test keys: " + authorization);
    }
}
