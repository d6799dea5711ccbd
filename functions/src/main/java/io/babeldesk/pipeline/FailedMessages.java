package io.babeldesk.pipeline;

import java.util.Optional;

/**
 * Why work-queue messages failed, keyed by message id, so that whoever finds a message in the
 * dead-letter queue finds its reason beside it. The latest failure of a message wins.
 */
public interface FailedMessages {
    void record(String messageId, String body, String reason, int receiveCount);

    Optional<String> reason(String messageId);
}
