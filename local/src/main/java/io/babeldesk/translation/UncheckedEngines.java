package io.babeldesk.translation;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.llm.LlmTranslationModel;

/**
 * For the overhead bench only: the translation engine as {@code Wiring.engine} builds it, but with
 * every segment passing unchecked, so that the bench can time the same pipeline with and without
 * the offline checks. It sits in the engine's package to reach its package-private constructor;
 * it belongs to the local tools, never to the Lambda jar, so nothing deployed can turn the checks off.
 */
public final class UncheckedEngines {
    private UncheckedEngines() {
    }

    public static TranslationEngine engine(ChatModel model, String modelId, Glossary glossary, TranslationMemory memory,
                                           LanguageDetector detector, EngineLimits limits) {
        return new TranslationEngine(new LlmTranslationModel(model), modelId, glossary, memory, detector, limits, null,
                ReviewMode.OFF, false);
    }
}
