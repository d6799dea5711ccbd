package io.babeldesk.local;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.config.Config;
import io.babeldesk.testing.MotoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The local stack for one test class: fresh bucket, table and queues (named uniquely) on the
 * shared moto_server, provisioned from template.yaml, with the functions running locally.
 */
final class LocalTestStack implements AutoCloseable {
    static final String EDITOR_TOKEN = "test-editor-token";
    static final Path SAMPLE = Path.of("..", "events", "articles", "kremlin-rejects-pashinyan-claim.txt");

    final LocalAws aws;
    final Config config;
    final Template template;
    final LocalRuntime runtime;
    final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    LocalTestStack(ChatModel model) {
        this(model, Map.of());
    }

    LocalTestStack(ChatModel model, Map<String, String> extra) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ENDPOINT_URL", MotoServer.get().endpoint());
        env.put("AWS_REGION", "us-east-1");
        env.put("BABELDESK_BUCKET", "babeldesk-test-" + suffix);
        env.put("BABELDESK_TABLE", "babeldesk-test-" + suffix);
        env.put("BABELDESK_QUEUE_NAME", "babeldesk-work-" + suffix);
        env.put("BABELDESK_LLM_PROVIDER", "fixture");
        env.put("BABELDESK_EDITOR_TOKEN", EDITOR_TOKEN);
        env.put("BABELDESK_GLOSSARY_CACHE_SECONDS", "0");
        env.putAll(extra);
        this.template = Template.find();
        this.aws = LocalAws.start(new Config(env));
        this.config = aws.provision(template);
        this.runtime = new LocalRuntime(aws, config, template, model).startWorkers();
        try {
            this.port = runtime.serveApi(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpClient http() {
        return http;
    }

    void awaitIdle() {
        try {
            if (!runtime.awaitIdle(120_000)) {
                throw new AssertionError("the local functions did not finish their work within 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Uploads with the AWS CLI, the way a publisher's script would. */
    void uploadWithAwsCli(Path file, String key) {
        try {
            ProcessBuilder pb = new ProcessBuilder("aws", "--endpoint-url", aws.endpoint(), "--region", "us-east-1",
                    "s3", "cp", file.toString(), "s3://" + config.bucket() + "/" + key)
                    .redirectErrorStream(true);
            pb.environment().put("AWS_ACCESS_KEY_ID", "test");
            pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new AssertionError("aws s3 cp failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        runtime.close();
        aws.close();
    }
}
