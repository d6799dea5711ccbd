package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.util.Map;

/** The provider contract for the Anthropic Messages API. */
class AnthropicContractTest extends ProviderContractTest {
    @Override
    Map<String, String> providerSettings(String baseUrl) {
        return Map.of("BABELDESK_LLM_PROVIDER", "anthropic", "BABELDESK_LLM_MODEL", "claude-haiku-4-5",
                "ANTHROPIC_BASE_URL", baseUrl + "/v1/", "ANTHROPIC_API_KEY", "sk-ant-test");
    }

    @Override
    String chatPath() {
        return "/v1/messages";
    }

    @Override
    StubProvider.Answer answer(String text, boolean truncated, int inputTokens, int outputTokens) {
        var body = Json.MAPPER.createObjectNode()
                .put("id", "msg_01XFDUDYJgAACzvnptvVoYEL")
                .put("type", "message")
                .put("role", "assistant")
                .put("model", "claude-haiku-4-5-20251001");
        body.putArray("content").addObject().put("type", "text").put("text", text);
        body.put("stop_reason", truncated ? "max_tokens" : "end_turn");
        body.putNull("stop_sequence");
        body.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens)
                .put("cache_creation_input_tokens", 0).put("cache_read_input_tokens", 0);
        return StubProvider.Answer.json(200, body.toString());
    }

    @Override
    StubProvider.Answer rateLimited() {
        return StubProvider.Answer.json(429, """
                {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization of 50 requests per minute."}}""")
                .withHeader("retry-after", "1")
                .withHeader("anthropic-ratelimit-requests-remaining", "0");
    }

    @Override
    StubProvider.Answer serverError() {
        // 529: Anthropic's "overloaded", the 5xx its API answers most
        return StubProvider.Answer.json(529, """
                {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""");
    }

    @Override
    StubProvider.Answer badRequest() {
        return StubProvider.Answer.json(400, """
                {"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: 999999 > 64000, which is the maximum allowed number of output tokens for claude-haiku-4-5-20251001"}}""");
    }

    @Override
    String systemPromptIn(JsonNode body) {
        JsonNode system = body.path("system");
        // the Messages API takes the system prompt top-level, as a string or as text blocks
        return system.isArray() ? system.path(0).path("text").asText() : system.asText();
    }

    @Override
    int maxTokensIn(JsonNode body) {
        return body.path("max_tokens").asInt(-1);
    }

    @Override
    double temperatureIn(JsonNode body) {
        return body.path("temperature").asDouble(-1);
    }

    @Override
    void assertAuthenticated(StubProvider.Received request) {
        assertEquals("sk-ant-test", request.header("x-api-key"));
        assertNotNull(request.header("anthropic-version"));
    }
}
