package io.babeldesk.pipeline;

import io.babeldesk.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces changes of articles to the publishing system (on AWS: PutEvents on the stack's
 * EventBridge bus). An event is published after the state it announces is stored, once per
 * change. Publishing never fails the work: a lost event is logged and counted, and the stored
 * state stays as it is (readers and editors see it through the API either way).
 */
public interface Events {

    /** Publishes one event; implementations log and count a failure instead of throwing. */
    void publish(ArticleEvent event);

    /** Publishes nothing (tools that run the flow in-process, without a publishing system). */
    Events NONE = event -> { };

    /**
     * The same events, with any exception of {@code events} logged at WARN and counted
     * ({@code EventsNotPublished}) instead of thrown: the flow calls its events through this.
     */
    static Events neverThrowing(Events events) {
        if (events instanceof NeverThrowing) {
            return events;
        }
        return new NeverThrowing(events);
    }

    /** See {@link #neverThrowing}. */
    final class NeverThrowing implements Events {
        private static final Logger LOG = LoggerFactory.getLogger(Events.class);
        private final Events events;

        private NeverThrowing(Events events) {
            this.events = events;
        }

        @Override
        public void publish(ArticleEvent event) {
            try {
                events.publish(event);
            } catch (RuntimeException e) {
                LOG.warn("event not published ({}): {}", e.toString(), event.detailJson());
                Metrics.count(ArticleEvent.NOT_PUBLISHED_METRIC, 1, "DetailType", event.type());
            }
        }
    }
}
