package io.babeldesk.pipeline;

import java.util.List;

/** The work queue: jobs sent here are delivered at least once to {@link Work#process}. */
public interface JobQueue {
    /** Queues every job, or throws: a job that could not be queued is never dropped silently. */
    void send(List<Job> jobs);
}
