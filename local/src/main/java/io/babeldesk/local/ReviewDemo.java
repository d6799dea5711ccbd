package io.babeldesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The editors' loop in the demo, over the local HTTP API: an article the quality checks flag (the
 * fixture model's Russian answer for one paragraph leaves out a number on purpose), the review
 * queue, one paragraph corrected with If-Match, the approval, the history, and a second version
 * of the article that keeps the correction.
 */
final class ReviewDemo {
    static final String ID = "peskov-briefing";
    /** What the demo's editor writes in place of the flagged Russian paragraph. */
    static final String CORRECTION = "«Мы не можем согласиться с этими тезисами», — сказал Песков на брифинге, "
            + "на котором присутствовали около 30 журналистов.";

    private final PrintStream out;
    private final LocalAws aws;
    private final Config config;
    private final LocalRuntime runtime;
    private final int port;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    ReviewDemo(PrintStream out, LocalAws aws, Config config, LocalRuntime runtime, int port, String token) {
        this.out = out;
        this.aws = aws;
        this.config = config;
        this.runtime = runtime;
        this.port = port;
        this.token = token;
    }

    boolean run() throws Exception {
        out.println();
        out.println("editors' loop: upload events/review-demo/peskov-briefing.txt");
        upload("peskov-briefing.txt");
        JsonNode queue = json(send("GET", "/review", null, null));
        out.println("GET /review: " + queue.path("items").size() + " language(s) to review");
        int block = -1;
        for (JsonNode item : queue.path("items")) {
            out.println("  " + item.path("articleId").asText() + " " + item.path("language").asText() + " "
                    + item.path("status").asText());
            for (JsonNode f : item.path("findings")) {
                out.println("      " + f.path("part").asText() + (f.path("block").isNull() ? "" : " "
                        + (f.path("block").asInt() + 1)) + ": " + f.path("check").asText() + " - " + f.path("reason").asText());
                if ("ru".equals(item.path("language").asText()) && "block".equals(f.path("part").asText())) {
                    block = f.path("block").asInt();
                }
            }
        }
        if (block < 0) {
            out.println("  nothing flagged in Russian: the loop below needs the fixture model's answers");
            return false;
        }
        HttpResponse<String> read = send("GET", "/articles/" + ID + "/ru", null, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        ObjectNode edit = (ObjectNode) json(read);
        ((ObjectNode) edit.path("blocks").get(block)).put("text", CORRECTION);
        edit.put("comment", "the number of journalists was missing");
        HttpResponse<String> saved = send("PUT", "/articles/" + ID + "/ru", edit.toString(), etag);
        out.println("PUT /articles/" + ID + "/ru (If-Match " + etag + "): " + saved.statusCode() + ", block "
                + (block + 1) + " corrected");
        HttpResponse<String> again = send("PUT", "/articles/" + ID + "/ru", edit.toString(), etag);
        out.println("the same PUT on the old ETag: " + again.statusCode() + " " + json(again).path("code").asText());
        HttpResponse<String> approved = send("POST", "/articles/" + ID + "/ru/approve", "{\"comment\":\"checked\"}", null);
        out.println("POST /articles/" + ID + "/ru/approve: " + approved.statusCode() + " "
                + json(approved).path("status").asText());
        out.println("GET /articles/" + ID + "/ru/revisions:");
        for (JsonNode r : json(send("GET", "/articles/" + ID + "/ru/revisions", null, null)).path("items")) {
            out.printf("  %d %-9s %-14s %s%n", r.path("number").asInt(), r.path("action").asText(),
                    r.path("editor").asText(), r.path("comment").asText(""));
        }
        out.println("upload a second version (another paragraph changed): events/review-demo/peskov-briefing-v2.txt");
        upload("peskov-briefing-v2.txt");
        JsonNode v2 = json(send("GET", "/articles/" + ID + "/ru", null, null));
        boolean kept = CORRECTION.equals(v2.path("blocks").get(block).path("text").asText());
        out.println("  ru " + v2.path("status").asText() + ", the corrected paragraph "
                + (kept ? "kept (from translation memory, as the editor wrote it)" : "LOST"));
        return approved.statusCode() == 200 && kept;
    }

    private void upload(String file) throws InterruptedException {
        aws.s3().putObject(r -> r.bucket(config.bucket()).key("incoming/" + ID + ".txt"),
                RequestBody.fromFile(Path.of("events", "review-demo", file)));
        runtime.awaitIdle(120_000);
    }

    private HttpResponse<String> send(String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("X-Editor-Name", "demo")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }
}
