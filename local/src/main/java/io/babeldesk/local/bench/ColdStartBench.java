package io.babeldesk.local.bench;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import io.babeldesk.handler.Wiring;
import io.babeldesk.local.LocalAws;
import io.babeldesk.pipeline.IngestOutcome;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Cold start of each function in fresh JVMs, beside a hello-world handler on the same JVM flags:
 * from process launch to handler built (SDK clients, lingua models, LangChain4j, configuration)
 * and to its first event processed, against the local AWS, with the fixture model. Given a
 * baseline Lambda jar (an earlier build), every run launches each function on both jars.
 */
public final class ColdStartBench {
    /** The JVM flags template.yaml gives the functions (JAVA_TOOL_OPTIONS), and Lambda's heap for 1,536 MB. */
    public static final List<String> JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-Xmx1280m");
    static final List<String> FUNCTIONS = List.of("bare", "ingest", "translate", "api");
    private static final Pattern PROBE = Pattern.compile(
            "probe jvm=(\\d+) ready=(\\d+) done=(\\d+) ok=(true|false)");

    /** One function's medians over its runs, in milliseconds from process launch. */
    public record Result(String function, int runs, double readyMillis, double firstEventMillis,
                         double jvmBootMillis, boolean allOk) {
    }

    /** One measure over several runs, in milliseconds: the median, the fastest run and the slowest. */
    public record Spread(double median, double min, double max, int runs) {
        static Spread of(double[] values) {
            return new Spread(OverheadBench.median(values), Arrays.stream(values).min().orElse(Double.NaN),
                    Arrays.stream(values).max().orElse(Double.NaN), values.length);
        }

        /**
         * Where this measure stands against the same measure on the baseline jar. Worse means
         * this median is slower than every baseline run and the baseline's median faster than
         * every run of this one (better, the same the other way round); anything less is within
         * the noise the runs themselves show.
         */
        public Verdict against(Spread baseline) {
            if (runs < 2 || baseline.runs < 2) {
                return Verdict.UNJUDGED;
            }
            if (median > baseline.max && baseline.median < min) {
                return Verdict.WORSE;
            }
            if (median < baseline.min && baseline.median > max) {
                return Verdict.BETTER;
            }
            return Verdict.WITHIN_NOISE;
        }

        /** The largest ratio of this median to the baseline's that {@link #against} still does not call worse. */
        public double noiseLimit(Spread baseline) {
            return Math.max(baseline.max / baseline.median, median / min);
        }
    }

    /** How the current jar compares with the baseline jar on one measure. */
    public enum Verdict {
        BETTER("better"), WITHIN_NOISE("within noise"), WORSE("WORSE"), UNJUDGED("one run each, no spread to judge by");

        public final String description;

        Verdict(String description) {
            this.description = description;
        }
    }

    /** One function's runs on one jar. */
    public record Timing(Spread ready, Spread firstEvent, Spread jvmBoot, boolean allOk) {
    }

    /** One function on the current jar and on the baseline jar, launched in the same runs. */
    public record Comparison(String function, Timing current, Timing baseline) {
    }

    private final LocalAws aws;
    private final Config config;
    private final Path root;

    public ColdStartBench(LocalAws aws, Config config) {
        this.aws = aws;
        this.config = config.with("BABELDESK_LLM_PROVIDER", "fixture").with("AWS_EMF_ENVIRONMENT", "Local");
        this.root = BenchArticles.ProjectFiles.root();
    }

