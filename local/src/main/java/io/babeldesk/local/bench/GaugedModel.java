package io.babeldesk.local.bench;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A model wrapped to count its calls, the calls in flight at any moment and the time spent in them. */
final class GaugedModel implements ChatModel {
    private final ChatModel model;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();

    GaugedModel(ChatModel model) {
        this.model = model;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        inFlight.incrementAndGet();
        calls.incrementAndGet();
        long start = System.nanoTime();
        try {
            return model.chat(request);
        } finally {
            busyNanos.addAndGet(System.nanoTime() - start);
            inFlight.decrementAndGet();
        }
    }

    int inFlight() {
        return inFlight.get();
    }

    long calls() {
        return calls.get();
    }

    double busySeconds() {
        return busyNanos.get() / 1e9;
    }
}
