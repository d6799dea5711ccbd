package io.babeldesk.testing;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A chat model that keeps the user prompt of every request it passes on to another model. */
public final class RecordingChatModel implements ChatModel {
    private final ChatModel delegate;
    private final List<String> prompts = Collections.synchronizedList(new ArrayList<>());

    public RecordingChatModel(ChatModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        request.messages().stream().filter(m -> m instanceof UserMessage)
                .forEach(m -> prompts.add(((UserMessage) m).singleText()));
        return delegate.chat(request);
    }

    /** The prompts of translation requests since the last {@link #clear}. */
    public List<String> translationPrompts() {
        synchronized (prompts) {
            return prompts.stream().filter(p -> p.contains("task: translate")).toList();
        }
    }

    public void clear() {
        prompts.clear();
    }
}
