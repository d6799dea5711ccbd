package io.babeldesk.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.babeldesk.ops.Metrics;

/** Reports the latency and outcome of every model call (retries included) as metrics. */
public final class MeteredChatModel implements ChatModel {
    private final ChatModel delegate;

    public MeteredChatModel(ChatModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        long start = System.nanoTime();
        try {
            ChatResponse response = delegate.chat(request);
            Metrics.count("ModelCalls", 1);
            return response;
        } catch (RuntimeException e) {
            Metrics.count("ModelCallFailures", 1);
            throw e;
        } finally {
            Metrics.millis("ModelLatency", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
