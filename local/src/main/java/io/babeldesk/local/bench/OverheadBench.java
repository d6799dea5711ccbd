package io.babeldesk.local.bench;

import io.babeldesk.handler.Wiring;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.summary.Summarizer;
import io.babeldesk.summary.Summary;
import io.babeldesk.summary.SummaryKind;
import io.babeldesk.summary.SummaryRequest;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * babeldesk's own cost per article, with the model answering instantly (a SIMULATION): extract
 * the upload, detect its language, summarise, plan and gate every target language's chunks,
 * serialise the results as the store would, timed warm and reported per 1,000 words.
 */
public final class OverheadBench {
    private static final List<Language> TARGETS = List.of(Language.RU, Language.HY, Language.AZ);

    /**
     * One article size: the median of the timed iterations, how many untimed runs warmed it up,
     * and what the last timed one produced.
     */
    public record Result(int words, int warmups, int iterations, double medianMillis,
                         List<Translation> translations) {
        public double millisPerThousandWords() {
            return medianMillis * 1000.0 / words;
        }
    }

    private final LanguageDetector detector;
    private final ArticleExtractor extractor;
    private final Glossary glossary = GlossarySeed.load();
    private final ReplayingSimulatedModel model = new ReplayingSimulatedModel();

    public OverheadBench(LanguageDetector detector) {
        this.detector = detector;
        this.extractor = new ArticleExtractor(detector);
    }

    public Result measure(int words, int warmups, int iterations) {
        return measure(words, warmups, 0L, iterations);
    }

    /**
     * Times {@code iterations} runs after at least {@code warmups} untimed ones that together
     * processed at least {@code minWarmupWords} words. A few articles leave a fresh JVM's hottest
     * code interpreted: the JIT compiles a method after thousands of calls and loop turns, which
     * grow with the words processed; a warm-up counted in words (not in seconds) reaches the same
     * point however busy the machine's cores are.
     */
    public Result measure(int words, int warmups, long minWarmupWords, int iterations) {
        byte[] upload = BenchArticles.englishBytes(words, words);
        String key = "incoming/overhead-" + words + ".txt";
        int warmed = 0;
        while (warmed < warmups || (long) warmed * words < minWarmupWords) {
            once(upload, key);
            warmed++;
        }
        double[] millis = new double[iterations];
        List<Translation> last = List.of();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            last = once(upload, key);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Result(words, warmed, iterations, median(millis), last);
    }

    private List<Translation> once(byte[] upload, String key) {
        ExtractedArticle extracted = extractor.extract(upload, key);
        Article article = new Article(ArticleIds.fromKey(key), ArticleIds.version(extracted.cleanText()),
                extracted.title(), extracted.byline(), extracted.publishedAt(), extracted.siteName(), extracted.url(),
                extracted.language(), extracted.languageConfidence(), extracted.blocks(), key);
        Summary summary = Wiring.summarizer(model, "simulation", detector).summarize(article,
                new SummaryRequest(article.sourceLanguage(), SummaryKind.SHORT, null, null));
        // a fresh memory each time: a warm memory would skip the model, the planner and the gate
        TranslationEngine engine = Wiring.engine(model, "simulation", glossary,
                new InMemoryTranslationMemory(), detector, EngineLimits.DEFAULTS);
        List<Translation> out = new ArrayList<>();
        try {
            Json.MAPPER.writeValueAsBytes(article);
            for (Language target : TARGETS) {
                Translation t = engine.translate(article, summary.text(), target);
                Json.MAPPER.writeValueAsBytes(t);
                out.add(t);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("serialising the article failed", e);
        }
        return out;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
