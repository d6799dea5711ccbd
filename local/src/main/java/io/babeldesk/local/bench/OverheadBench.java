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
import io.babeldesk.summary.UncheckedSummaries;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import io.babeldesk.translation.UncheckedEngines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * babeldesk's own cost per article, with the model answering instantly (a SIMULATION): extract
 * the upload, detect its language, summarise, plan and gate every target language's chunks,
 * serialise the results as the store would, timed warm and reported per 1,000 words; the same
 * pipeline without the offline checks alongside, to tell what the checks add.
 */
public final class OverheadBench {
    private static final List<Language> TARGETS = List.of(Language.RU, Language.HY, Language.AZ);

    /**
     * What the same pipeline runs with: every offline check, the translation checks without the
     * summary's, or none (every segment and the summary pass unchecked).
     */
    enum Checks { ALL, NO_SUMMARY_CHECKS, NONE }

    /**
     * One article size: the median of the timed iterations with every check, how many untimed
     * rounds warmed it up, and what the last timed one produced; beside it, from the same rounds,
     * the median without any check and the medians of the differences round by round (all checks
     * against none, and against all but the summary's).
     */
    public record Result(int words, int warmups, int iterations, double medianMillis,
                         List<Translation> translations, double uncheckedMedianMillis, double checksAddedMillis,
                         double summaryChecksAddedMillis) {
        public double millisPerThousandWords() {
            return perThousandWords(medianMillis);
        }

        public double uncheckedMillisPerThousandWords() {
            return perThousandWords(uncheckedMedianMillis);
        }

        /** What the offline checks add per 1,000 words: the median of the paired differences. */
        public double checksAddedPerThousandWords() {
            return perThousandWords(checksAddedMillis);
        }

        /** What the summary's checks add per 1,000 words, of {@link #checksAddedPerThousandWords}. */
        public double summaryChecksAddedPerThousandWords() {
            return perThousandWords(summaryChecksAddedMillis);
        }

        private double perThousandWords(double millis) {
            return millis * 1000.0 / words;
        }
    }

    private final LanguageDetector detector;
    private final ArticleExtractor extractor;
    private final Glossary glossary = GlossarySeed.load();
    private final ReplayingSimulatedModel model = new ReplayingSimulatedModel();
    /**
     * Built once, as a Lambda container builds its summarizer once: building it per article would
     * time the loading of the seed glossary, which the deployed summarizer never does per article.
     */
    private final Summarizer summarizer;
    private final Summarizer uncheckedSummarizer;

    public OverheadBench(LanguageDetector detector) {
        this.detector = detector;
        this.extractor = new ArticleExtractor(detector);
        this.summarizer = Wiring.summarizer(model, "simulation", detector, glossary);
        this.uncheckedSummarizer = UncheckedSummaries.summarizer(model, "simulation");
    }

    public Result measure(int words, int warmups, int iterations) {
        return measure(words, warmups, 0L, iterations);
    }

    /**
     * Times {@code iterations} rounds after at least {@code warmups} untimed ones that together
     * processed at least {@code minWarmupWords} words. A few articles leave a fresh JVM's hottest
     * code interpreted: the JIT compiles a method after thousands of calls and loop turns, which
     * grow with the words processed; a warm-up counted in words (not in seconds) reaches the same
     * point however busy the machine's cores are.
     *
     * <p>A round runs the article once with every check, once without the summary's checks and
     * once without any, in an order that turns round by round: a pause of the machine falls on
     * each variant alike, and the difference within a round is what the checks cost.
     */
    public Result measure(int words, int warmups, long minWarmupWords, int iterations) {
        byte[] upload = BenchArticles.englishBytes(words, words);
        String key = "incoming/overhead-" + words + ".txt";
        Checks[] variants = Checks.values();
        int warmed = 0;
        while (warmed < warmups || (long) warmed * words < minWarmupWords) {
            for (Checks checks : variants) {
                once(upload, key, checks);
            }
            warmed++;
        }
        double[][] millis = new double[variants.length][iterations];
        double[] added = new double[iterations];
        double[] summaryAdded = new double[iterations];
        List<Translation> last = List.of();
        for (int i = 0; i < iterations; i++) {
            for (int k = 0; k < variants.length; k++) {
                Checks checks = variants[(i + k) % variants.length];
                long start = System.nanoTime();
                List<Translation> out = once(upload, key, checks);
                millis[checks.ordinal()][i] = (System.nanoTime() - start) / 1e6;
                if (checks == Checks.ALL) {
                    last = out;
                }
            }
            added[i] = millis[Checks.ALL.ordinal()][i] - millis[Checks.NONE.ordinal()][i];
            summaryAdded[i] = millis[Checks.ALL.ordinal()][i] - millis[Checks.NO_SUMMARY_CHECKS.ordinal()][i];
        }
        return new Result(words, warmed, iterations, median(millis[Checks.ALL.ordinal()]), last,
                median(millis[Checks.NONE.ordinal()]), median(added), median(summaryAdded));
    }

    private List<Translation> once(byte[] upload, String key, Checks checks) {
        ExtractedArticle extracted = extractor.extract(upload, key);
        Article article = new Article(ArticleIds.fromKey(key), ArticleIds.version(extracted.cleanText()),
                extracted.title(), extracted.byline(), extracted.publishedAt(), extracted.siteName(), extracted.url(),
                extracted.language(), extracted.languageConfidence(), extracted.blocks(), key);
        Summary summary = (checks == Checks.ALL ? summarizer : uncheckedSummarizer).summarize(article,
                new SummaryRequest(article.sourceLanguage(), SummaryKind.SHORT, null, null));
        // a fresh memory each time: a warm memory would skip the model, the planner and the gate
        TranslationEngine engine = checks == Checks.NONE
                ? UncheckedEngines.engine(model, "simulation", glossary, new InMemoryTranslationMemory(), detector,
                        EngineLimits.DEFAULTS)
                : Wiring.engine(model, "simulation", glossary, new InMemoryTranslationMemory(), detector,
                        EngineLimits.DEFAULTS);
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
