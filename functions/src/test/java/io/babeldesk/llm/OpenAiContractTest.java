package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.util.Map;

/** The provider contract for an OpenAI-compatible chat completions endpoint. */
class OpenAiContractTest extends ProviderContractTest {
    @Override
    Map<String, String> providerSettings(String baseUrl) {
        return Map.of("BABELDESK_LLM_PROVIDER", "openai", "BABELDESK_LLM_MODEL", "gpt-4o-mini",
                "OPENAI_BASE_URL", baseUrl + "/v1", "OPENAI_API_KEY", "sk-test");
    }

    @Override
    String chatPath() {
        return "/v1/chat/completions";
    }

    @Override
    StubProvider.Answer answer(String text, boolean truncated, int inputTokens, int outputTokens) {
        var body = Json.MAPPER.createObjectNode()
                .put("id", "chatcmpl-9xQz")
                .put("object", "chat.completion")
                .put("created", 1740830400)
                .put("model", "gpt-4o-mini-2024-07-18")
                .put("system_fingerprint", "fp_0aa8d3e20b");
        var choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text).putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", truncated ? "length" : "stop");
        body.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                .put("total_tokens", inputTokens + outputTokens);
        return StubProvider.Answer.json(200, body.toString());
    }

    @Override
    StubProvider.Answer rateLimited() {
        return StubProvider.Answer.json(429, """
                {"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 500, Used 500, Requested 1.","type":"requests","param":null,"code":"rate_limit_exceeded"}}""")
                .withHeader("retry-after", "1");
    }

    @Override
    StubProvider.Answer serverError() {
        return StubProvider.Answer.json(500, """
                {"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}""");
    }

    @Override
    StubProvider.Answer badRequest() {
        return StubProvider.Answer.json(400, """
                {"error":{"message":"Invalid value for 'temperature': must be between 0 and 2.","type":"invalid_request_error","param":"temperature","code":"invalid_value"}}""");
    }

    @Override
    String systemPromptIn(JsonNode body) {
        JsonNode first = body.path("messages").path(0);
        assertEquals("system", first.path("role").asText());
        return first.path("content").asText();
    }

    @Override
    int maxTokensIn(JsonNode body) {
        // LangChain4j sends the output limit as max_tokens, which every OpenAI-compatible server reads
        return body.path("max_tokens").asInt(-1);
    }

    @Override
    double temperatureIn(JsonNode body) {
        return body.path("temperature").asDouble(-1);
    }

    @Override
    void assertAuthenticated(StubProvider.Received request) {
        assertEquals("Bearer sk-test", request.header("Authorization"));
    }
}
