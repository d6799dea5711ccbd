package io.babeldesk.summary;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.llm.LlmSummaryModel;

/**
 * For the overhead bench only: the summarizer as {@code Wiring.summarizer} builds it, but with a
 * gate that passes every summary, so that the bench can time what the summary checks cost. It
 * sits in the gate's package to reach its package-private factory; it belongs to the local tools,
 * never to the Lambda jar, so nothing deployed can turn the checks off.
 */
public final class UncheckedSummaries {
    private UncheckedSummaries() {
    }

    public static Summarizer summarizer(ChatModel model, String modelId) {
        return new Summarizer(new LlmSummaryModel(model), modelId, SummaryGate.passingAll());
    }
}
