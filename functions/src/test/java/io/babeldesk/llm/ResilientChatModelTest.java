package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;

class ResilientChatModelTest {
    static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(3),
            Duration.ofSeconds(60));
    /** Always draws the top of the jitter range, so waits are predictable. */
    static final RandomGenerator TOP_OF_RANGE = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    final FakeModelClock clock = new FakeModelClock();
    final ScriptedModel provider = new ScriptedModel();
    final RateLimiter limiter = new RateLimiter(100, 10_000, clock);
    final ResilientChatModel model = new ResilientChatModel(provider, "test:scripted", POLICY, limiter, clock,
            TOP_OF_RANGE, 777);

    static ChatRequest request(Integer maxOutputTokens) {
        return ChatRequest.builder()
                .messages(SystemMessage.from("Translate."), UserMessage.from("x".repeat(400)))
                .maxOutputTokens(maxOutputTokens)
                .build();
    }

    static ChatResponse answer(int totalTokens) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from("ok"))
                .tokenUsage(new TokenUsage(totalTokens - 10, 10))
                .finishReason(FinishReason.STOP)
                .build();
    }

    @Test
    void setsTheDefaultOutputLimitWhenTheRequestHasNone() {
        provider.then(() -> answer(50));

        model.chat(request(null));

        assertEquals(777, provider.requests.get(0).maxOutputTokens());
    }

    @Test
    void keepsTheOutputLimitTheRequestAsksFor() {
        provider.then(() -> answer(50));

        model.chat(request(123));

        assertEquals(123, provider.requests.get(0).maxOutputTokens());
    }

    @Test
    void fixtureRefusalFailsAtOnce() {
        FixtureChatModel fixture = new FixtureChatModel();
        ResilientChatModel wrapped = new ResilientChatModel(fixture, "fixture:default", POLICY, limiter, clock,
                TOP_OF_RANGE, 777);

        assertThrows(FixtureChatModel.FixtureModelException.class,
                () -> wrapped.chat(new Prompt("s", Map.of("task", "poetry"), "", 10, 0).toChatRequest()));

        assertEquals(1, fixture.calls());
        assertTrue(clock.sleeps().isEmpty());
    }

    @Test
    void authenticationAndContentFilterFailuresAreNotRetried() {
        AuthenticationException badKey = new AuthenticationException("invalid x-api-key");
        provider.then(() -> {
            throw badKey;
        });
        assertSame(badKey, assertThrows(AuthenticationException.class, () -> model.chat(request(10))));

        ContentFilteredException filtered = new ContentFilteredException("the response was filtered");
        provider.then(() -> {
            throw filtered;
        });
        assertSame(filtered, assertThrows(ContentFilteredException.class, () -> model.chat(request(10))));

        assertEquals(2, provider.requests.size());
        assertTrue(clock.sleeps().isEmpty());
    }

    @Test
    void retriesBedrockThrottlingAndClientSideTimeouts() {
        // as LangChain4j's Bedrock mapper hands them over: throttling mapped by status, socket timeouts unmapped
        provider.then(() -> {
            throw new RateLimitException(ThrottlingException.builder().statusCode(429)
                    .message("Too many tokens, please wait before trying again.").build());
        }).then(() -> {
            throw SdkClientException.builder().message("Unable to execute HTTP request: Read timed out")
                    .cause(new SocketTimeoutException("Read timed out")).build();
        }).then(() -> {
            throw new TimeoutException(new HttpTimeoutException("request timed out"));
        }).then(() -> answer(60));

        assertEquals("ok", model.chat(request(10)).aiMessage().text());

        assertEquals(4, provider.requests.size());
        assertEquals(3, clock.sleeps().size());
    }

    @Test
    void backoffDoublesWithFullJitterUpToTheMaximumDelay() {
        RetryPolicy sixAttempts = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3),
                Duration.ofSeconds(60));
        ResilientChatModel patient = new ResilientChatModel(provider, "test:scripted", sixAttempts, limiter, clock,
                TOP_OF_RANGE, 777);
        for (int i = 0; i < 5; i++) {
            provider.then(() -> {
                throw new InternalServerException("upstream connect error");
            });
        }
        provider.then(() -> answer(60));

        patient.chat(request(10));

        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000),
                Duration.ofMillis(3000), Duration.ofMillis(3000)), clock.sleeps());
    }

    @Test
    void fullJitterCanRetryAtOnce() {
        RandomGenerator bottom = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return 0;
            }
        };
        ResilientChatModel eager = new ResilientChatModel(provider, "test:scripted", POLICY, limiter, clock, bottom,
                777);
        provider.then(() -> {
            throw new InternalServerException("bad gateway");
        }).then(() -> answer(60));

        eager.chat(request(10));

        assertEquals(List.of(Duration.ZERO), clock.sleeps());
    }

    @Test
    void honoursRetryAfterGivenAsAnHttpDate() {
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(FakeModelClock.START.plusSeconds(30).atOffset(ZoneOffset.UTC));
        provider.then(() -> {
            throw new RateLimitException(new ProviderHttpException(429, "{}", Map.of("Retry-After",
                    List.of(inThirtySeconds))));
        }).then(() -> answer(60));

        model.chat(request(10));

        assertEquals(List.of(Duration.ofSeconds(30).plusMillis(500)), clock.sleeps(),
                "the date's distance from now, plus the base jitter drawn at its top");
    }

    @Test
    void prefersRetryAfterMillisecondsWhenSent() {
        provider.then(() -> {
            throw new RateLimitException(new ProviderHttpException(429, "{}", Map.of(
                    "retry-after-ms", List.of("1250"), "retry-after", List.of("2"))));
        }).then(() -> answer(60));

        model.chat(request(10));

        assertEquals(List.of(Duration.ofMillis(1750)), clock.sleeps());
    }

    @Test
    void givesUpAtOnceWhenRetryAfterIsBeyondTheTotalWait() {
        provider.then(() -> {
            throw new RateLimitException(new ProviderHttpException(429, "{}", Map.of("Retry-After",
                    List.of("600"))));
        });

        ModelCallFailedException failure = assertThrows(ModelCallFailedException.class,
                () -> model.chat(request(10)));

        assertEquals(1, failure.attempts());
        assertTrue(failure.getMessage().contains("beyond the 60.0 s allowed"), failure.getMessage());
        assertTrue(clock.sleeps().isEmpty());
    }

    @Test
    void settlesTheRateLimitWithTheReportedUsage() {
        provider.then(() -> answer(300));

        model.chat(request(200));

        assertEquals(10_000 - 300, limiter.availableTokens(), 1e-6);
        assertEquals(99, limiter.availableRequests(), 1e-6);
    }

    @Test
    void failedAttemptsGiveTheirTokenEstimateBack() {
        provider.then(() -> {
            throw new InternalServerException("overloaded");
        }).then(() -> answer(300));

        model.chat(request(200));

        // the failed attempt's reservation came back to a full bucket; only the answered one costs tokens
        assertEquals(10_000 - 300, limiter.availableTokens(), 1e-6);
    }

    /** A provider that plays back scripted outcomes and records what it was asked. */
    static final class ScriptedModel implements ChatModel {
        final Deque<Supplier<ChatResponse>> script = new ArrayDeque<>();
        final List<ChatRequest> requests = new ArrayList<>();

        ScriptedModel then(Supplier<ChatResponse> outcome) {
            script.addLast(outcome);
            return this;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            return script.removeFirst().get();
        }
    }
}
