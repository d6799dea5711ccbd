package io.babeldesk.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Wraps a provider's {@link ChatModel} with babeldesk's retry and pacing: rate limits before each
 * request, retries of rate limits, server errors and timeouts with exponential backoff and full
 * jitter (or the provider's Retry-After), and a bounded number of attempts and total wait. Other
 * failures (a bad request, bad credentials, filtered content, the fixture model's refusals) fail at
 * once. Every request goes out with a maximum output length, so no call can run up an unbounded
 * bill. The providers' own retries are switched off, so this is the only retry loop.
 */
public final class ResilientChatModel implements ChatModel {
    private final ChatModel delegate;
    private final String modelId;
    private final RetryPolicy policy;
    private final RateLimiter limiter;
    private final ModelClock clock;
    private final RandomGenerator random;
    private final int defaultMaxOutputTokens;

    public ResilientChatModel(ChatModel delegate, String modelId, RetryPolicy policy, RateLimiter limiter,
                              ModelClock clock, RandomGenerator random, int defaultMaxOutputTokens) {
        if (defaultMaxOutputTokens < 1) {
            throw new IllegalArgumentException("defaultMaxOutputTokens must be positive");
        }
        this.delegate = delegate;
        this.modelId = modelId;
        this.policy = policy;
        this.limiter = limiter;
        this.clock = clock;
        this.random = random;
        this.defaultMaxOutputTokens = defaultMaxOutputTokens;
    }

    /** The wrapped provider model. */
    public ChatModel delegate() {
        return delegate;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        ChatRequest bounded = withMaxOutputTokens(request);
        int estimate = estimateTokens(bounded);
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            RateLimiter.Permit permit = acquire(estimate, attempt);
            ChatResponse response;
            try {
                response = delegate.chat(bounded, options);
            } catch (RuntimeException failure) {
                // a failed request reports no usage: count none rather than keep a guess that delays later calls
                limiter.settle(permit, 0);
                if (!ProviderFailures.isTransient(failure)) {
                    throw failure;
                }
                if (attempt >= policy.maxAttempts()) {
                    throw new ModelCallFailedException(modelId + " failed " + attempt + " times (waited "
                            + seconds(waited) + " between attempts); last failure: " + describe(failure),
                            attempt, failure);
                }
                Duration wait = nextWait(attempt, failure);
                Duration left = policy.maxTotalWait().minus(waited);
                if (wait.compareTo(left) > 0) {
                    throw new ModelCallFailedException(modelId + " failed " + attempt + " times and would have to"
                            + " wait " + seconds(wait) + " more, beyond the " + seconds(policy.maxTotalWait())
                            + " allowed in total; last failure: " + describe(failure), attempt, failure);
                }
                sleep(wait, attempt, failure);
                waited = waited.plus(wait);
                continue;
            }
            limiter.settle(permit, usedTokens(response, estimate));
            return response;
        }
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    /**
     * The wait before attempt {@code retry + 1}. With a Retry-After it is that, plus a little
     * jitter so that callers told the same moment do not all come back at once; without, a full
     * jitter draw from [0, base * 2^(retry-1)] capped at the maximum delay.
     */
    Duration nextWait(int retry, Throwable failure) {
        Optional<Duration> asked = ProviderFailures.retryAfter(failure, clock.now());
        if (asked.isPresent()) {
            return asked.get().plus(jitter(policy.baseDelay()));
        }
        return jitter(policy.backoffCeiling(retry));
    }

    private Duration jitter(Duration ceiling) {
        long millis = ceiling.toMillis();
        return millis <= 0 ? Duration.ZERO : Duration.ofMillis(random.nextLong(millis + 1));
    }

    private ChatRequest withMaxOutputTokens(ChatRequest request) {
        if (request.maxOutputTokens() != null) {
            return request;
        }
        ChatRequestParameters budget = ChatRequestParameters.builder()
                .maxOutputTokens(defaultMaxOutputTokens).build();
        return ChatRequest.builder()
                .messages(request.messages())
                .parameters(request.parameters() == null ? budget : request.parameters().overrideWith(budget))
                .build();
    }

    private int estimateTokens(ChatRequest request) {
        long chars = 0;
        for (ChatMessage message : request.messages()) {
            chars += textLength(message);
        }
        // about four characters a token for English; Armenian and Russian run denser, the real usage corrects it
        long estimate = chars / 4 + request.maxOutputTokens();
        return (int) Math.min(Integer.MAX_VALUE, estimate);
    }

    private static long textLength(ChatMessage message) {
        return switch (message) {
            case SystemMessage s -> s.text().length();
            case UserMessage u -> u.contents().stream().mapToLong(ResilientChatModel::textLength).sum();
            case AiMessage a -> a.text() == null ? 0 : a.text().length();
            default -> message.toString().length();
        };
    }

    private static long textLength(Content content) {
        return content instanceof TextContent text ? text.text().length() : 0;
    }

    private static int usedTokens(ChatResponse response, int estimate) {
        TokenUsage usage = response.metadata() == null ? null : response.metadata().tokenUsage();
        if (usage == null || usage.totalTokenCount() == null) {
            return estimate;
        }
        return usage.totalTokenCount();
    }

    private RateLimiter.Permit acquire(int estimate, int attempt) {
        try {
            return limiter.acquire(estimate);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallFailedException(modelId + ": interrupted while waiting for the rate limit",
                    attempt - 1, e);
        }
    }

    private void sleep(Duration wait, int attempt, RuntimeException failure) {
        try {
            clock.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ModelCallFailedException interrupted = new ModelCallFailedException(modelId
                    + ": interrupted while waiting to retry; last failure: " + describe(failure), attempt, failure);
            interrupted.addSuppressed(e);
            throw interrupted;
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
