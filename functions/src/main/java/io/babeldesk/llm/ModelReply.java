package io.babeldesk.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.babeldesk.translation.Usage;

/**
 * A chat model's response as babeldesk reads it: the text, what the call cost, and whether it
 * stopped at the output limit. The one place token usage is read from a response.
 *
 * @param text the reply's text, null when it has none
 */
public record ModelReply(String text, Usage usage, boolean truncated) {
    public static ModelReply of(ChatResponse response) {
        TokenUsage tokens = response.metadata() == null ? null : response.metadata().tokenUsage();
        long in = tokens == null || tokens.inputTokenCount() == null ? 0 : tokens.inputTokenCount();
        long out = tokens == null || tokens.outputTokenCount() == null ? 0 : tokens.outputTokenCount();
        boolean truncated = response.metadata() != null && response.metadata().finishReason() == FinishReason.LENGTH;
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        return new ModelReply(text, new Usage(1, in, out), truncated);
    }
}
