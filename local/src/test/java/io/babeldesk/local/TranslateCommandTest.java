package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import io.babeldesk.local.bench.SimulatedTranslationModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslateCommandTest {
    private static final String SAMPLE = "../events/articles/kremlin-rejects-pashinyan-claim.txt";

    /** TEST FIXTURE: an OpenAI-compatible endpoint on localhost that answers with the simulation. */
    private static HttpServer openAiStub() throws Exception {
        SimulatedTranslationModel simulation = new SimulatedTranslationModel(SimulatedTranslationModel.Latency.NONE);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody());
            List<ChatMessage> messages = new ArrayList<>();
            for (JsonNode m : body.path("messages")) {
                messages.add(m.path("role").asText().equals("system") ? SystemMessage.from(m.path("content").asText())
                        : UserMessage.from(m.path("content").asText()));
            }
            JsonNode limit = body.has("max_completion_tokens") ? body.path("max_completion_tokens") : body.path("max_tokens");
            ChatResponse r = simulation.chat(ChatRequest.builder().messages(messages)
                    .maxOutputTokens(limit.isMissingNode() ? null : limit.asInt()).build());
            ObjectNode out = Json.MAPPER.createObjectNode();
            out.put("id", "stub").put("object", "chat.completion").put("model", "stub");
            ObjectNode choice = out.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", r.aiMessage().text());
            out.putObject("usage").put("prompt_tokens", r.tokenUsage().inputTokenCount())
                    .put("completion_tokens", r.tokenUsage().outputTokenCount())
                    .put("total_tokens", r.tokenUsage().totalTokenCount());
            byte[] bytes = Json.MAPPER.writeValueAsBytes(out);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void translatesTheSampleThroughAnOpenAiCompatibleEndpointAndPrintsJson() throws Exception {
        HttpServer server = openAiStub();
        try {
            Config config = new Config(Map.of(
                    "OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                    "OPENAI_API_KEY", "test-key",
                    "BABELDESK_LLM_MODEL", "stub-model"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = TranslateCommand.run(new String[] {SAMPLE, "--to", "ru,hy", "--provider", "openai"}, config,
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
            assertEquals(0, code, json.toPrettyString());
            assertEquals("kremlin-rejects-pashinyan-claim", json.path("article").path("id").asText());
            assertEquals("en", json.path("article").path("sourceLanguage").asText());
            for (String lang : List.of("ru", "hy")) {
                JsonNode t = json.path("translations").path(lang);
                assertEquals("DONE", t.path("status").asText(), t.toPrettyString());
                assertEquals(12, t.path("blocks").size());
                assertEquals("paragraph", t.path("blocks").path(0).path("type").asText());
                assertTrue(t.path("usage").path("calls").asInt() >= 1);
                assertTrue(t.path("usage").path("outputTokens").asLong() > 0);
                assertTrue(!t.path("summary").asText().isBlank());
            }
            assertTrue(json.path("translations").path("az").isMissingNode());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theSourceLanguagesOwnStatusAndTheReviewersTokensAreReported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = TranslateCommand.run(new String[] {SAMPLE, "--to", "ru", "--provider", "fixture"}, new Config(Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(0, code, json.toPrettyString());
        JsonNode source = json.path("article");
        assertEquals("DONE", source.path("status").asText(), source.toPrettyString());
        assertEquals("[]", source.path("flags").toString());
        JsonNode ru = json.path("translations").path("ru");
        assertEquals("DONE", ru.path("status").asText(), ru.toPrettyString());
        assertTrue(ru.path("usage").path("reviewCalls").asInt() >= 1, "the reviewer read the translation by default");
        assertTrue(ru.path("usage").path("reviewInputTokens").asLong() > 0);
        assertEquals(0, ru.path("usage").path("repairCalls").asInt());
    }

    @Test
    void unknownLanguageIsAUsageError() {
        assertEquals(2, TranslateCommand.run(new String[] {SAMPLE, "--to", "de"}, new Config(Map.of()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void missingFileIsReportedAsJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = TranslateCommand.run(new String[] {"no-such-article.txt"}, new Config(Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertEquals("NO_SUCH_FILE", Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8))
                .path("error").path("code").asText());
    }
}
