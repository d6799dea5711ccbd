package io.babeldesk.store;

import io.babeldesk.pipeline.ArticleEvent;
import io.babeldesk.pipeline.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Article events when no bus is configured (BABELDESK_EVENT_BUS unset): one INFO log line each. */
public final class LoggedEvents implements Events {
    private static final Logger LOG = LoggerFactory.getLogger(LoggedEvents.class);

    @Override
    public void publish(ArticleEvent event) {
        LOG.info("event {} (no event bus configured): {}", event.type(), event.detailJson());
    }
}
