package io.babeldesk.store.memory;

import io.babeldesk.pipeline.ArticleEvent;
import io.babeldesk.pipeline.Events;
import java.util.ArrayList;
import java.util.List;

/**
 * Article events recorded in memory, for tests of the flow without EventBridge. It can be told to
 * fail every publish, as a bus that is down would.
 */
public final class InMemoryEvents implements Events {
    private final List<ArticleEvent> published = new ArrayList<>();
    private volatile boolean failing;
    private int refused;

    @Override
    public synchronized void publish(ArticleEvent event) {
        if (failing) {
            refused++;
            throw new IllegalStateException("the event bus is down");
        }
        published.add(event);
    }

    /** From now on every publish throws (true), or records again (false). */
    public void failing(boolean fail) {
        this.failing = fail;
    }

    /** How many publishes threw while failing. */
    public synchronized int refused() {
        return refused;
    }

    /** Every event published, in order. */
    public synchronized List<ArticleEvent> published() {
        return List.copyOf(published);
    }

    /** The events of one detail-type, in order. */
    public synchronized List<ArticleEvent> ofType(String type) {
        return published.stream().filter(e -> e.type().equals(type)).toList();
    }

    public synchronized void clear() {
        published.clear();
    }
}
