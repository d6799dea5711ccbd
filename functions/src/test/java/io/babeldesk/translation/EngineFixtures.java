package io.babeldesk.translation;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.llm.LlmTranslationModel;

/** TEST FIXTURE: engines over scripted models, sharing one language detector (lingua loads slowly). */
final class EngineFixtures {
    static final LanguageDetector DETECTOR = new LanguageDetector();

    private EngineFixtures() {
    }

    static TranslationEngine engine(ChatModel model) {
        return engine(model, new InMemoryTranslationMemory(), EngineLimits.DEFAULTS);
    }

    static TranslationEngine engine(ChatModel model, TranslationMemory memory, EngineLimits limits) {
        return new TranslationEngine(new LlmTranslationModel(model), "test:scripted", HandTranslations.glossary(), memory, DETECTOR, limits);
    }

    /** An engine whose reviewer is the same scripted model. */
    static TranslationEngine reviewing(ChatModel model, ReviewMode mode) {
        return new TranslationEngine(new LlmTranslationModel(model), "test:scripted", HandTranslations.glossary(),
                new InMemoryTranslationMemory(), DETECTOR, oneChunk(), new io.babeldesk.llm.LlmReviewModel(model), mode);
    }

    /** Limits that put a whole short article in one chunk. */
    static EngineLimits oneChunk() {
        return new EngineLimits(4, 8, 100_000, 100_000);
    }
}
