package io.babeldesk.llm;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A provider model whose API key is fetched when it is first needed: the model is built on the
 * first call (key read from Secrets Manager then) and kept. A failed build is not kept, so the
 * next call tries again.
 */
final class KeyFromSecretChatModel implements ChatModel {
    private final Supplier<ChatModel> build;
    private volatile ChatModel model;

    KeyFromSecretChatModel(Supplier<ChatModel> build) {
        this.build = build;
    }

    /** The provider model, built (and its key read) on the first call. */
    ChatModel model() {
        ChatModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = build.get();
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return model().chat(request);
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        return model().chat(request, options);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return model().chat(request);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model().defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return model().provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return model().supportedCapabilities();
    }
}
