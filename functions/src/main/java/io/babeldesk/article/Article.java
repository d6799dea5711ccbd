package io.babeldesk.article;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article as stored: a stable id, a version (hash of the cleaned text) and its
 * ordered body blocks in the source language.
 */
public record Article(
        String id,
        String version,
        String title,
        String byline,
        String publishedAt,
        String siteName,
        String sourceUrl,
        Language sourceLanguage,
        double languageConfidence,
        List<Block> blocks,
        String sourceKey) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        blocks = List.copyOf(blocks);
    }

    public int wordCount() {
        int words = countWords(title);
        for (Block b : blocks) {
            words += countWords(b.text());
        }
        return words;
    }

    private static int countWords(String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        return s.strip().split("\\s+").length;
    }
}
