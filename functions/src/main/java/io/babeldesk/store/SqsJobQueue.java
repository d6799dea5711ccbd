package io.babeldesk.store;

import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.JobMessages;
import io.babeldesk.pipeline.JobQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** Sends jobs to the work queue as JSON messages. */
public final class SqsJobQueue implements JobQueue {
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

    @Override
    public void send(List<Job> jobs) {
        for (int from = 0; from < jobs.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<Job> batch = jobs.subList(from, Math.min(jobs.size(), from + 10));
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .messageBody(JobMessages.toJson(batch.get(i))).build());
            }
            SendMessageBatchResponse r = sqs.get().sendMessageBatch(SendMessageBatchRequest.builder()
                    .queueUrl(queueUrl).entries(entries).build());
            if (!r.failed().isEmpty()) {
                throw new IllegalStateException("could not queue " + r.failed().size() + " jobs: "
                        + r.failed().get(0).message());
            }
        }
    }
}
