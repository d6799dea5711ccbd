package io.babeldesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FailedMessages} must do; the DynamoDB and in-memory adapters run the same cases. */
public abstract class FailedMessagesContract {

    protected abstract FailedMessages failedMessages();

    @Test
    void theLatestFailureOfAMessageIsItsReason() {
        FailedMessages failures = failedMessages();
        String id = UUID.randomUUID().toString();
        assertTrue(failures.reason(id).isEmpty());
        failures.record(id, "{\"task\":\"TRANSLATE\"}", "JOB_FAILED: first", 1);
        failures.record(id, "x".repeat(20_000), "JOB_FAILED: second", 2);
        assertEquals("JOB_FAILED: second", failures.reason(id).orElseThrow());
        failures.record(id, null, null, 3);
        assertEquals("unknown", failures.reason(id).orElseThrow());
    }
}
