package io.babeldesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link JobQueue} must do; the SQS and in-memory adapters run the same cases. */
public abstract class JobQueueContract {

    /** A new, empty queue. */
    protected abstract JobQueue emptyQueue();

    /** Every job waiting in the queue made by {@link #emptyQueue()} last, taken off it. */
    protected abstract List<Job> receiveAll();

    @Test
    void everyJobArrivesIntactWhateverTheBatchSize() {
        JobQueue queue = emptyQueue();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            jobs.add(Job.translate("article-" + i, "v" + i, Language.values()[i % 4]));
        }
        jobs.add(Job.summaryRequest("article-x", "vx", Language.HY, "0123456789abcdef01234567"));
        jobs.add(Job.summarizeSource("article-y", "vy", Language.AZ));
        jobs.add(Job.retranslate("article-z", "vz", Language.RU));
        queue.send(jobs);
        queue.send(List.of());
        assertEquals(new HashSet<>(jobs), new HashSet<>(receiveAll()));
    }
}
