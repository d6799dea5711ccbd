package io.babeldesk.local.bench;

import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.config.Config;
import io.babeldesk.local.LocalAws;
import io.babeldesk.local.LocalRuntime;
import io.babeldesk.local.Template;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.local.bench.SimulatedTranslationModel.Latency;
import io.babeldesk.translation.TranslationStatus;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Articles through the whole local pipeline (S3 upload → notification → IngestFunction → work
 * queue → TranslateFunction workers → DynamoDB, all on moto) with a SIMULATED model whose latency
 * is {@code a + b · output tokens}, scaled down so the run fits: articles per minute, model calls
 * in flight over time, and where the workers' time goes.
 */
public final class ThroughputBench {
    private static final long SAMPLE_MILLIS = 50;
    static final int ARTICLE_WORDS = 600;

    /** One run's figures. */
    public record Result(int articles, int finished, int workers, double wallSeconds, int maxInFlight,
                         double meanInFlight, List<Double> inFlightByTenth, long modelCalls, double modelBusySeconds,
                         Map<WorkerProfile.Activity, Double> workerShares, double motoMillis, double machineCpu,
                         double jvmCpu) {
        public double articlesPerMinute() {
            return finished * 60.0 / wallSeconds;
        }

        /** The activity that takes the largest share of the workers' time, idle and empty polls aside. */
        public WorkerProfile.Activity bottleneck() {
            return workerShares.entrySet().stream()
                    .filter(e -> e.getKey() != WorkerProfile.Activity.IDLE
                            && e.getKey() != WorkerProfile.Activity.QUEUE_POLL)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(WorkerProfile.Activity.IDLE);
        }
    }

    private final LocalAws aws;
    private final Config config;

    public ThroughputBench(LocalAws aws, Config config) {
        this.aws = aws;
        this.config = config;
    }

    public Result measure(int articles, int workers, Latency latency, long timeoutMillis) {
        // what earlier benches left in the queues is not part of this run
        aws.sqs().purgeQueue(r -> r.queueUrl(aws.uploadsQueueUrl()));
        aws.sqs().purgeQueue(r -> r.queueUrl(aws.workQueueUrl()));
        GaugedModel model = new GaugedModel(new SimulatedTranslationModel(latency));
        Config runConfig = config.with("BABELDESK_LOCAL_WORKERS", Integer.toString(workers));
        List<Integer> inFlight = Collections.synchronizedList(new ArrayList<>());
        List<double[]> cpu = Collections.synchronizedList(new ArrayList<>());
        WorkerProfile profile = new WorkerProfile();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> keys = new ArrayList<>();
        double wall;
        boolean idle;
        try (LocalRuntime runtime = new LocalRuntime(aws, runConfig, Template.find(), model)) {
            runtime.startWorkers();
            List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("local-lambda")).toList();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bench-sampler");
                t.setDaemon(true);
                return t;
            });
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long start = System.nanoTime();
            sampler.scheduleAtFixedRate(() -> {
                inFlight.add(model.inFlight());
                profile.sample(threads);
            }, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
            sampler.scheduleAtFixedRate(() -> cpu.add(new double[] {os.getCpuLoad(), os.getProcessCpuLoad()}),
                    500, 500, TimeUnit.MILLISECONDS);
            for (int i = 0; i < articles; i++) {
                String key = "incoming/throughput-" + run + "-" + i + ".txt";
                byte[] body = BenchArticles.englishBytes(ARTICLE_WORDS, 1_000L * i + 7);
                aws.s3().putObject(r -> r.bucket(config.bucket()).key(key), RequestBody.fromBytes(body));
                keys.add(key);
            }
            idle = awaitIdleWhileProgressing(runtime, model, timeoutMillis);
            wall = (System.nanoTime() - start) / 1e9;
            sampler.shutdownNow();
        }
        if (!idle) {
            throw new IllegalStateException("the throughput run did not finish within " + timeoutMillis / 1000 + " s");
        }
        ArticleStore store = aws.wiring(config).store();
        int finished = 0;
        for (String key : keys) {
            ArticleRecord record = store.find(ArticleIds.fromKey(key)).orElse(null);
            if (record != null && record.languages().size() == 4 && record.languages().values().stream()
                    .map(LanguageState::status).noneMatch(s -> s == TranslationStatus.PENDING)) {
                finished++;
            }
        }
        List<Integer> samples = List.copyOf(inFlight);
        return new Result(articles, finished, workers, wall,
                samples.stream().mapToInt(Integer::intValue).max().orElse(0),
                samples.stream().mapToInt(Integer::intValue).average().orElse(0), byTenth(samples), model.calls(),
                model.busySeconds(), profile.shares(), motoMillis(),
                cpu.stream().mapToDouble(c -> c[0]).average().orElse(Double.NaN),
                cpu.stream().mapToDouble(c -> c[1]).average().orElse(Double.NaN));
    }

    /**
     * Waits for the pipeline to drain, but gives up early when no model call has started for a
     * minute: a stalled run says so instead of holding the bench for its whole timeout.
     */
    private static boolean awaitIdleWhileProgressing(LocalRuntime runtime, GaugedModel model, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long lastCalls = -1;
        long lastProgress = System.currentTimeMillis();
        try {
            while (System.currentTimeMillis() < deadline) {
                if (runtime.awaitIdle(Math.min(10_000, Math.max(1, deadline - System.currentTimeMillis())))) {
                    return true;
                }
                if (model.calls() != lastCalls) {
                    lastCalls = model.calls();
                    lastProgress = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - lastProgress > 60_000) {
                    throw new IllegalStateException("the throughput run stalled: no model call for 60 s after "
                            + model.calls() + " calls");
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static List<Double> byTenth(List<Integer> samples) {
        List<Double> out = new ArrayList<>();
        if (samples.isEmpty()) {
            return out;
        }
        for (int tenth = 0; tenth < 10; tenth++) {
            int from = samples.size() * tenth / 10;
            int to = Math.max(from + 1, samples.size() * (tenth + 1) / 10);
            out.add(samples.subList(from, Math.min(to, samples.size())).stream().mapToInt(Integer::intValue)
                    .average().orElse(0));
        }
        return out;
    }

    /** Median round trip of a DynamoDB read on moto, the kind of call the pipeline makes most. */
    private double motoMillis() {
        double[] millis = new double[40];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            aws.dynamo().getItem(r -> r.tableName(config.table()).key(Map.of(
                    "pk", AttributeValue.fromS("ARTICLE#bench-probe"), "sk", AttributeValue.fromS("META"))));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return OverheadBench.median(millis);
    }
}
