package io.babeldesk.translation;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.glossary.InMemoryGlossary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * TEST FIXTURE: sentences translated by hand into every language (test resources), the article
 * made of them, and a phrasebook that looks a sentence up in any direction.
 */
final class HandTranslations {
    static final List<Map<Language, String>> SENTENCES = load();

    private HandTranslations() {
    }

    static String get(int sentence, Language language) {
        return SENTENCES.get(sentence).get(language);
    }

    /** The translation of a known sentence (in whatever language it is written) into the target. */
    static String translate(Language target, String source) {
        for (Map<Language, String> s : SENTENCES) {
            if (s.containsValue(source)) {
                return s.get(target);
            }
        }
        throw new IllegalArgumentException("no hand translation for: " + source);
    }

    /** Sentence 0 as the title, 1 to 4 as the blocks; sentence 5 is the summary. */
    static Article article(Language source) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            blocks.add(Block.paragraph(get(i, source)));
        }
        return new Article("hand-" + source.code(), "v1", get(0, source), null, null, null, null, source, 0.99,
                blocks, null);
    }

    static String summary(Language source) {
        return get(5, source);
    }

    static InMemoryGlossary glossary() {
        return GlossarySeed.load("glossary/test-glossary.json");
    }

    private static List<Map<Language, String>> load() {
        try (InputStream in = HandTranslations.class.getClassLoader()
                .getResourceAsStream("translation/hand-translations.json")) {
            List<Map<Language, String>> out = new ArrayList<>();
            for (JsonNode node : Json.MAPPER.readTree(in)) {
                Map<Language, String> s = new EnumMap<>(Language.class);
                for (Language l : Language.values()) {
                    s.put(l, node.path(l.code()).asText());
                }
                out.add(s);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
