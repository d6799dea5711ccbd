package io.babeldesk.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.babeldesk.config.Config;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.pipeline.Ingestion;
import java.time.Instant;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import java.util.ArrayList;
import java.util.List;

/** IngestFunction: S3 ObjectCreated on incoming/ → a stored article version and its queued work. */
public final class IngestHandler implements RequestHandler<S3Event, List<IngestOutcome>> {
    private final Ingestion ingestion;

    private Priming priming;

    public IngestHandler() {
        this(new Wiring(Config.fromEnvironment()));
    }

    private IngestHandler(Wiring wiring) {
        this(wiring.ingestion());
        this.priming = Priming.register("IngestFunction", () -> Priming.primeIngestion(wiring));
    }

    public IngestHandler(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public List<IngestOutcome> handleRequest(S3Event event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> ingestAll(event));
    }

    private List<IngestOutcome> ingestAll(S3Event event) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        if (event == null || event.getRecords() == null) {
            return outcomes;
        }
        for (S3EventNotificationRecord record : event.getRecords()) {
            if (record.getS3() == null || record.getS3().getObject() == null) {
                continue;
            }
            // keys arrive URL-encoded ('+' is a space, %2B a plus): decoded once, here at the edge
            String key = record.getS3().getObject().getUrlDecodedKey();
            String bucket = record.getS3().getBucket().getName();
            Instant uploadedAt = record.getEventTime() == null
                    ? Instant.now() : Instant.ofEpochMilli(record.getEventTime().getMillis());
            outcomes.add(ingestion.ingest(bucket, key, uploadedAt));
        }
        return outcomes;
    }
}
