package io.babeldesk.store.memory;

import io.babeldesk.pipeline.FailedMessages;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Failure reasons of messages in memory, for tests without DynamoDB. */
public final class InMemoryFailedMessages implements FailedMessages {
    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    @Override
    public void record(String messageId, String body, String reason, int receiveCount) {
        reasons.put(messageId, reason == null ? "unknown" : reason);
    }

    @Override
    public Optional<String> reason(String messageId) {
        return Optional.ofNullable(reasons.get(messageId));
    }
}
