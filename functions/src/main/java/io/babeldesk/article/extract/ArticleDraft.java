package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import java.util.List;

/** What a format reader found in a file, before size and language rules are applied. */
public record ArticleDraft(
        String title,
        String byline,
        String publishedAt,
        String siteName,
        String url,
        String declaredLanguage,
        String envelopeId,
        List<Block> blocks,
        List<String> warnings) {

    public ArticleDraft {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** The body words, the figure the too-little-text rule is about. */
    public int bodyWordCount() {
        int words = 0;
        for (Block b : blocks) {
            words += Whitespace.wordCount(b.text());
        }
        return words;
    }
}
