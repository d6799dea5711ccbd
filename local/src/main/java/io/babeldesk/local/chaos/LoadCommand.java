package io.babeldesk.local.chaos;

import io.babeldesk.pipeline.ArticleStore;
import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.config.Config;
import io.babeldesk.llm.ModelFactory;
import io.babeldesk.local.LocalAws;
import io.babeldesk.local.LocalRuntime;
import io.babeldesk.local.Template;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.translation.TranslationStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code ./babeldesk load [N]}: uploads N (500) distinct versions of the sample article at once
 * through the S3 API of local AWS, runs them through the local runtime against the simulated
 * model provider, and checks that every article was processed exactly once (one summary call
 * and one call per language for its own paragraph), that model calls in flight never passed the
 * configured caps, and that every queue ends empty. Prints the time it took.
 */
public final class LoadCommand {
    static final int WORKERS = 4;
    static final int CHUNK_CONCURRENCY = 2;
    static final int GLOBAL_CONCURRENCY = 4;
    static final long MODEL_LATENCY_MILLIS = 40;

    private LoadCommand() {
    }

    /** Runs the load on its own (the launcher calls {@link #run}). */
    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    public static int run(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Result r = load(new HashMap<>(System.getenv()), articles, System.out::println);
        r.print();
        return r.ok() ? 0 : 1;
    }

    /** What a load run measured. */
    public record Result(int articles, int done, int notDone, long duplicateWork, long missingWork, int maxInFlight,
                         int maxTranslateInFlight, int totalCap, int translateCap, int leftInQueues, long modelCalls,
                         double uploadSeconds, double processSeconds, List<String> problems) {
        public boolean ok() {
            return done == articles && duplicateWork == 0 && missingWork == 0 && maxInFlight <= totalCap
                    && maxTranslateInFlight <= translateCap && leftInQueues == 0;
        }

        void print() {
            System.out.printf("articles: %d uploaded in %.1f s; all processed %.1f s after the first upload"
                    + " (%.1f articles/s)%n", articles, uploadSeconds, processSeconds, articles / processSeconds);
            System.out.printf("processed: %d with every language DONE, %d not%n", done, notDone);
            System.out.printf("exactly once: %d repeated and %d missing (article, task, language) model calls;"
                    + " %d model calls in all%n", duplicateWork, missingWork, modelCalls);
            System.out.printf("concurrency: at most %d model calls in flight (cap %d = %d workers x %d per job),"
                    + " %d translation calls (cap %d per container)%n", maxInFlight, totalCap, WORKERS,
                    CHUNK_CONCURRENCY, maxTranslateInFlight, translateCap);
            System.out.printf("queues: %d messages left (work, uploads and their dead-letter queues)%n", leftInQueues);
            problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
            System.out.println(ok() ? "load: ok" : "load: FAILED");
        }
    }

    /** Runs the load against local AWS (AWS_ENDPOINT_URL, else a moto_server started here). */
    public static Result load(Map<String, String> environment, int articles, java.util.function.Consumer<String> log)
            throws Exception {
        try (FaultModelServer model = new FaultModelServer(60_000)) {
            model.latency(MODEL_LATENCY_MILLIS);
            Map<String, String> env = model.stackEnvironment(environment, "babeldesk-load", "load-simulated");
            env.put("BABELDESK_LLM_RPM", "100000");
            env.put("BABELDESK_LLM_TPM", "100000000");
            env.put("BABELDESK_LOCAL_WORKERS", Integer.toString(WORKERS));
            env.put("BABELDESK_TRANSLATE_CHUNK_CONCURRENCY", Integer.toString(CHUNK_CONCURRENCY));
            env.put("BABELDESK_TRANSLATE_GLOBAL_CONCURRENCY", Integer.toString(GLOBAL_CONCURRENCY));
            Template template = Template.find();
            try (LocalAws aws = LocalAws.start(new Config(env))) {
                Config config = aws.provision(template);
                ChatModel chat = ModelFactory.create(config);
                byte[] sample = ChaosArticles.sample();
                List<String> lines = new String(sample, StandardCharsets.UTF_8).lines().toList();
                try (LocalRuntime runtime = new LocalRuntime(aws, config, template, chat).startWorkers()) {
                    log.accept("load: " + articles + " articles to local AWS at " + aws.endpoint()
                            + ", simulated model at " + model.baseUrl() + " (" + MODEL_LATENCY_MILLIS + " ms a call)");
                    long start = System.nanoTime();
                    ExecutorService uploaders = Executors.newFixedThreadPool(16);
                    List<Future<?>> uploads = new ArrayList<>();
                    for (int i = 1; i <= articles; i++) {
                        int marker = i;
                        uploads.add(uploaders.submit(() -> aws.s3().putObject(r -> r.bucket(config.bucket())
                                .key(key(marker)), RequestBody.fromBytes(variant(lines, marker)))));
                    }
                    for (Future<?> f : uploads) {
                        f.get();
                    }
                    uploaders.shutdown();
                    double uploadSeconds = (System.nanoTime() - start) / 1e9;
                    boolean idle = runtime.awaitIdle(15 * 60_000);
                    double processSeconds = (System.nanoTime() - start) / 1e9;
                    return check(aws, config, model, articles, idle, uploadSeconds, processSeconds);
                }
            }
        }
    }

