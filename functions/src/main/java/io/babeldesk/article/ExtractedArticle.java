package io.babeldesk.article;

import java.util.List;

/**
 * What extraction found in an uploaded file: the article's title and body blocks with the
 * metadata the page carried, before an id and version are given to it.
 *
 * @param declaredLanguage the language the page or envelope declares, a hint only (may be null)
 * @param language the detected language (null when detection gave no answer)
 * @param warnings things a person should know about the input (e.g. invalid bytes replaced)
 */
public record ExtractedArticle(
        String title,
        String byline,
        String publishedAt,
        String siteName,
        String url,
        String declaredLanguage,
        Language language,
        double languageConfidence,
        String envelopeId,
        List<Block> blocks,
        List<String> warnings) {

    public ExtractedArticle {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** The cleaned text the version hash and language detection are computed from. */
    public String cleanText() {
        StringBuilder sb = new StringBuilder();
        if (title != null) {
            sb.append(title).append("\n\n");
        }
        for (Block b : blocks) {
            sb.append(b.text()).append("\n\n");
        }
        return sb.toString().strip();
    }
}
