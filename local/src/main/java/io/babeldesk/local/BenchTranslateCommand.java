package io.babeldesk.local;

import io.babeldesk.handler.Wiring;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.local.bench.SimulatedTranslationModel;
import io.babeldesk.local.bench.SimulatedTranslationModel.Latency;
import io.babeldesk.summary.Summarizer;
import io.babeldesk.summary.Summary;
import io.babeldesk.summary.SummaryKind;
import io.babeldesk.summary.SummaryRequest;
import io.babeldesk.translation.ChunkPlan;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.EstimateCheck;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code babeldesk bench translate [--scale S] [--fixed-ms A] [--ms-per-token B] [--words N]}:
 * wall time of the chunked, parallel plan against the naive plan (one call per language with the
 * whole article, one after another, plus a summary call per language) and against the critical
 * path, all on the SIMULATED model whose latency is {@code A + B · output tokens}.
 */
public final class BenchTranslateCommand {
    private static final String SAMPLE = "events/articles/kremlin-rejects-pashinyan-claim.txt";
    private static final List<Language> TARGETS = List.of(Language.RU, Language.HY, Language.AZ);
    private static final double NAIVE_TARGET = 0.35;
    private static final double CRITICAL_PATH_TARGET = 1.2;

    private BenchTranslateCommand() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** What one article took under each plan, in simulated milliseconds at scale 1. */
    record Result(String article, int words, Map<Language, Integer> chunks, double naiveMillis, double planMillis,
                  double criticalMillis, List<String> statuses, Map<Language, EstimateCheck> estimates) {
        double vsNaive() {
            return planMillis / naiveMillis;
        }

        double vsCritical() {
            return planMillis / criticalMillis;
        }
    }

