package io.babeldesk.translation;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Translations already made, by key: a block, title or summary whose key is known is reused
 * without a model call, so an edited article re-translates only what changed.
 */
public interface TranslationMemory {
    Optional<String> get(String key);

    void put(String key, String translation);

    /** The stored translations of many keys at once (a store may answer in one round trip). */
    default java.util.Map<String, String> getAll(java.util.Collection<String> keys) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (String key : new java.util.LinkedHashSet<>(keys)) {
            get(key).ifPresent(t -> found.put(key, t));
        }
        return found;
    }

    /**
     * The key of one source text: target language, normalised text, model id and the glossary
     * renderings applied, so a glossary edit or a model change invalidates what it touched.
     */
    static String key(Language target, String sourceText, String modelId, List<GlossaryEntry> applied) {
        StringBuilder sb = new StringBuilder()
                .append(target.code()).append('\u0000')
                .append(normalise(sourceText)).append('\u0000')
                .append(modelId).append('\u0000');
        applied.stream().sorted(Comparator.comparing(GlossaryEntry::term)).forEach(e -> sb
                .append(e.term()).append('=').append(e.rendering(target).orElse("")).append('\u0001'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The key of an editor's translation of one source text: it does not depend on the model or the
     * glossary, and is looked up before the model's, so a human edit outlives model and glossary changes.
     */
    static String humanKey(Language target, String sourceText) {
        return key(target, sourceText, "editor", List.of());
    }

    /** Whitespace differences from re-extraction must not cost a translation. */
    static String normalise(String text) {
        return TextRuns.oneSpace(text.replace('\u00a0', ' ')).strip();
    }
}
