package io.babeldesk.local.bench;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.handler.Wiring;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Block;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.llm.ModelReply;
import io.babeldesk.llm.Prompt;
import io.babeldesk.llm.SegmentCodec;
import io.babeldesk.summary.Summarizer;
import io.babeldesk.summary.Summary;
import io.babeldesk.summary.SummaryKind;
import io.babeldesk.summary.SummaryRequest;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import io.babeldesk.translation.Usage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens one article costs per language, counted on the engine's real prompts by the SIMULATED
 * model (which reports {@code TokenEstimator} counts for its input and its pseudo-text output),
 * against the naive plan: every language translated from the full text in one call, and every
 * language's summary written from the full text.
 */
public final class TokenBench {
    /** Tokens (input + output) per language under babeldesk's plan and under the naive plan. */
    public record Result(String article, int words, Map<Language, Usage> planned, Map<Language, Usage> naive) {
        public long plannedTotal() {
            return planned.values().stream().mapToLong(u -> u.inputTokens() + u.outputTokens()).sum();
        }

        public long naiveTotal() {
            return naive.values().stream().mapToLong(u -> u.inputTokens() + u.outputTokens()).sum();
        }

        public long plannedInput() {
            return planned.values().stream().mapToLong(Usage::inputTokens).sum();
        }

        public long plannedOutput() {
            return planned.values().stream().mapToLong(Usage::outputTokens).sum();
        }

        public long naiveInput() {
            return naive.values().stream().mapToLong(Usage::inputTokens).sum();
        }
    }

    private final LanguageDetector detector;

    public TokenBench(LanguageDetector detector) {
        this.detector = detector;
    }

    public Result measure(byte[] upload, String key) {
        ExtractedArticle extracted = new ArticleExtractor(detector).extract(upload, key);
        Article article = new Article(ArticleIds.fromKey(key), ArticleIds.version(extracted.cleanText()),
                extracted.title(), extracted.byline(), extracted.publishedAt(), extracted.siteName(), extracted.url(),
                extracted.language(), extracted.languageConfidence(), extracted.blocks(), key);
        ChatModel model = new SimulatedTranslationModel(SimulatedTranslationModel.Latency.NONE);
        Language source = article.sourceLanguage();

        // babeldesk: one summary in the source language; each other language gets the article
        // and that summary translated together, in chunks
        Map<Language, Usage> planned = new EnumMap<>(Language.class);
        Summary summary = Wiring.summarizer(model, "simulation", detector).summarize(article,
                new SummaryRequest(source, SummaryKind.SHORT, null, null));
        planned.put(source, summary.usage());
        TranslationEngine engine = Wiring.engine(model, "simulation", GlossarySeed.load(),
                new InMemoryTranslationMemory(), detector, EngineLimits.DEFAULTS);
        for (Language target : source.others()) {
            Translation t = engine.translate(article, summary.text(), target);
            planned.put(target, t.usage());
        }

        Map<Language, Usage> naive = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Usage usage = Wiring.summarizer(model, "simulation", detector).summarize(article,
                    new SummaryRequest(language, SummaryKind.SHORT, null, null)).usage();
            if (language != source) {
                usage = usage.plus(naiveTranslation(model, article, language));
            }
            naive.put(language, usage);
        }
        return new Result(article.id(), article.wordCount(), planned, naive);
    }

    /** The whole article, title and blocks, in one call with a plain instruction. */
    public static Usage naiveTranslation(ChatModel model, Article article, Language target) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title() == null ? "" : article.title());
        article.blocks().stream().map(Block::text).forEach(texts::add);
        Prompt prompt = new Prompt("Translate the article's segments from " + article.sourceLanguage().englishName()
                + " into " + target.englishName() + "; answer with the same numbered segments.",
                Map.of("task", "translate", "source-language", article.sourceLanguage().code(),
                        "target-language", target.code()),
                SegmentCodec.encode(texts, 1), 1_000_000, 0.0);
        return ModelReply.of(model.chat(prompt.toChatRequest())).usage();
    }
}
