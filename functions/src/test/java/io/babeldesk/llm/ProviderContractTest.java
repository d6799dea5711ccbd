package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every provider model must keep, run over real HTTP against a stub that speaks the
 * provider's wire format: where the system prompt, output limit and temperature go, how text,
 * finish reasons and usage are read, and which failures are retried and how.
 */
abstract class ProviderContractTest {
    static final String SYSTEM = "You translate news articles. Keep the [[n]] segment markers.";
    static final long RETRY_BASE_MILLIS = 100;

    StubProvider stub;
    FakeModelClock clock;
    ChatModel model;

    /** The settings that point the provider at {@code baseUrl}; the common ones are added. */
    abstract Map<String, String> providerSettings(String baseUrl);

    /** The path a chat request goes to. */
    abstract String chatPath();

    abstract StubProvider.Answer answer(String text, boolean truncated, int inputTokens, int outputTokens);

    abstract StubProvider.Answer rateLimited();

    abstract StubProvider.Answer serverError();

    abstract StubProvider.Answer badRequest();

    abstract String systemPromptIn(JsonNode body);

    abstract int maxTokensIn(JsonNode body);

    abstract double temperatureIn(JsonNode body);

    abstract void assertAuthenticated(StubProvider.Received request);

    @BeforeEach
    void startStub() {
        stub = new StubProvider();
        clock = new FakeModelClock();
        model = modelWith(Map.of());
    }

    /** The model as ModelFactory builds it for this provider and the stub, with some settings changed. */
    ChatModel modelWith(Map<String, String> changes) {
        Map<String, String> env = new HashMap<>(providerSettings(stub.url()));
        env.put("BABELDESK_LLM_MAX_ATTEMPTS", "3");
        env.put("BABELDESK_LLM_RETRY_BASE_MILLIS", Long.toString(RETRY_BASE_MILLIS));
        env.put("BABELDESK_LLM_TIMEOUT_SECONDS", "10");
        env.putAll(changes);
        return ModelFactory.create(new Config(env), clock);
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    static ChatRequest translationRequest() {
        return new Prompt(SYSTEM, Map.of("task", "translate", "source-language", "en", "target-language", "hy"),
                "[[1]] Parliament passed the budget.\n", 321, 0.2).toChatRequest();
    }

    @Test
    void sendsSystemPromptMaxTokensAndTemperatureWhereTheProviderExpectsThem() throws Exception {
        stub.then(answer("[[1]] Խորհրդարանն ընդունեց բյուջեն։", false, 40, 12));

        model.chat(translationRequest());

        StubProvider.Received request = stub.received().get(0);
        assertEquals("POST", request.method());
        assertEquals(chatPath(), request.path());
        assertAuthenticated(request);
        JsonNode body = Json.MAPPER.readTree(request.body());
        assertEquals(SYSTEM, systemPromptIn(body));
        assertEquals(321, maxTokensIn(body));
        assertEquals(0.2, temperatureIn(body), 1e-9);
        assertTrue(request.body().contains("Parliament passed the budget."), request.body());
    }

    @Test
    void readsTheAnswerText() {
        stub.then(answer("[[1]] Խորհրդարանն ընդունեց բյուջեն։", false, 40, 12));

        ChatResponse response = model.chat(translationRequest());

        assertEquals("[[1]] Խորհրդարանն ընդունեց բյուջեն։", response.aiMessage().text());
    }

    @Test
    void mapsStopAndLengthFinishReasons() {
        stub.then(answer("[[1]] complete", false, 40, 3)).then(answer("[[1]] cut of", true, 40, 321));

        assertEquals(FinishReason.STOP, model.chat(translationRequest()).metadata().finishReason());
        assertEquals(FinishReason.LENGTH, model.chat(translationRequest()).metadata().finishReason());
    }

    @Test
    void readsTokenUsage() {
        stub.then(answer("[[1]] Парламент принял бюджет.", false, 57, 19));

        var usage = model.chat(translationRequest()).metadata().tokenUsage();

        assertEquals(57, usage.inputTokenCount());
        assertEquals(19, usage.outputTokenCount());
    }

    @Test
    void retriesAfterRateLimitHonouringRetryAfter() {
        stub.then(rateLimited()).then(answer("[[1]] after the wait", false, 40, 4));

        ChatResponse response = model.chat(translationRequest());

        assertEquals("[[1]] after the wait", response.aiMessage().text());
        assertEquals(2, stub.received().size());
        List<Duration> sleeps = clock.sleeps();
        assertEquals(1, sleeps.size(), "one wait before the one retry: " + sleeps);
        Duration wait = sleeps.get(0);
        assertTrue(wait.compareTo(Duration.ofSeconds(1)) >= 0
                        && wait.compareTo(Duration.ofSeconds(1).plusMillis(RETRY_BASE_MILLIS)) <= 0,
                "Retry-After: 1 plus at most the base jitter, was " + wait);
    }

    @Test
    void retriesServerErrors() {
        stub.then(serverError()).then(answer("[[1]] second time lucky", false, 40, 5));

        ChatResponse response = model.chat(translationRequest());

        assertEquals("[[1]] second time lucky", response.aiMessage().text());
        assertEquals(2, stub.received().size());
        assertEquals(1, clock.sleeps().size());
        assertTrue(clock.sleeps().get(0).toMillis() <= RETRY_BASE_MILLIS, "first backoff within the base delay");
    }

    @Test
    void givesUpAfterMaxAttemptsOfServerErrors() {
        stub.otherwise(serverError());

        ModelCallFailedException failure = assertThrows(ModelCallFailedException.class,
                () -> model.chat(translationRequest()));

        assertEquals(3, failure.attempts());
        assertEquals(3, stub.received().size());
        assertEquals(2, clock.sleeps().size());
        assertTrue(failure.getMessage().contains("failed 3 times"), failure.getMessage());
        assertTrue(ProviderFailures.isTransient(failure.getCause()), "the last server error is the cause");
    }

    @Test
    void retriesARequestThatTimedOut() {
        ChatModel impatient = modelWith(Map.of("BABELDESK_LLM_TIMEOUT_SECONDS", "1"));
        stub.then(answer("[[1]] too late", false, 40, 3).after(Duration.ofMillis(1500)))
                .then(answer("[[1]] in time", false, 40, 3));

        ChatResponse response = impatient.chat(translationRequest());

        assertEquals("[[1]] in time", response.aiMessage().text());
        assertEquals(2, stub.received().size());
        assertEquals(1, clock.sleeps().size());
    }

    @Test
    void doesNotRetryBadRequest() {
        stub.then(badRequest()).then(answer("[[1]] never asked for", false, 1, 1));

        RuntimeException failure = assertThrows(RuntimeException.class, () -> model.chat(translationRequest()));

        assertInstanceOf(InvalidRequestException.class, failure);
        assertEquals(1, stub.received().size());
        assertTrue(clock.sleeps().isEmpty());
    }
}
