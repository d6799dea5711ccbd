package io.babeldesk.summary;

import io.babeldesk.article.Language;
import io.babeldesk.translation.Usage;
import java.util.List;

/**
 * The model call summaries need: an article's segments in, one summary out. How the request is
 * worded and carried is the implementation's business ({@code llm}).
 */
public interface SummaryModel {
    /**
     * Writes one summary of the segments (title first, then the blocks) as the request asks.
     * A failed call throws the provider's exception.
     */
    Written summarize(Language source, List<String> segments, SummaryRequest request, int maxOutputTokens);

    /**
     * The summary as the model wrote it (null when the reply held no text), with what it cost.
     *
     * @param truncated whether the model stopped at its output limit (the text may be cut short)
     */
    record Written(String text, Usage usage, boolean truncated) {
        /** A reply the model finished. */
        public Written(String text, Usage usage) {
            this(text, usage, false);
        }
    }
}