    public static int run(String[] args) {
        double scale = 0.02;
        double fixed = 400;
        double perToken = 15;
        int words = 6000;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--scale" -> scale = Double.parseDouble(args[++i]);
                    case "--fixed-ms" -> fixed = Double.parseDouble(args[++i]);
                    case "--ms-per-token" -> perToken = Double.parseDouble(args[++i]);
                    case "--words" -> words = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: babeldesk bench translate [--scale 0.02] [--fixed-ms 400] [--ms-per-token 15]"
                    + " [--words 6000]");
            return 2;
        }
        Latency latency = new Latency(fixed, perToken, scale);
        LanguageDetector detector = new LanguageDetector();
        List<Article> articles = new ArrayList<>();
        try {
            Path sample = Path.of(SAMPLE);
            if (!Files.exists(sample)) {
                sample = Path.of("..").resolve(SAMPLE);
            }
            var extracted = new ArticleExtractor(detector).extract(Files.readAllBytes(sample), sample.getFileName().toString());
            articles.add(TranslateCommand.article(sample, extracted));
        } catch (Exception e) {
            System.err.println("the sample article is read from " + SAMPLE + " under the project directory: " + e);
            return 2;
        }
        articles.add(generated(words));
        System.out.printf("SIMULATED model: latency = %.0f ms + %.1f ms/output token, run at scale %.3f "
                + "(times below are scaled back to 1)%n", fixed, perToken, scale);
        System.out.printf("limits: %s%n%n", EngineLimits.DEFAULTS);
        List<Result> results = new ArrayList<>();
        for (Article a : articles) {
            results.add(measure(a, latency, detector));
        }
        System.out.printf("%-34s %6s %-18s %10s %10s %10s %9s %9s%n", "article", "words", "chunks ru/hy/az",
                "naive s", "plan s", "critical s", "plan/nv", "plan/cp");
        for (Result r : results) {
            System.out.printf("%-34s %6d %-18s %10.1f %10.1f %10.1f %9.3f %9.3f%n", r.article(), r.words(),
                    r.chunks().get(Language.RU) + "/" + r.chunks().get(Language.HY) + "/" + r.chunks().get(Language.AZ),
                    r.naiveMillis() / 1000, r.planMillis() / 1000, r.criticalMillis() / 1000, r.vsNaive(),
                    r.vsCritical());
        }
        System.out.println();
        for (Result r : results) {
            System.out.printf("%s: statuses %s; reported/estimated output tokens %s%n", r.article(), r.statuses(),
                    r.estimates().values().stream().map(e -> e.target().code() + "=" + String.format("%.2f", e.ratio()))
                            .toList());
        }
        Result big = results.get(results.size() - 1);
        boolean met = big.vsNaive() <= NAIVE_TARGET && big.vsCritical() <= CRITICAL_PATH_TARGET;
        System.out.printf("%ntargets for the %d-word article: plan <= %.2f x naive (%.3f), <= %.1f x critical path"
                + " (%.3f): %s%n", big.words(), NAIVE_TARGET, big.vsNaive(), CRITICAL_PATH_TARGET, big.vsCritical(),
                met ? "met" : "MISSED");
        return met ? 0 : 1;
    }

    private static Result measure(Article article, Latency latency, LanguageDetector detector) {
        // planned: one source summary, then every language's chunks at once
        SimulatedTranslationModel model = new SimulatedTranslationModel(latency);
        TranslationEngine engine = Wiring.engine(model, "simulation", GlossarySeed.load(),
                new InMemoryTranslationMemory(), detector, EngineLimits.DEFAULTS);
        long start = System.nanoTime();
        Summary summary = Wiring.summarizer(model, "simulation", detector).summarize(article,
                new SummaryRequest(article.sourceLanguage(), SummaryKind.SHORT, null, null));
        Map<Language, ChunkPlan> plans = new LinkedHashMap<>();
        for (Language target : TARGETS) {
            plans.put(target, engine.plan(article, summary.text(), target));
        }
        List<String> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Translation>> futures = new ArrayList<>();
            for (Language target : TARGETS) {
                futures.add(pool.submit(() -> engine.translate(article, summary.text(), target)));
            }
            for (Future<Translation> f : futures) {
                Translation t = f.get();
                statuses.add(t.language().code() + ":" + t.status() + (t.flags().isEmpty() ? "" : t.flags()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("the planned run broke", e);
        }
        double plan = (System.nanoTime() - start) / 1e6 / latency.scale();

        double critical = new Latency(latency.fixedMillis(), latency.millisPerOutputToken(), 1)
                .millis(summary.usage().outputTokens())
                + plans.values().stream().mapToDouble(p -> new Latency(latency.fixedMillis(),
                latency.millisPerOutputToken(), 1).millis(p.longestChunkTokens())).max().orElse(0);

        // naive: per language, the whole article in one call, then a summary of the whole text
        SimulatedTranslationModel naiveModel = new SimulatedTranslationModel(latency);
        start = System.nanoTime();
        for (Language target : TARGETS) {
            io.babeldesk.local.bench.TokenBench.naiveTranslation(naiveModel, article, target);
            Wiring.summarizer(naiveModel, "simulation", detector).summarize(article,
                    new SummaryRequest(target, SummaryKind.SHORT, null, null));
        }
        double naive = (System.nanoTime() - start) / 1e6 / latency.scale();
        Map<Language, Integer> chunks = new LinkedHashMap<>();
        plans.forEach((l, p) -> chunks.put(l, p.chunks().size()));
        return new Result(article.id(), article.wordCount(), chunks, naive, plan, critical, statuses,
                engine.estimateAccuracy());
    }

    /** A long English article of plain news sentences with names, numbers and dates. */
    static Article generated(int words) {
        String[] sentences = {
                "Prime Minister Nikol Pashinyan told parliament on Tuesday that the government would present a new budget of 2,400 billion drams in %d.",
                "Kremlin spokesman Dmitry Peskov said Moscow remained committed to the ceasefire agreement signed in November 2020.",
                "The ministry of economy reported that exports grew by %d percent in the first nine months of the year, led by mining and agriculture.",
                "Officials in Baku said talks on the border commission would resume next month, after a pause of almost %d weeks.",
                "Analysts noted that inflation slowed to 3.5 percent, the lowest level since 2019, as food prices stabilised.",
                "Local residents told reporters that the new road had cut the journey to the regional capital from four hours to %d minutes.",
                "The European Union announced a further 15 million euros in humanitarian aid for displaced families in the region.",
                "Opposition deputies walked out of the session, accusing the ruling party of ignoring their amendments to the electoral code.",
        };
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int count = 0;
        int i = 0;
        while (count < words) {
            String s = sentences[i % sentences.length];
            String sentence = s.contains("%d") ? s.formatted(2000 + (i * 37) % 30) : s;
            paragraph.append(sentence).append(' ');
            count += sentence.split(" ").length;
            i++;
            if (i % 6 == 0) {
                blocks.add(Block.paragraph(paragraph.toString().strip()));
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph(paragraph.toString().strip()));
        }
        return new Article("generated-" + words + "-words", "bench", "Budget, borders and aid: a long report from "
                + "the South Caucasus", null, null, null, null, Language.EN, 1.0, blocks, null);
    }
}
