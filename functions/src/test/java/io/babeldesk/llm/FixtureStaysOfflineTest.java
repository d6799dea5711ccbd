package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixture model is an offline demo: refused on Lambda, and named {@code fixture} wherever it answers. */
class FixtureStaysOfflineTest {
    @Test
    void fixtureProviderIsRefusedOnLambdaWithAClearError() {
        Config onLambda = new Config(Map.of("BABELDESK_LLM_PROVIDER", "fixture",
                "AWS_LAMBDA_FUNCTION_NAME", "babeldesk-TranslateFunction"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelFactory.create(onLambda));

        assertTrue(e.getMessage().startsWith("BABELDESK_LLM_PROVIDER=fixture"), e.getMessage());
        assertTrue(e.getMessage().contains("refused on AWS Lambda") && e.getMessage().contains("bedrock"), e.getMessage());
    }

    @Test
    void fixtureProviderWorksOffLambda() {
        assertInstanceOf(FixtureChatModel.class, ModelFactoryTest.providerOf(
                ModelFactory.create(new Config(Map.of("BABELDESK_LLM_PROVIDER", "fixture")))));
    }

    @Test
    void storedModelIdIsFixtureWhateverModelIsConfigured() {
        assertEquals("fixture", ModelFactory.modelId(new Config(Map.of("BABELDESK_LLM_PROVIDER", "fixture"))));
        assertEquals("fixture", ModelFactory.modelId(new Config(Map.of("BABELDESK_LLM_PROVIDER", "fixture",
                "BABELDESK_LLM_MODEL", "gpt-4o"))));
    }

    @Test
    void fixtureAnswersNameTheirModelFixture() throws Exception {
        JsonNode sample;
        try (var in = getClass().getClassLoader().getResourceAsStream("fixture-model/kremlin-rejects-pashinyan-claim.json")) {
            sample = Json.MAPPER.readTree(in);
        }
        String language = sample.path("sourceLanguage").asText();
        String title = sample.path("segments").path(0).path(language).asText();
        Prompt summary = new Prompt("summarise", Map.of("task", "summarize", "kind", "short", "language", language),
                SegmentCodec.encode(List.of(title), 1), 200, 0.2);

        ChatResponse response = new FixtureChatModel().chat(summary.toChatRequest());

        assertEquals("fixture", response.metadata().modelName());
    }
}
