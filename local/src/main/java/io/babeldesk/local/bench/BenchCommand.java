package io.babeldesk.local.bench;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Config;
import io.babeldesk.local.LocalAws;
import io.babeldesk.local.Template;
import io.babeldesk.local.bench.BenchTable.Target;
import io.babeldesk.local.bench.SimulatedTranslationModel.Latency;
import io.babeldesk.translation.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code babeldesk bench [--articles N] [--workers W] [--scale S] [--repeats R] [--quick]}: cold
 * start, overhead per 1,000 words, throughput through the local AWS and tokens per article, measured side by side in one run and printed as one table with
 * the ratios and targets; the same table goes to {@code target/bench.md}.
 * {@code babeldesk bench overhead [--quick] [--min-warmup-words N]} runs only the overhead
 * section (no local AWS) and prints its rows of the same table.
 * {@code babeldesk bench coldstart [--repeats R] [--baseline-jar PATH]} runs only the cold starts;
 * with a baseline Lambda jar, each function on both jars in the same runs, and their ratios.
 */
public final class BenchCommand {
    static final double COLD_START_TARGET = 3.0;
    static final double OVERHEAD_TARGET_MS = 15.0;
    static final double LINEARITY_TARGET = 1.5;
    /** What the offline checks may add to the overhead, per 1,000 words. */
    static final double OVERHEAD_CHECKS_TARGET_MS = 2.0;
    /**
     * Untimed runs of each article size go on until they have processed at least this many
     * words, so that what is timed is warm: 300 articles of 1,000 words, 30 of 10,000, 3 of 100,000.
     */
    static final long OVERHEAD_MIN_WARMUP_WORDS = 300_000;
    static final double TOKENS_TARGET = 0.6;
    /** 1,000 articles take about 8 minutes on a 2-core machine (moto answers every AWS call on the same cores). */
    static final int DEFAULT_ARTICLES = 1_000;
    static final int REQUESTED_ARTICLES = 1_000;
    /** Simulated provider latency before scaling: per call, and per output token. */
    static final double MODEL_FIXED_MS = 400;
    static final double MODEL_MS_PER_TOKEN = 15;

    /** A 5,000-word plain-text scrape is extracted within this. */
    static final double SCRAPE_TARGET_MS = 50;

    private BenchCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Options of one bench run. */
    record Options(int repeats, List<Integer> overheadWords, int articles, int workers, double scale,
                   boolean quick, long minWarmupWords, Path baselineJar) {
        static Options parse(String[] args) {
            int repeats = 3;
            int articles = DEFAULT_ARTICLES;
            int workers = 4;
            double scale = 0.01;
            boolean quick = false;
            long minWarmupWords = OVERHEAD_MIN_WARMUP_WORDS;
            Path baselineJar = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                    case "--articles" -> articles = Integer.parseInt(args[++i]);
                    case "--workers" -> workers = Integer.parseInt(args[++i]);
                    case "--scale" -> scale = Double.parseDouble(args[++i]);
                    case "--quick" -> quick = true;
                    case "--min-warmup-words" -> minWarmupWords = Long.parseLong(args[++i]);
                    case "--baseline-jar" -> baselineJar = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (repeats < 1 || articles < 1 || workers < 1 || scale <= 0) {
                throw new IllegalArgumentException("--repeats, --articles, --workers and --scale must be positive");
            }
            if (minWarmupWords < 0) {
                throw new IllegalArgumentException("--min-warmup-words cannot be negative");
            }
            if (baselineJar != null && !Files.isRegularFile(baselineJar)) {
                throw new IllegalArgumentException("--baseline-jar: no such file " + baselineJar);
            }
            return new Options(quick ? 1 : repeats, quick ? List.of(1_000, 10_000) : List.of(1_000, 10_000, 100_000),
                    quick ? Math.min(articles, 20) : articles, workers, scale, quick, minWarmupWords,
                    baselineJar);
        }
    }

