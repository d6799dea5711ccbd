package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.util.Map;

/** The provider contract for Ollama's chat API (a rate-limiting proxy in front gives it 429s). */
class OllamaContractTest extends ProviderContractTest {
    @Override
    Map<String, String> providerSettings(String baseUrl) {
        return Map.of("BABELDESK_LLM_PROVIDER", "ollama", "BABELDESK_LLM_MODEL", "llama3.1:8b",
                "OLLAMA_BASE_URL", baseUrl);
    }

    @Override
    String chatPath() {
        return "/api/chat";
    }

    @Override
    StubProvider.Answer answer(String text, boolean truncated, int inputTokens, int outputTokens) {
        var body = Json.MAPPER.createObjectNode()
                .put("model", "llama3.1:8b")
                .put("created_at", "2025-03-01T12:00:01.512Z");
        body.putObject("message").put("role", "assistant").put("content", text);
        body.put("done_reason", truncated ? "length" : "stop")
                .put("done", true)
                .put("total_duration", 4_883_583_458L)
                .put("load_duration", 1_334_875L)
                .put("prompt_eval_count", inputTokens)
                .put("prompt_eval_duration", 342_546_000L)
                .put("eval_count", outputTokens)
                .put("eval_duration", 4_535_599_000L);
        return StubProvider.Answer.json(200, body.toString());
    }

    @Override
    StubProvider.Answer rateLimited() {
        return StubProvider.Answer.json(429, "{\"error\":\"too many requests\"}").withHeader("Retry-After", "1");
    }

    @Override
    StubProvider.Answer serverError() {
        return StubProvider.Answer.json(500, "{\"error\":\"llama runner process has terminated: signal: killed\"}");
    }

    @Override
    StubProvider.Answer badRequest() {
        return StubProvider.Answer.json(400, "{\"error\":\"invalid options: num_predict\"}");
    }

    @Override
    String systemPromptIn(JsonNode body) {
        assertFalse(body.path("stream").asBoolean(true), "a single JSON answer, not a stream");
        JsonNode first = body.path("messages").path(0);
        assertEquals("system", first.path("role").asText());
        return first.path("content").asText();
    }

    @Override
    int maxTokensIn(JsonNode body) {
        return body.path("options").path("num_predict").asInt(-1);
    }

    @Override
    double temperatureIn(JsonNode body) {
        return body.path("options").path("temperature").asDouble(-1);
    }

    @Override
    void assertAuthenticated(StubProvider.Received request) {
        assertEquals(null, request.header("Authorization"), "a local Ollama takes no credentials");
    }
}
