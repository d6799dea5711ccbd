package io.babeldesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** Sends jobs to the work queue as JSON messages. */
public final class SqsJobQueue {
    private final Supplier<SqsClient> sqs;
    private final String queueUrl;

    public SqsJobQueue(SqsClient sqs, String queueUrl) {
        this(() -> sqs, queueUrl);
    }

    /** A queue whose client is asked for at the first send (the API sends only for editors' requests). */
    public SqsJobQueue(Supplier<SqsClient> sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public void send(List<Job> jobs) {
        for (int from = 0; from < jobs.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<Job> batch = jobs.subList(from, Math.min(jobs.size(), from + 10));
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .messageBody(toJson(batch.get(i))).build());
            }
            SendMessageBatchResponse r = sqs.get().sendMessageBatch(SendMessageBatchRequest.builder()
                    .queueUrl(queueUrl).entries(entries).build());
            if (!r.failed().isEmpty()) {
                throw new IllegalStateException("could not queue " + r.failed().size() + " jobs: "
                        + r.failed().get(0).message());
            }
        }
    }

    public static Job parse(String body) {
        try {
            return Json.MAPPER.readValue(body, Job.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a babeldesk job: " + e.getOriginalMessage());
        }
    }

    private static String toJson(Job job) {
        try {
            return Json.MAPPER.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
