package io.babeldesk.local;

import io.babeldesk.pipeline.ArticleStore;
import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.config.Config;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.llm.ModelFactory;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.translation.Translation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import io.babeldesk.summary.SummaryKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;

/** The developer commands behind ./babeldesk. */
public final class Main {
    private static final String HELP = """
            babeldesk - local tools

              ./babeldesk demo                 the whole flow on local AWS with the fixture model, then exit
              ./babeldesk serve                local AWS + the three functions + the HTTP API until stopped
              ./babeldesk test                 every test (unit, integration against moto_server, end to end)
              ./babeldesk extract FILE         extraction result as JSON (--text: plain text; --batch IN OUT)
              ./babeldesk detect < LINES       per input line: en, ru, hy or az as ingestion accepts it, und if refused
              ./babeldesk translate FILE       ingestion + translation in-process [--to ru,hy,az] [--provider P]
              ./babeldesk check FILE           quality gate on lines of source<TAB>translation<TAB>from<TAB>to, JSON per line
              ./babeldesk bench                cold start, overhead, throughput, tokens: one table of ratios
              ./babeldesk bench translate      translation wall time against the naive plan and the critical path
              ./babeldesk bench overhead       only the overhead rows: babeldesk's own cost per 1,000 words
              ./babeldesk bench coldstart      only the cold-start rows [--baseline-jar JAR: an earlier jar beside, same runs]
              ./babeldesk chaos                faults, duplicates and hostile input against local AWS: case -> outcome
              ./babeldesk load [N]             N articles (default 500) at once through local AWS, exactly-once checks
              ./babeldesk redrive              replay dead-lettered jobs to the work queue (BABELDESK_QUEUE_URL, BABELDESK_DLQ_URL)
              ./babeldesk help                 this list

            Configuration (environment): AWS_ENDPOINT_URL, BABELDESK_BUCKET, BABELDESK_TABLE, BABELDESK_PORT,
            BABELDESK_LLM_PROVIDER (bedrock|openai|anthropic|ollama|fixture), BABELDESK_LLM_MODEL,
            OPENAI_BASE_URL, OPENAI_API_KEY, ANTHROPIC_API_KEY (or BABELDESK_LLM_API_KEY_SECRET: a Secrets Manager
            secret holding the key), OLLAMA_BASE_URL, BABELDESK_EDITOR_TOKEN (local only).
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int code = switch (command) {
            case "serve" -> serve();
            case "demo" -> demo(System.out);
            case "extract" -> ExtractCommand.run(rest);
            case "detect" -> DetectCommand.run(rest);
            case "chaos" -> io.babeldesk.local.chaos.ChaosCommand.run(rest);
            case "load" -> io.babeldesk.local.chaos.LoadCommand.run(rest);
            case "redrive" -> io.babeldesk.local.chaos.RedriveCommand.run(rest);
            case "translate" -> TranslateCommand.run(rest);
            case "check" -> CheckCommand.run(rest);
            case "bench" -> rest.length > 0 && rest[0].equals("translate")
                    ? BenchTranslateCommand.run(Arrays.copyOfRange(rest, 1, rest.length))
                    : bench(rest);
            case "help", "--help", "-h" -> {
                System.out.print(HELP);
                yield 0;
            }
            default -> {
                System.err.println("unknown command: " + command);
                System.err.print(HELP);
                yield 2;
            }
        };
        System.exit(code);
    }

    private static int bench(String[] args) {
        return io.babeldesk.local.bench.BenchCommand.run(args);
    }

    /** Local runs default to the fixture model: no provider is reachable without configuration. */
    static Config localConfig() {
        Config config = Config.fromEnvironment();
        if (config.get("BABELDESK_LLM_PROVIDER").isEmpty()) {
            config = config.with("BABELDESK_LLM_PROVIDER", "fixture");
        }
        return config;
    }

    static int serve() throws Exception {
        Config base = localConfig();
        Template template = Template.find();
        LocalAws aws = LocalAws.start(base);
        Config config = aws.provision(template);
        if (config.apiUrl().isEmpty()) {
            // events name their result by its URL on this local API
            config = config.with("BABELDESK_API_URL", "http://127.0.0.1:" + config.port());
        }
        ChatModel model = ModelFactory.create(config);
        LocalRuntime runtime = new LocalRuntime(aws, config, template, model).startWorkers();
        int port = runtime.serveApi(config.port());
        System.out.println("babeldesk is serving");
        System.out.println("  local AWS:   " + aws.endpoint() + (aws.dynamoEndpoint().equals(aws.endpoint()) ? ""
                : " (S3, SQS), " + aws.dynamoEndpoint() + " (DynamoDB)")
                + (aws.startedMoto() ? ", moto_server started here" : ""));
        System.out.println("  bucket:      s3://" + config.bucket() + "  (uploads under incoming/ are processed)");
        System.out.println("  table:       " + config.table());
        System.out.println("  work queue:  " + aws.workQueueUrl());
        System.out.println("  model:       " + config.llmProvider() + fixtureNote(config));
        System.out.println("  API:         http://127.0.0.1:" + port);
        System.out.println("  events:      bus " + aws.eventBus() + ", every babeldesk event to " + aws.publishingQueueUrl()
                + " (printed below as they arrive)");
        System.out.println("  console:     http://127.0.0.1:" + port + "/console" + (config.get("BABELDESK_EDITOR_TOKEN")
                .isPresent() ? "  (sign in with $BABELDESK_EDITOR_TOKEN)" : "  (set BABELDESK_EDITOR_TOKEN to sign in)"));
        System.out.println();
        System.out.println("Try (the emulator takes any keys):");
        System.out.println("  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=" + config.region());
        System.out.println("  aws --endpoint-url " + aws.endpoint() + " s3 cp events/articles/kremlin-rejects-pashinyan-claim.txt"
                + " s3://" + config.bucket() + "/incoming/kremlin-rejects-pashinyan-claim.txt");
        System.out.println("  curl http://127.0.0.1:" + port + "/articles/kremlin-rejects-pashinyan-claim/hy");
        System.out.println();
        System.out.flush();
        PublishedEvents published = new PublishedEvents(aws.sqs(), aws.publishingQueueUrl(), System.out).start();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            published.close();
            runtime.close();
            aws.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    static int demo(PrintStream out) throws Exception {
        Config base = localConfig();
        Template template = Template.find();
        try (LocalAws aws = LocalAws.start(base)) {
            Config config = aws.provision(template);
            ChatModel model = ModelFactory.create(config);
            try (LocalRuntime runtime = new LocalRuntime(aws, config, template, model).startWorkers()) {
                out.println("babeldesk demo - local AWS at " + aws.endpoint() + ", model: " + config.llmProvider()
                        + fixtureNote(config));
                List<Path> articles;
                try (Stream<Path> files = Files.list(Path.of("events", "articles"))) {
                    articles = files.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : articles) {
                    String key = "incoming/" + file.getFileName();
                    aws.s3().putObject(r -> r.bucket(config.bucket()).key(key), RequestBody.fromFile(file));
                    out.println("uploaded " + file + " -> s3://" + config.bucket() + "/" + key);
                }
                if (!runtime.awaitIdle(180_000)) {
                    out.println("the work did not finish within 3 minutes");
                    return 1;
                }
                ArticleStore store = aws.wiring(config).store();
                boolean allDone = true;
                for (Path file : articles) {
                    String id = ArticleIds.fromKey("incoming/" + file.getFileName());
                    ArticleRecord record = store.find(id).orElse(null);
                    out.println();
                    if (record == null || record.version() == null) {
                        out.println(id + ": refused - " + (record == null ? "not stored" : record.refusal().message()));
                        allDone = false;
                        continue;
                    }
                    out.println(id + " (source " + record.sourceLanguage().code() + ", version "
                            + record.version().substring(0, 12) + ")");
                    for (Language language : Language.values()) {
                        LanguageState state = record.languages().get(language);
                        Translation t = store.translation(id, language).orElse(null);
                        String status = state == null ? "?" : state.status().name();
                        allDone &= "DONE".equals(status);
                        out.printf("  %-3s %-12s %s%n", language.code(), status, t == null || t.title() == null ? "" : t.title());
                        if (t != null && t.summary() != null) {
                            out.println("      summary: " + t.summary().lines().findFirst().orElse(""));
                        }
                        if (state != null && state.reason() != null) {
                            out.println("      reason: " + state.reason());
                        }
                    }
                }
                String token = "demo-editor";
                runtime.acceptEditorToken(token);
                int port = runtime.serveApi(0);
                if (allDone) {
                    allDone = editorSummaries(out, runtime, port, token, articles);
                }
                if (allDone && "fixture".equals(config.llmProvider())) {
                    allDone = new ReviewDemo(out, aws, config, runtime, port, token).run();
                }
                out.println();
                out.println("events for the publishing system (bus " + aws.eventBus() + ", the example rule's queue):");
                new PublishedEvents(aws.sqs(), aws.publishingQueueUrl(), out).drain();
                return allDone ? 0 : 1;
            }
        }
    }

    /**
     * An editor's view: every summary kind in every language, requested over the HTTP API with
     * the local editor token, then requested again to show it comes from storage.
     */
    private static boolean editorSummaries(PrintStream out, LocalRuntime runtime, int port, String token,
                                           List<Path> articles) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        boolean ok = true;
        for (Path file : articles) {
            String id = ArticleIds.fromKey("incoming/" + file.getFileName());
            out.println();
            out.println("editor summaries of " + id + " (POST /articles/" + id + "/summaries)");
            Map<String, String> locations = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                for (SummaryKind kind : SummaryKind.values()) {
                    HttpResponse<String> r = post(http, port, "/articles/" + id + "/summaries", token,
                            "{\"language\":\"" + language.code() + "\",\"kind\":\"" + kind.wireName() + "\"}");
                    locations.put(language.code() + " " + kind.wireName(), r.headers().firstValue("Location").orElse(""));
                }
            }
            runtime.awaitIdle(120_000);
            for (Map.Entry<String, String> e : locations.entrySet()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + e.getValue())).header("Authorization", "Bearer " + token)
                        .build(), HttpResponse.BodyHandlers.ofString());
                JsonNode s = Json.MAPPER.readTree(r.body());
                ok &= "DONE".equals(s.path("status").asText());
                String text = s.path("text").asText("").replace('\n', ' ');
                out.printf("  %-12s %-7s %s%n", e.getKey(), s.path("status").asText(),
                        text.length() > 90 ? text.substring(0, 87) + "..." : text);
            }
            int fromStorage = 0;
            for (Language language : Language.values()) {
                for (SummaryKind kind : SummaryKind.values()) {
                    HttpResponse<String> again = post(http, port, "/articles/" + id + "/summaries", token,
                            "{\"language\":\"" + language.code() + "\",\"kind\":\"" + kind.wireName() + "\"}");
                    fromStorage += again.statusCode() == 200 ? 1 : 0;
                }
            }
            int total = Language.values().length * SummaryKind.values().length;
            out.println("  asked again: " + fromStorage + "/" + total + " answered from storage without a model call");
            ok &= fromStorage == total;
        }
        return ok;
    }

    private static HttpResponse<String> post(HttpClient http, int port, String path, String token, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String fixtureNote(Config config) {
        return "fixture".equals(config.llmProvider())
                ? " (" + FixtureChatModel.MODEL_NAME + "; not a translation model)" : "";
    }

    static byte[] read(Path p) throws IOException {
        return Files.readAllBytes(p);
    }
}
