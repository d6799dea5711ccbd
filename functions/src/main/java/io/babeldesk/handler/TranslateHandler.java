package io.babeldesk.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.babeldesk.config.Config;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.JobDeferredException;
import io.babeldesk.pipeline.Work;
import io.babeldesk.pipeline.JobMessages;
import java.util.ArrayList;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TranslateFunction: jobs from the work queue. Reports partial batch failures, so one failing
 * job is retried (and finally dead-lettered) without redoing the others. A job is not started
 * when the invocation has less than its time reserve left: the remaining messages go back to
 * the queue untouched instead of being cut off by the function timeout half-way.
 */
public final class TranslateHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(TranslateHandler.class);
    /**
     * A job's worst case: the model layer's 120 s total retry wait is bounded separately, but a
     * typical long article takes well under a minute; 90 s keeps most of a 300 s invocation usable.
     */
    public static final long DEFAULT_RESERVE_MILLIS = 90_000;

    private final Work work;
    private final long reserveMillis;

    private Priming priming;

    public TranslateHandler() {
        this(new Wiring(Config.fromEnvironment()));
    }

    private TranslateHandler(Wiring wiring) {
        this(wiring.work(), wiring.config().getInt("BABELDESK_JOB_RESERVE_SECONDS",
                (int) (DEFAULT_RESERVE_MILLIS / 1000)) * 1000L);
        this.priming = Priming.register("TranslateFunction", () -> Priming.primeTranslation(wiring));
    }

    public TranslateHandler(Work work) {
        this(work, DEFAULT_RESERVE_MILLIS);
    }

    /** @param reserveMillis the least time left in the invocation for a job to be started */
    public TranslateHandler(Work work, long reserveMillis) {
        this.work = work;
        this.reserveMillis = reserveMillis;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> processBatch(event, context));
    }

    private SQSBatchResponse processBatch(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        if (event == null || event.getRecords() == null) {
            return new SQSBatchResponse(failures);
        }
        List<SQSEvent.SQSMessage> records = event.getRecords();
        for (int i = 0; i < records.size(); i++) {
            SQSEvent.SQSMessage message = records.get(i);
            if (context != null && context.getRemainingTimeInMillis() < reserveMillis) {
                // not started, so nothing to undo: these come back after their visibility timeout
                LOG.warn("{} ms left, under the {} ms reserve: {} of {} messages returned unstarted",
                        context.getRemainingTimeInMillis(), reserveMillis, records.size() - i, records.size());
                for (SQSEvent.SQSMessage rest : records.subList(i, records.size())) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(rest.getMessageId()));
                }
                break;
            }
            Job job;
            try {
                job = JobMessages.parse(message.getBody());
                if (job.task() == null || job.articleId() == null || job.version() == null || job.language() == null) {
                    throw new IllegalArgumentException("not a babeldesk job: task, articleId, version and language"
                            + " are required");
                }
            } catch (IllegalArgumentException e) {
                // a message that is not a job can never succeed: fail it so it reaches the DLQ
                LOG.error("message {} is not a job: {}", message.getMessageId(), e.getMessage());
                work.recordFailure(message.getMessageId(), message.getBody(), "POISON_MESSAGE: " + e.getMessage(),
                        receiveCount(message));
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                work.process(job);
            } catch (JobDeferredException e) {
                LOG.info("message {} deferred: {}", message.getMessageId(), e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } catch (RuntimeException e) {
                LOG.error("article {} version {} {} {} failed; will be retried", job.articleId(), job.version(),
                        job.task(), job.language(), e);
                work.recordFailure(message.getMessageId(), message.getBody(), "JOB_FAILED: " + e,
                        receiveCount(message));
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static int receiveCount(SQSEvent.SQSMessage message) {
        String count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        try {
            return count == null ? 0 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
