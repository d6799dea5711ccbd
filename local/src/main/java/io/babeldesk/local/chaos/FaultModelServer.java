package io.babeldesk.local.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.babeldesk.config.Json;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.llm.Prompt;
import io.babeldesk.llm.SegmentCodec;
import io.babeldesk.local.Pause;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SIMULATION of a model provider: an OpenAI chat-completions endpoint on 127.0.0.1 whose answers
 * come from the {@link FixtureChatModel} (the sample article's canned texts) plus
 * {@link ScriptedTexts} for the paragraphs the chaos cases add, and which injects the faults a
 * case scripts: 429 bursts, 5xx, timeouts, stalled bodies, malformed JSON, truncated output.
 * It counts every request, by article marker, task and language, and measures how many were in
 * flight at once.
 */
public final class FaultModelServer implements AutoCloseable {
    private static final Pattern MARKER = Pattern.compile("Desk note (\\d+)");

    /** What to do with a request a rule matches. */
    public enum Fault {
        /** 429 with Retry-After (and OpenAI's retry-after-ms). */
        RATE_LIMIT,
        /** 503 with an OpenAI error body. */
        SERVER_ERROR,
        /** No answer until well after the client's timeout. */
        TIMEOUT,
        /** Headers and half the body, then nothing until after the client's timeout, then the connection closes. */
        STALL,
        /** 200 with a body that is not JSON. */
        MALFORMED,
        /** 200 with half the answer and finish_reason "length". */
        TRUNCATED,
        /** A correct answer, held back for {@link Rule#delayMillis}. */
        SLOW
    }

    /**
     * A scripted fault: requests matching {@code task} ("translate", "summarize" or null for any),
     * {@code language} (target language code or null) and {@code marker} (null for any) get the
     * fault, {@code times} times (-1: always).
     */
    public record Rule(String task, String language, Integer marker, Fault fault, int times, long delayMillis) {
        boolean matches(Call call) {
            return (task == null || task.equals(call.task())) && (language == null || language.equals(call.language()))
                    && (marker == null || marker.equals(call.marker()));
        }
    }

    /** One request as the server understood it, and when it arrived (epoch millis). */
    public record Call(String task, String language, Integer marker, Fault fault, long at) {
    }

    /** The wait a RATE_LIMIT answer asks for (retry-after-ms), longer than the chaos stack's own backoff. */
    public static final long RETRY_AFTER_MILLIS = 300;

    private final HttpServer server;
    private final ExecutorService threads;
    private final FixtureChatModel fixture = new FixtureChatModel();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<RuleState> rules = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger translateInFlight = new AtomicInteger();
    private final AtomicInteger maxTranslateInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final long clientTimeoutMillis;
    private volatile long latencyMillis;

    /** @param clientTimeoutMillis the timeout the stack's model client uses; TIMEOUT and STALL outlast it */
    public FaultModelServer(long clientTimeoutMillis) throws IOException {
        this.clientTimeoutMillis = clientTimeoutMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-model");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * A local stack's environment around {@code base}: its own bucket, table and queue named
     * {@code prefix}-&lt;random&gt;, and this server as the OpenAI-compatible model provider.
     */
    public Map<String, String> stackEnvironment(Map<String, String> base, String prefix, String modelName) {
        String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new java.util.HashMap<>(base);
        env.putIfAbsent("AWS_REGION", "us-east-1");
        env.put("BABELDESK_BUCKET", name);
        env.put("BABELDESK_TABLE", name);
        env.put("BABELDESK_QUEUE_NAME", name);
        env.put("BABELDESK_LLM_PROVIDER", "openai");
        env.put("BABELDESK_LLM_MODEL", modelName);
        env.put("OPENAI_BASE_URL", baseUrl());
        env.put("OPENAI_API_KEY", "test");
        env.put("AWS_EMF_ENVIRONMENT", "Local");
        return env;
    }

    /** The base URL to give the OpenAI client (OPENAI_BASE_URL). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** A fixed latency for every answer, so that concurrency shows at the server. */
    public void latency(long millis) {
        this.latencyMillis = millis;
    }

    public void script(Rule rule) {
        rules.add(new RuleState(rule));
    }

    public void clearScript() {
        rules.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public int callCount() {
        return calls.size();
    }

    /** Requests for one article marker, task and language (nulls match any). */
    public long count(Integer marker, String task, String language) {
        return calls(marker, task, language).size();
    }

    /** The requests for one article marker, task and language (nulls match any), in order of arrival. */
    public List<Call> calls(Integer marker, String task, String language) {
        return calls.stream().filter(c -> (marker == null || marker.equals(c.marker()))
                && (task == null || task.equals(c.task())) && (language == null || language.equals(c.language())))
                .toList();
    }

    /** Counts of (marker, task, language) triples, for checking each article was done once. */
    public Map<String, AtomicInteger> countsByKey() {
        return counts;
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int maxTranslateInFlight() {
        return maxTranslateInFlight.get();
    }

    public void resetMeasurements() {
        calls.clear();
        counts.clear();
        maxInFlight.set(0);
        maxTranslateInFlight.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean translate = false;
        try (exchange) {
            JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
            List<ChatMessage> messages = messages(request);
            String user = userText(messages);
            Map<String, String> header = Prompt.readHeader(user);
            String task = header.getOrDefault("task", "");
            String language = "translate".equals(task) ? header.get("target-language") : header.get("language");
            Matcher m = MARKER.matcher(Prompt.readArticle(user));
            Integer marker = m.find() ? Integer.valueOf(m.group(1)) : null;
            translate = "translate".equals(task);
            if (translate) {
                maxTranslateInFlight.accumulateAndGet(translateInFlight.incrementAndGet(), Math::max);
            }
            long at = System.currentTimeMillis();
            Rule rule = take(new Call(task, language, marker, null, at));
            Fault fault = rule == null ? null : rule.fault();
            calls.add(new Call(task, language, marker, fault, at));
            counts.computeIfAbsent(marker + "|" + task + "|" + language, k -> new AtomicInteger()).incrementAndGet();
            if (latencyMillis > 0) {
                Pause.millis(latencyMillis);
            }
            if (fault != null) {
                switch (fault) {
                    case RATE_LIMIT -> {
                        exchange.getResponseHeaders().set("Retry-After", "1");
                        exchange.getResponseHeaders().set("retry-after-ms", Long.toString(RETRY_AFTER_MILLIS));
                        send(exchange, 429, error("rate_limit_exceeded", "Rate limit reached (simulated)"));
                        return;
                    }
                    case SERVER_ERROR -> {
                        send(exchange, 503, error("server_error", "The server is overloaded (simulated)"));
                        return;
                    }
                    case TIMEOUT -> {
                        Pause.millis(clientTimeoutMillis + 1500);
                        send(exchange, 503, error("server_error", "too late (simulated)"));
                        return;
                    }
                    case MALFORMED -> {
                        send(exchange, 200, "{\"id\":\"chatcmpl-x\",\"choices\":[{\"message\":{\"content\":\"<seg id=");
                        return;
                    }
                    case SLOW -> Pause.millis(rule.delayMillis());
                    default -> { }
                }
            }
            String answer;
            try {
                answer = translate ? translate(messages, user) : fixture.chat(ChatRequest.builder().messages(messages)
                        .build()).aiMessage().text();
            } catch (RuntimeException e) {
                send(exchange, 400, error("invalid_request_error", "simulated provider has no answer: " + e.getMessage()));
                return;
            }
            String finish = "stop";
            if (fault == Fault.TRUNCATED) {
                answer = answer.substring(0, answer.length() / 2);
                finish = "length";
            }
            String body = completion(request.path("model").asText("chaos"), answer, finish, user.length() / 4);
            if (fault == Fault.STALL) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                OutputStream out = exchange.getResponseBody();
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                Pause.millis(clientTimeoutMillis * 4);
                // closing short of the declared length: the client sees a broken body if it is still waiting
                return;
            }
            send(exchange, 200, body);
        } catch (RuntimeException | IOException e) {
            send(exchange, 500, error("server_error", "simulated provider broke: " + e));
        } finally {
            inFlight.decrementAndGet();
            if (translate) {
                translateInFlight.decrementAndGet();
            }
        }
    }

    private synchronized Rule take(Call call) {
        for (RuleState r : rules) {
            if (r.rule.matches(call) && (r.rule.times() < 0 || r.used.get() < r.rule.times())) {
                r.used.incrementAndGet();
                return r.rule;
            }
        }
        return null;
    }

    /** Each segment answered on its own: scripted texts first, else the fixture model. */
    private String translate(List<ChatMessage> messages, String user) {
        Map<String, String> header = Prompt.readHeader(user);
        String target = header.get("target-language");
        List<String> out = new ArrayList<>();
        for (SegmentCodec.Segment seg : SegmentCodec.decode(Prompt.readArticle(user))) {
            String scripted = ScriptedTexts.translate(seg.text(), target);
            if (scripted != null) {
                out.add(scripted);
                continue;
            }
            Prompt one = new Prompt(system(messages), header, SegmentCodec.encode(List.of(seg.text()), 1), 4096, 0.0);
            String reply = fixture.chat(one.toChatRequest()).aiMessage().text();
            List<SegmentCodec.Segment> back = SegmentCodec.decode(reply);
            out.add(back.isEmpty() ? "" : back.get(0).text());
        }
        return SegmentCodec.encode(out, 1);
    }

    private static String system(List<ChatMessage> messages) {
        for (ChatMessage m : messages) {
            if (m instanceof SystemMessage s) {
                return s.text();
            }
        }
        return "";
    }

    private static List<ChatMessage> messages(JsonNode request) {
        List<ChatMessage> out = new ArrayList<>();
        for (JsonNode m : request.path("messages")) {
            JsonNode content = m.path("content");
            String text;
            if (content.isArray()) {
                StringBuilder sb = new StringBuilder();
                content.forEach(part -> sb.append(part.path("text").asText("")));
                text = sb.toString();
            } else {
                text = content.asText("");
            }
            out.add("system".equals(m.path("role").asText()) ? SystemMessage.from(text) : UserMessage.from(text));
        }
        return out;
    }

    private static String userText(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage u) {
                return u.singleText();
            }
        }
        return "";
    }

    private static String completion(String model, String content, String finish, int promptTokens) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", "chatcmpl-chaos");
        root.put("object", "chat.completion");
        root.put("created", System.currentTimeMillis() / 1000);
        root.put("model", model);
        ArrayNode choices = root.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", finish);
        ObjectNode usage = root.putObject("usage");
        int completion = Math.max(1, content.length() / 4);
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", promptTokens + completion);
        return root.toString();
    }

    private static String error(String type, String message) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        return root.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) {
        try {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client gave up (its timeout): nothing left to tell it
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static final class RuleState {
        final Rule rule;
        final AtomicInteger used = new AtomicInteger();

        RuleState(Rule rule) {
            this.rule = rule;
        }
    }
}
