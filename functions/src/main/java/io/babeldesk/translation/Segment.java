package io.babeldesk.translation;

import io.babeldesk.glossary.GlossaryEntry;
import java.util.List;

/**
 * One piece of an article to translate: the title, a block or the summary, with the glossary terms
 * it mentions, its translation-memory key and its expected output size.
 *
 * @param index position in the article's reading order (title first, summary last)
 */
public record Segment(int index, Part part, String source, List<GlossaryEntry> terms, String memoryKey,
                      int estimatedOutputTokens) {
    public Segment {
        terms = List.copyOf(terms);
    }

    /** Where a segment sits in the translation. */
    public enum Part { TITLE, BLOCK, SUMMARY }
}