    /** The shaded Lambda jar when it was built (what is deployed), else the module classpath. */
    public Path lambdaJar() {
        try (Stream<Path> files = Files.list(root.resolve("functions/target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-lambda.jar")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    public Map<String, Result> measure(int repeats) {
        return medians(measure(repeats, null, Collections.singletonList(lambdaJar())).get(0));
    }

    /** Whether this JVM can write and use an AOT cache ({@code -XX:AOTCacheOutput}, JDK 25 and later). */
    public static boolean aotCacheAvailable() {
        return Runtime.version().feature() >= 25;
    }

    /**
     * The same measurement with each function's own AOT cache (JDK 25: loaded and linked classes
     * and method profiles), written by one training run of that function on a first event of
     * its own, then used by every measured run; the bare handler gets the same treatment.
     */
    public Map<String, Result> measureWithAotCache(int repeats) {
        return medians(measure(repeats, aotDirectory(), Collections.singletonList(lambdaJar())).get(0));
    }

    /**
     * Each function launched on the current Lambda jar and on {@code baselineJar} in the same
     * runs, back to back, the jar that goes first alternating run by run, so that whatever the
     * machine is doing meanwhile falls on both alike.
     */
    public Map<String, Comparison> compare(int repeats, Path baselineJar) {
        return comparisons(measure(repeats, null, List.of(currentJar(), baselineJar)));
    }

    /** {@link #compare} with an AOT cache per function and per jar, each trained on its own jar. */
    public Map<String, Comparison> compareWithAotCache(int repeats, Path baselineJar) {
        return comparisons(measure(repeats, aotDirectory(), List.of(currentJar(), baselineJar)));
    }

    /** The order the jars are launched in on run {@code run}: as given on even runs, reversed on odd ones. */
    static List<Integer> launchOrder(int run, int jars) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < jars; j++) {
            order.add(j);
        }
        return Math.floorMod(run, 2) == 0 ? order : order.reversed();
    }

    private Path currentJar() {
        Path jar = lambdaJar();
        if (jar == null) {
            throw new IllegalStateException("no shaded Lambda jar in functions/target to set beside the baseline;"
                    + " build it with ./mvnw -pl functions -am package");
        }
        return jar;
    }

    private static Path aotDirectory() {
        try {
            return Files.createTempDirectory("babeldesk-aot-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Result> medians(Map<String, Timing> timings) {
        Map<String, Result> out = new LinkedHashMap<>();
        timings.forEach((f, t) -> out.put(f, new Result(f, t.ready().runs(), t.ready().median(),
                t.firstEvent().median(), t.jvmBoot().median(), t.allOk())));
        return out;
    }

    private static Map<String, Comparison> comparisons(List<Map<String, Timing>> byJar) {
        Map<String, Comparison> out = new LinkedHashMap<>();
        byJar.get(0).forEach((f, current) -> out.put(f, new Comparison(f, current, byJar.get(1).get(f))));
        return out;
    }

    /** Each jar's timings by function, in the order of {@code jars} (a null jar: the module classpath). */
    private List<Map<String, Timing>> measure(int repeats, Path aotDir, List<Path> jars) {
        List<String> classpaths = new ArrayList<>();
        List<Map<String, List<double[]>>> runs = new ArrayList<>();
        for (Path jar : jars) {
            classpaths.add(classpath(jar, aotDir != null));
            Map<String, List<double[]>> byFunction = new LinkedHashMap<>();
            FUNCTIONS.forEach(f -> byFunction.put(f, new ArrayList<>()));
            runs.add(byFunction);
        }
        Wiring wiring = new Wiring(config);
        byte[] sample = BenchArticles.sample();
        try {
            Path events = Files.createTempDirectory("babeldesk-cold-");
            // with a cache: run -1 trains it (and is not counted)
            for (int i = aotDir == null ? 0 : -1; i < repeats; i++) {
                List<Map<String, Path>> eventFiles = new ArrayList<>();
                for (int j = 0; j < jars.size(); j++) {
                    eventFiles.add(writeEvents(events, i + "-" + j, wiring, sample));
                }
                for (String function : FUNCTIONS) {
                    for (int j : launchOrder(i, jars.size())) {
                        List<String> flags = aotDir == null ? List.of() : List.of((i < 0 ? "-XX:AOTCacheOutput="
                                : "-XX:AOTCache=") + aotDir.resolve(function + "-" + j + ".aot"));
                        double[] run = launch(classpaths.get(j), flags, function, jars.get(j),
                                eventFiles.get(j).get(function));
                        if (i >= 0) {
                            runs.get(j).get(function).add(run);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Timing>> out = new ArrayList<>();
        for (Map<String, List<double[]>> byFunction : runs) {
            Map<String, Timing> timings = new LinkedHashMap<>();
            byFunction.forEach((f, r) -> timings.put(f, new Timing(
                    Spread.of(r.stream().mapToDouble(x -> x[0]).toArray()),
                    Spread.of(r.stream().mapToDouble(x -> x[1]).toArray()),
                    Spread.of(r.stream().mapToDouble(x -> x[2]).toArray()),
                    r.stream().allMatch(x -> x[3] == 1))));
            out.add(timings);
        }
        return out;
    }

    /**
     * Each function's first event for one run on one jar, written to files. Every run and jar gets
     * articles of its own, so each first event does the full work, not a duplicate's shortcut.
     */
    private Map<String, Path> writeEvents(Path events, String run, Wiring wiring, byte[] sample) throws IOException {
        String ingestKey = "incoming/cold-ingest-" + run + "-" + System.nanoTime() + ".txt";
        aws.s3().putObject(r -> r.bucket(config.bucket()).key(ingestKey), RequestBody.fromBytes(sample));
        String storedKey = "incoming/cold-stored-" + run + "-" + System.nanoTime() + ".txt";
        aws.s3().putObject(r -> r.bucket(config.bucket()).key(storedKey), RequestBody.fromBytes(sample));
        IngestOutcome stored = wiring.ingestion().ingest(config.bucket(), storedKey, Instant.now());
        Map<String, String> eventJson = Map.of(
                "bare", s3Event(ingestKey),
                "ingest", s3Event(ingestKey),
                "translate", sqsEvent(stored.articleId(), stored.version()),
                "api", apiEvent(stored.articleId()));
        Map<String, Path> files = new LinkedHashMap<>();
        for (String function : FUNCTIONS) {
            Path event = events.resolve(function + "-" + run + ".json");
            Files.writeString(event, eventJson.get(function));
            files.put(function, event);
        }
        return files;
    }

    /** {ready, first event, JVM boot (launch to JVM start), 1 if the result was the expected one}. */
    private double[] launch(String classpath, List<String> extraFlags, String function, Path jar, Path event)
            throws IOException {
        String probe = function + " probe" + (jar == null ? "" : " on " + jar);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", classpath, ColdStartProbe.class.getName(), function, event.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(config.env());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Path log = Files.createTempFile("babeldesk-probe-", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long launched = System.currentTimeMillis();
        Process process = pb.start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(probe + " did not finish within 120 s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
        String output = Files.readString(log);
        Matcher m = PROBE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException(probe + " failed (exit " + process.exitValue() + "): "
                    + output.lines().limit(30).reduce("", (a, b) -> a + "\n" + b));
        }
        if (Boolean.parseBoolean(m.group(4))) {
            Files.deleteIfExists(log);
        } else {
            System.err.println(probe + ": the first event did not give the expected result; its log: " + log);
        }
        long jvm = Long.parseLong(m.group(1));
        long ready = Long.parseLong(m.group(2));
        long done = Long.parseLong(m.group(3));
        return new double[] {ready - launched, done - launched, jvm - launched, Boolean.parseBoolean(m.group(4)) ? 1 : 0};
    }

    /**
     * The Lambda jar plus the probe's own classes and the event serialisation library (which the
     * Lambda Java runtime brings itself); without the jar, the functions module's classpath.
     */
    private String classpath(Path jar, boolean jarsOnly) {
        String probe = codeSource(ColdStartProbe.class);
        if (jarsOnly && Files.isDirectory(Path.of(probe))) {
            // an AOT cache is written only for a class path of jar files
            probe = jarOf(Path.of(probe)).toString();
        }
        String serialization = codeSource(PojoSerializer.class);
        if (jar != null) {
            return String.join(File.pathSeparator, jar.toString(), probe, serialization);
        }
        return String.join(File.pathSeparator, probe, System.getProperty("java.class.path"));
    }

    /** The classes of a directory packed into a temporary jar. */
    private static Path jarOf(Path classes) {
        try {
            Path jar = Files.createTempFile("babeldesk-probe-", ".jar");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String s3Event(String key) throws IOException {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(root.resolve("events/s3-put-incoming.json").toFile());
        ObjectNode record = (ObjectNode) event.path("Records").get(0);
        record.put("eventTime", Instant.now().toString());
        ObjectNode s3 = (ObjectNode) record.path("s3");
        ((ObjectNode) s3.path("bucket")).put("name", config.bucket());
        ((ObjectNode) s3.path("object")).put("key", key);
        return Json.MAPPER.writeValueAsString(event);
    }

    private String sqsEvent(String articleId, String version) throws IOException {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(root.resolve("events/sqs-translate-job.json").toFile());
        ArrayNode records = (ArrayNode) event.path("Records");
        JsonNode first = records.get(0);
        records.removeAll();
        ObjectNode job = Json.MAPPER.createObjectNode().put("task", "TRANSLATE").put("articleId", articleId)
                .put("version", version).put("language", "ru").putNull("requestId");
        records.add(((ObjectNode) first).put("body", Json.MAPPER.writeValueAsString(job)));
        return Json.MAPPER.writeValueAsString(event);
    }

    private String apiEvent(String articleId) throws IOException {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(
                root.resolve("events/api-get-article-language.json").toFile());
        String path = "/articles/" + articleId + "/hy";
        event.put("rawPath", path);
        ((ObjectNode) event.path("requestContext").path("http")).put("path", path);
        ((ObjectNode) event.path("pathParameters")).put("id", articleId);
        return Json.MAPPER.writeValueAsString(event);
    }
}
