package io.babeldesk.summary;

import io.babeldesk.article.Language;

/** What an editor (or the pipeline) asks for: a summary of one kind, in one language. */
public record SummaryRequest(Language language, SummaryKind kind, Integer maxWords, String focus) {
    public int effectiveMaxWords() {
        return maxWords == null ? kind.defaultMaxWords() : maxWords;
    }
}