    public static int run(String[] args) {
        if (args.length > 0 && args[0].equals("overhead")) {
            return overheadOnly(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("articles")) {
            boolean why = args.length == 3 && args[2].equals("--why");
            if (args.length != 2 && !why) {
                System.err.println("usage: babeldesk bench articles DIR [--why]   (DIR: en.txt ru.txt hy.txt az.txt"
                        + " doc_ids.txt, one sentence per line, the same line in each; --why prints the findings"
                        + " that hold each human translation)");
                return 2;
            }
            try {
                return ArticleCheckBench.main(Path.of(args[1]), why);
            } catch (java.io.IOException e) {
                System.err.println("cannot read " + args[1] + ": " + e.getMessage());
                return 1;
            }
        }
        if (args.length > 0 && args[0].equals("coldstart")) {
            return coldStartOnly(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        Options options = parseOrExplain(args, "usage: babeldesk bench [--articles 1000] [--workers 4]"
                + " [--scale 0.01] [--repeats 3] [--quick] [--min-warmup-words 300000]", false);
        if (options == null) {
            return 2;
        }
        long started = System.nanoTime();
        Machine machine = Machine.current();
        BenchTable table = new BenchTable("babeldesk bench")
                .headerLine("machine: " + machine.describe())
                .headerLine("model: SIMULATED (pseudo-text of the right length and script; the fixture model for "
                        + "cold starts) — no provider is called");
        LanguageDetector detector = new LanguageDetector();
        try (LocalAws aws = LocalAws.start(Config.fromEnvironment())) {
            Config config = aws.provision(Template.find());
            ColdStartBench cold = new ColdStartBench(aws, config);
            coldStart(table, cold, options);
            coldStartAotCache(table, cold, options);
            // throughput before the overhead bench: the 100,000-word runs leave a large heap behind
            throughput(table, new ThroughputBench(aws, config), options);
            overhead(table, new OverheadBench(detector), options);
            extraction(table, new ExtractionBench(detector));
            tokens(table, new TokenBench(detector));
        } catch (RuntimeException e) {
            System.err.println("bench failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
        table.headerLine(String.format(Locale.ROOT, "bench wall time: %.0f s", (System.nanoTime() - started) / 1e9));
        String text = table.toText();
        System.out.println(text);
        try {
            Path md = BenchArticles.ProjectFiles.root().resolve("target/bench.md");
            Files.createDirectories(md.getParent());
            Files.writeString(md, table.toMarkdown());
            System.out.println("written to " + md);
        } catch (IOException e) {
            System.err.println("could not write target/bench.md: " + e.getMessage());
        }
        return table.missed() == 0 ? 0 : 1;
    }

    /** The options, or null after printing what was wrong and the usage line. */
    private static Options parseOrExplain(String[] args, String usage, boolean takesBaselineJar) {
        try {
            Options options = Options.parse(args);
            if (options.baselineJar() != null && !takesBaselineJar) {
                throw new IllegalArgumentException("--baseline-jar is for babeldesk bench coldstart only");
            }
            return options;
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            return null;
        }
    }

    /** The overhead section alone: no local AWS is started, the table is printed but not written. */
    static int overheadOnly(String[] args) {
        Options options = parseOrExplain(args, "usage: babeldesk bench overhead [--quick] [--min-warmup-words 300000]",
                false);
        if (options == null) {
            return 2;
        }
        BenchTable table = new BenchTable("babeldesk bench overhead")
                .headerLine("machine: " + Machine.current().describe())
                .headerLine("model: SIMULATED, answering instantly — no provider is called");
        LanguageDetector detector = new LanguageDetector();
        overhead(table, new OverheadBench(detector), options);
        extraction(table, new ExtractionBench(detector));
        System.out.println(table.toText());
        return table.missed() == 0 ? 0 : 1;
    }

    /**
     * The cold-start section alone (plain and with an AOT cache), on its own local AWS; printed, not
     * written. With {@code --baseline-jar}, the current jar beside the baseline jar instead.
     */
    static int coldStartOnly(String[] args) {
        Options options = parseOrExplain(args, "usage: babeldesk bench coldstart [--repeats 3] [--baseline-jar PATH]",
                true);
        if (options == null) {
            return 2;
        }
        BenchTable table = new BenchTable("babeldesk bench coldstart")
                .headerLine("machine: " + Machine.current().describe())
                .headerLine("model: the fixture model — no provider is called");
        try (LocalAws aws = LocalAws.start(Config.fromEnvironment())) {
            ColdStartBench cold = new ColdStartBench(aws, aws.provision(Template.find()));
            if (options.baselineJar() != null) {
                coldStartAgainstBaseline(table, cold, options);
            } else {
                coldStart(table, cold, options);
                coldStartAotCache(table, cold, options);
            }
        } catch (RuntimeException e) {
            System.err.println("bench failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
        System.out.println(table.toText());
        return table.missed() == 0 ? 0 : 1;
    }

    static void coldStart(BenchTable table, ColdStartBench bench, Options options) {
        Path jar = bench.lambdaJar();
        Map<String, ColdStartBench.Result> results = bench.measure(options.repeats());
        ColdStartBench.Result bare = results.get("bare");
        coldStartRows(table, results, "", "hello-world RequestHandler; JVM boot " + Math.round(bare.jvmBootMillis())
                + " ms of it", "median of " + bare.runs() + " fresh JVMs, " + (jar == null ? "module classpath"
                : "shaded jar " + mb(jar)) + ", " + String.join(" ", ColdStartBench.JVM_FLAGS));
    }

    /** The same cold starts with an AOT cache per function (JDK 25), beside the bare handler's own. */
    static void coldStartAotCache(BenchTable table, ColdStartBench bench, Options options) {
        if (!ColdStartBench.aotCacheAvailable() || bench.lambdaJar() == null) {
            table.headerLine("cold start with an AOT cache: skipped (needs JDK 25 and the shaded jar)");
            return;
        }
        Map<String, ColdStartBench.Result> results = bench.measureWithAotCache(options.repeats());
        coldStartRows(table, results, "AOT cache: ", "-XX:AOTCache written by one training run per function"
                + " (JDK 25, as in the java25 Lambda runtime)", "median of " + results.get("bare").runs()
                + " fresh JVMs, same flags plus the cache");
    }

    private static void coldStartRows(BenchTable table, Map<String, ColdStartBench.Result> results, String label,
                                      String bareReadyNote, String bareFirstEventNote) {
        ColdStartBench.Result bare = results.get("bare");
        table.add("cold start", label + "bare handler: ready", bare.readyMillis(), "ms", null, null, bareReadyNote);
        table.add("cold start", label + "bare handler: first event", bare.firstEventMillis(), "ms", null, null,
                bareFirstEventNote);
        for (String function : List.of("ingest", "translate", "api")) {
            ColdStartBench.Result r = results.get(function);
            String name = Character.toUpperCase(function.charAt(0)) + function.substring(1);
            String ok = r.allOk() ? "" : "; NOT every first event gave the expected result";
            table.add("cold start", label + name + ": ready", r.readyMillis(), "ms", bare.readyMillis(),
                    Target.ratioAtMost(COLD_START_TARGET), "constructor done" + ok);
            table.add("cold start", label + name + ": first event", r.firstEventMillis(), "ms",
                    bare.firstEventMillis(), Target.ratioAtMost(COLD_START_TARGET), firstEventNote(function));
        }
    }

    /** Both jars in the same runs, plain and (JDK 25) with an AOT cache per function and jar. */
    static void coldStartAgainstBaseline(BenchTable table, ColdStartBench bench, Options options) {
        Path current = bench.lambdaJar();
        Path baseline = options.baselineJar();
        table.headerLine("current: " + (current == null ? "no shaded jar in functions/target"
                        : current + " (" + mb(current) + ")"))
                .headerLine("baseline: " + baseline + " (" + mb(baseline) + ")")
                .headerLine("each run launches every function on both jars, back to back; which jar goes first"
                        + " alternates run by run; " + String.join(" ", ColdStartBench.JVM_FLAGS))
                .headerLine("worse (better): the current median slower (faster) than every baseline run and the"
                        + " baseline median faster (slower) than every current run; else within noise. The target"
                        + " column holds the ratio beyond which that would be so");
        comparisonRows(table, bench.compare(options.repeats(), baseline), "");
        if (ColdStartBench.aotCacheAvailable()) {
            comparisonRows(table, bench.compareWithAotCache(options.repeats(), baseline), "AOT cache: ");
        } else {
            table.headerLine("cold start with an AOT cache: skipped (needs JDK 25)");
        }
    }

    /**
     * One row per function and measure: the current jar's median, the baseline jar's, their
     * ratio, and whether the difference is beyond the spread of the runs (the target column
     * holds the ratio above which it would be); then one line with the conclusion.
     */
    static void comparisonRows(BenchTable table, Map<String, ColdStartBench.Comparison> comparisons, String label) {
        List<String> worse = new ArrayList<>();
        List<String> better = new ArrayList<>();
        boolean judged = true;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (ColdStartBench.Comparison c : comparisons.values()) {
            boolean control = c.function().equals("bare");
            String name = control ? "Bare handler" : Character.toUpperCase(c.function().charAt(0))
                    + c.function().substring(1);
            for (boolean firstEvent : new boolean[] {false, true}) {
                String measure = name + (firstEvent ? ": first event" : ": ready");
                ColdStartBench.Spread now = firstEvent ? c.current().firstEvent() : c.current().ready();
                ColdStartBench.Spread then = firstEvent ? c.baseline().firstEvent() : c.baseline().ready();
                ColdStartBench.Verdict verdict = now.against(then);
                double ratio = now.median() / then.median();
                StringBuilder note = new StringBuilder(control ? "control, the same hello-world handler beside each"
                        + " jar: " : "").append(verdict.description);
                if (verdict != ColdStartBench.Verdict.UNJUDGED) {
                    note.append(String.format(Locale.ROOT, "; runs %s–%s ms, baseline %s–%s ms",
                            BenchTable.number(now.min()), BenchTable.number(now.max()), BenchTable.number(then.min()),
                            BenchTable.number(then.max())));
                }
                if (!c.current().allOk()) {
                    note.append("; NOT every first event on the current jar gave the expected result");
                }
                if (!c.baseline().allOk()) {
                    note.append("; NOT every first event on the baseline jar gave the expected result");
                }
                Target target = control || verdict == ColdStartBench.Verdict.UNJUDGED ? null
                        : Target.ratioAtMost(now.noiseLimit(then));
                table.add("cold start vs baseline", label + measure, now.median(), "ms", then.median(), target,
                        note.toString());
                if (control) {
                    continue;
                }
                judged &= verdict != ColdStartBench.Verdict.UNJUDGED;
                lowest = Math.min(lowest, ratio);
                highest = Math.max(highest, ratio);
                String named = String.format(Locale.ROOT, "%s (%.2fx)", measure, ratio);
                if (verdict == ColdStartBench.Verdict.WORSE) {
                    worse.add(named);
                } else if (verdict == ColdStartBench.Verdict.BETTER) {
                    better.add(named);
                }
            }
        }
        String ratios = String.format(Locale.ROOT, "current/baseline %.2fx–%.2fx", lowest, highest);
        String conclusion;
        if (!judged) {
            conclusion = "no verdict: one run per jar shows no spread to judge by (" + ratios + "); use --repeats 3"
                    + " or more";
        } else if (!worse.isEmpty()) {
            conclusion = "current jar WORSE than the baseline, beyond the noise of the runs: " + String.join(", ", worse)
                    + (better.isEmpty() ? "" : "; better: " + String.join(", ", better));
        } else if (!better.isEmpty()) {
            conclusion = "current jar no worse than the baseline; better beyond the noise of the runs: "
                    + String.join(", ", better) + "; the rest within noise (" + ratios + ")";
        } else {
            conclusion = "current jar within noise of the baseline for every function, ready and first event ("
                    + ratios + ")";
        }
        table.footnote(label + conclusion);
    }

    private static String firstEventNote(String function) {
        return switch (function) {
            case "ingest" -> "S3 read, extract, detect, DynamoDB write, SQS send (moto)";
            case "translate" -> "RU translation job, fixture model, gate, DynamoDB (moto)";
            default -> "GET /articles/{id}/hy (moto)";
        };
    }

    static void overhead(BenchTable table, OverheadBench bench, Options options) {
        List<OverheadBench.Result> results = new ArrayList<>();
        for (int words : options.overheadWords()) {
            // rounds of three runs each (every check, no summary check, none): the paired differences
            // are what the checks cost, and a busy machine spreads them more than the medians, most
            // on a short article whose difference is a few milliseconds (a round of 1,000 words
            // takes about 20 ms: 301 of them take six seconds)
            int iterations = words >= 100_000 ? 9 : words >= 10_000 ? 31 : 301;
            int warmups = words >= 100_000 ? 1 : words >= 10_000 ? 3 : 15;
            results.add(bench.measure(words, warmups, options.minWarmupWords(), iterations));
        }
        OverheadBench.Result first = results.get(0);
        for (OverheadBench.Result r : results) {
            table.add("overhead", String.format(Locale.ROOT, "%,d words: per 1,000 words", r.words()),
                    r.millisPerThousandWords(), "ms", r == first ? null : first.millisPerThousandWords(),
                    Target.valueAtMost(OVERHEAD_TARGET_MS), String.format(Locale.ROOT,
                            "median of %d warm runs (after %d untimed), %.0f ms per article; extract+detect+summary"
                                    + "+RU/HY/AZ plan+gate+JSON, instant SIMULATED model", r.iterations(), r.warmups(),
                            r.medianMillis()));
        }
        OverheadBench.Result last = results.get(results.size() - 1);
        table.add("overhead", "linearity: per-1,000-word cost, largest / smallest", last.millisPerThousandWords(),
                "ms", first.millisPerThousandWords(), Target.ratioAtMost(LINEARITY_TARGET),
                "≈1 means cost grows linearly with length");
        for (OverheadBench.Result r : results) {
            table.add("overhead", String.format(Locale.ROOT, "%,d words: offline checks: added ms per 1,000 words",
                            r.words()), r.checksAddedPerThousandWords(), "ms", null,
                    Target.valueAtMost(OVERHEAD_CHECKS_TARGET_MS), String.format(Locale.ROOT,
                            "median of %d paired differences: the same pipeline with every check and with every"
                                    + " segment and the summary passing unchecked (%s ms per 1,000 words), in turn"
                                    + " in the same rounds", r.iterations(),
                            BenchTable.number(r.uncheckedMillisPerThousandWords())));
            table.add("overhead", String.format(Locale.ROOT, "%,d words: of which the summary gate", r.words()),
                    r.summaryChecksAddedPerThousandWords(), "ms", null, null,
                    "median of the paired differences with the summary gate passing every summary");
        }
    }

    /** Extraction of generated pages of 5,000 and 50,000 words: time of a scrape, and growth with length. */
    static void extraction(BenchTable table, ExtractionBench bench) {
        for (boolean scrape : new boolean[] {true, false}) {
            ExtractionBench.Result small = scrape ? bench.scrape(5_000, 10, 9) : bench.html(5_000, 10, 9);
            ExtractionBench.Result large = scrape ? bench.scrape(50_000, 2, 3) : bench.html(50_000, 2, 3);
            table.add("extraction", String.format(Locale.ROOT, "%s, 5,000 words", small.kind()), small.medianMillis(),
                    "ms", null, scrape ? Target.valueAtMost(SCRAPE_TARGET_MS) : null, String.format(Locale.ROOT,
                            "median of %d runs after 10 untimed; %s", small.runs(),
                            scrape ? "menus, inline furniture, comment thread" : "with language detection"));
            table.add("extraction", String.format(Locale.ROOT, "%s, 50,000 words / 10 x 5,000 words", large.kind()),
                    large.medianMillis() / 10, "ms", small.medianMillis(), Target.ratioAtMost(LINEARITY_TARGET),
                    String.format(Locale.ROOT, "%.0f ms for 50,000 words, median of %d runs; ≈1 means linear",
                            large.medianMillis(), large.runs()));
        }
    }

    static void throughput(BenchTable table, ThroughputBench bench, Options options) {
        Latency latency = new Latency(MODEL_FIXED_MS, MODEL_MS_PER_TOKEN, options.scale());
        ThroughputBench.Result r = bench.measure(options.articles(), options.workers(), latency, 900_000);
        String fewer = options.articles() < REQUESTED_ARTICLES
                ? String.format(Locale.ROOT, " (%,d in this run to keep the bench short; --articles %,d for the"
                + " full run)", options.articles(), REQUESTED_ARTICLES) : "";
        table.add("throughput", "articles per minute", r.articlesPerMinute(), "/min", null, null,
                String.format(Locale.ROOT, "%d of %d articles of %d words finished in all 4 languages in %.1f s%s;"
                                + " %d workers, SIMULATED model %.0f ms + %.0f ms/output token at scale %s",
                        r.finished(), r.articles(), ThroughputBench.ARTICLE_WORDS, r.wallSeconds(), fewer,
                        r.workers(), MODEL_FIXED_MS, MODEL_MS_PER_TOKEN, BenchTable.number(options.scale())));
        table.add("throughput", "model calls in flight: max", r.maxInFlight(), "", null, null,
                String.format(Locale.ROOT, "sampled every 50 ms; mean by tenth of the run: %s",
                        r.inFlightByTenth().stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList()));
        table.add("throughput", "model calls in flight: mean", r.meanInFlight(), "", null, null,
                String.format(Locale.ROOT, "%,d calls, %.0f s of simulated model time", r.modelCalls(),
                        r.modelBusySeconds()));
        table.add("throughput", "moto request round trip", r.motoMillis(), "ms", null, null,
                "median DynamoDB GetItem on moto_server after the run");
        StringBuilder shares = new StringBuilder();
        r.workerShares().entrySet().stream().sorted(Map.Entry.<WorkerProfile.Activity, Double>comparingByValue()
                .reversed()).forEach(e -> shares.append(shares.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.0f%%", e.getKey().description, e.getValue() * 100)));
        table.add("throughput", "bottleneck: " + r.bottleneck().description, r.workerShares()
                .getOrDefault(r.bottleneck(), 0.0) * 100, "% of worker time", null, null, "workers' time: " + shares
                + String.format(Locale.ROOT, "; CPU busy %.0f%% of the machine, this JVM %.0f%% (moto_server most of"
                + " the rest)", r.machineCpu() * 100, r.jvmCpu() * 100));
    }

    static void tokens(BenchTable table, TokenBench bench) {
        TokenBench.Result r = bench.measure(BenchArticles.sample(), "incoming/kremlin-rejects-pashinyan-claim.txt");
        for (Language language : Language.values()) {
            Usage planned = r.planned().get(language);
            Usage naive = r.naive().get(language);
            if (planned == null || naive == null) {
                continue;
            }
            table.add("tokens", language.code() + " (in+out)", planned.inputTokens() + planned.outputTokens(), "tok",
                    (double) (naive.inputTokens() + naive.outputTokens()), null, String.format(Locale.ROOT,
                            "%d calls, %d in / %d out; naive %d calls, %d in / %d out", planned.calls(),
                            planned.inputTokens(), planned.outputTokens(), naive.calls(), naive.inputTokens(),
                            naive.outputTokens()));
        }
        table.add("tokens", "input only, all languages", r.plannedInput(), "tok", (double) r.naiveInput(), null,
                "what planning can save: the output is the translation itself under any plan");
        table.add("tokens", "per article, all languages", r.plannedTotal(), "tok", (double) r.naiveTotal(),
                Target.ratioAtMost(TOKENS_TARGET), r.article() + ", " + r.words() + " words; baseline = naive plan");
        table.add("tokens", "floor: the translations' output alone", r.plannedOutput(), "tok", (double) r.naiveTotal(),
                null, "no plan can go below the text it must write (with no input at all)");
    }

    static String mb(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }
}
