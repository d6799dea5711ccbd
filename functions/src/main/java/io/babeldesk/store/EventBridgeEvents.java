package io.babeldesk.store;

import io.babeldesk.ops.Metrics;
import io.babeldesk.pipeline.ArticleEvent;
import io.babeldesk.pipeline.Events;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Article events as EventBridge events on one bus: source {@value ArticleEvent#SOURCE}, the
 * event's type as detail-type, its {@link ArticleEvent#detail()} as detail. A PutEvents call that
 * fails, or an entry EventBridge refuses, is logged at WARN with the event and counted
 * ({@value ArticleEvent#NOT_PUBLISHED_METRIC}); {@link #publish} never throws, because the state
 * the event announces is stored already and must stay so.
 */
public final class EventBridgeEvents implements Events {
    private static final Logger LOG = LoggerFactory.getLogger(EventBridgeEvents.class);

    private final Supplier<EventBridgeClient> client;
    private final String busName;

    /**
     * @param client asked for at the first event (pass a supplier that builds once)
     * @param busName the bus's name or ARN
     */
    public EventBridgeEvents(Supplier<EventBridgeClient> client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    public String busName() {
        return busName;
    }

    /** The PutEvents entry of an event on this bus. */
    public PutEventsRequestEntry entry(ArticleEvent event) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(ArticleEvent.SOURCE)
                .detailType(event.type())
                .detail(event.detailJson())
                .build();
    }

    @Override
    public void publish(ArticleEvent event) {
        try {
            PutEventsResponse response = client.get().putEvents(r -> r.entries(entry(event)));
            Integer failed = response.failedEntryCount();
            if (failed != null && failed > 0) {
                PutEventsResultEntry result = response.entries().isEmpty() ? null : response.entries().get(0);
                lost(event, result == null ? "refused" : result.errorCode() + ": " + result.errorMessage());
                return;
            }
            LOG.info("event {} published on {}: {}", event.type(), busName, event.detailJson());
        } catch (RuntimeException e) {
            lost(event, e.toString());
        }
    }

    private void lost(ArticleEvent event, String why) {
        LOG.warn("event {} not published on {} ({}): {}", event.type(), busName, why, event.detailJson());
        Metrics.count(ArticleEvent.NOT_PUBLISHED_METRIC, 1, "DetailType", event.type());
    }
}
