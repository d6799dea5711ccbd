package io.babeldesk.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.babeldesk.config.Config;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.Work;
import io.babeldesk.store.SqsJobQueue;
import java.util.ArrayList;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TranslateFunction: jobs from the work queue. Reports partial batch failures, so one failing
 * job is retried (and finally dead-lettered) without redoing the others.
 */
public final class TranslateHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(TranslateHandler.class);

    private final Work work;

    public TranslateHandler() {
        this(new Wiring(Config.fromEnvironment()).work());
    }

    public TranslateHandler(Work work) {
        this.work = work;
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
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            Job job;
            try {
                job = SqsJobQueue.parse(message.getBody());
            } catch (IllegalArgumentException e) {
                // a message that is not a job can never succeed: fail it so it reaches the DLQ
                LOG.error("message {} is not a job: {}", message.getMessageId(), e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                work.process(job);
            } catch (RuntimeException e) {
                LOG.error("article {} version {} {} {} failed; will be retried", job.articleId(), job.version(),
                        job.task(), job.language(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