    private static Result check(LocalAws aws, Config config, FaultModelServer model, int articles, boolean idle,
                                double uploadSeconds, double processSeconds) {
        ArticleStore store = aws.wiring(config).store();
        List<String> problems = new ArrayList<>();
        if (!idle) {
            problems.add("the queues did not drain within 15 minutes");
        }
        int done = 0;
        long duplicate = 0;
        long missing = 0;
        Map<String, java.util.concurrent.atomic.AtomicInteger> counts = model.countsByKey();
        for (int i = 1; i <= articles; i++) {
            String id = ArticleIds.fromKey(key(i));
            ArticleRecord record = store.find(id).orElse(null);
            boolean allDone = record != null && record.version() != null;
            for (Language l : Language.values()) {
                LanguageState s = record == null ? null : record.languages().get(l);
                allDone &= s != null && s.status() == TranslationStatus.DONE;
            }
            if (allDone) {
                done++;
            } else if (problems.size() < 10) {
                problems.add(id + ": " + (record == null ? "not stored" : record.languages()));
            }
            // each article's own paragraph: summarised once, translated once into each other language
            List<String> expected = new ArrayList<>(List.of(i + "|summarize|en"));
            for (Language l : Language.EN.others()) {
                expected.add(i + "|translate|" + l.code());
            }
            for (String k : expected) {
                int n = counts.getOrDefault(k, new java.util.concurrent.atomic.AtomicInteger()).get();
                if (n > 1) {
                    duplicate += n - 1;
                    problems.add("article " + i + ": " + k + " called " + n + " times");
                } else if (n == 0) {
                    missing++;
                }
            }
        }
        int left = 0;
        for (String url : List.of(aws.workQueueUrl(), aws.uploadsQueueUrl(), aws.workDeadLetterUrl(),
                aws.uploadsDeadLetterUrl())) {
            var a = aws.sqs().getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                    software.amazon.awssdk.services.sqs.model.QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                    software.amazon.awssdk.services.sqs.model.QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                    .attributes().values();
            for (String v : a) {
                left += Integer.parseInt(v);
            }
        }
        return new Result(articles, done, articles - done, duplicate, missing, model.maxInFlight(),
                model.maxTranslateInFlight(), WORKERS * CHUNK_CONCURRENCY, GLOBAL_CONCURRENCY, left,
                model.callCount(), uploadSeconds, processSeconds, problems);
    }

    static String key(int marker) {
        return String.format("incoming/load/article-%04d.txt", marker);
    }

    /** The sample with its own numbered desk note: a distinct version the simulated model can answer. */
    static byte[] variant(List<String> sampleLines, int marker) {
        List<String> out = new ArrayList<>();
        boolean added = false;
        for (String line : sampleLines) {
            out.add(line);
            if (!added && line.startsWith("The Kremlin has dismissed")) {
                out.add("");
                out.add(ScriptedTexts.deskNote(marker));
                added = true;
            }
        }
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }
}
