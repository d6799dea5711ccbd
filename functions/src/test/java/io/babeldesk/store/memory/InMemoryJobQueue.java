package io.babeldesk.store.memory;

import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.JobMessages;
import io.babeldesk.pipeline.JobQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A work queue in memory, for tests of the flow without SQS. Jobs travel in their wire form
 * ({@link JobMessages}), so a job that would not survive the real queue does not survive this one.
 */
public final class InMemoryJobQueue implements JobQueue {
    private final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final List<String> sent = new ArrayList<>();

    @Override
    public synchronized void send(List<Job> jobs) {
        for (Job job : jobs) {
            String body = JobMessages.toJson(job);
            sent.add(body);
            messages.add(body);
        }
    }

    /** The next waiting job, or null when the queue is empty. */
    public Job poll() {
        String body = messages.poll();
        return body == null ? null : JobMessages.parse(body);
    }

    /** Every waiting job, in the order sent; the queue is empty after. */
    public List<Job> drain() {
        List<String> bodies = new ArrayList<>();
        messages.drainTo(bodies);
        return bodies.stream().map(JobMessages::parse).toList();
    }

    /** Every job ever sent, delivered or not. */
    public synchronized List<Job> sent() {
        return sent.stream().map(JobMessages::parse).toList();
    }
}
