package io.babeldesk.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.babeldesk.config.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * FIXTURE, not a translation model: canned answers for the sample articles in
 * {@code events/articles}, for the offline demo and tests. Its model name says so, and any text
 * it has no answer for fails with a message that says so.
 */
public final class FixtureChatModel implements ChatModel {
    /** The model name on every answer, and the model every stored result of the fixture names. */
    public static final String MODEL_NAME = "fixture";
    private static final String INDEX = "fixture-model/index.txt";

    private final List<JsonNode> fixtures;
    /** source text (normalised) -> language code -> translation */
    private final Map<String, Map<String, String>> segments = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public FixtureChatModel() {
        this.fixtures = loadFixtures();
        for (JsonNode fixture : fixtures) {
            for (JsonNode seg : fixture.path("segments")) {
                Map<String, String> byLanguage = new HashMap<>();
                seg.fields().forEachRemaining(e -> byLanguage.put(e.getKey(), e.getValue().asText()));
                String sourceLanguage = fixture.path("sourceLanguage").asText("en");
                segments.put(normalise(seg.path(sourceLanguage).asText()), byLanguage);
            }
        }
    }

    /** How many requests this model has answered or refused. */
    public int calls() {
        return calls.get();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        calls.incrementAndGet();
        String user = lastUserText(request.messages());
        Map<String, String> header = Prompt.readHeader(user);
        String task = header.getOrDefault("task", "");
        String answer = switch (task) {
            case "translate" -> translate(header, Prompt.readArticle(user));
            case "summarize" -> summarize(header, Prompt.readArticle(user));
            // the sample's translations are the fixture's own: its review of them finds nothing
            case "review" -> "{\"errors\":[]}";
            default -> throw new FixtureModelException("the fixture model cannot do task '" + task + "'");
        };
        int inputTokens = estimateTokens(user) + request.messages().stream()
                .filter(m -> !(m instanceof UserMessage)).mapToInt(m -> estimateTokens(m.toString())).sum();
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answer))
                .metadata(ChatResponseMetadata.builder()
                        .modelName(MODEL_NAME)
                        .finishReason(FinishReason.STOP)
                        .tokenUsage(new TokenUsage(inputTokens, estimateTokens(answer)))
                        .build())
                .build();
    }

    private String translate(Map<String, String> header, String article) {
        String target = header.get("target-language");
        List<String> out = new ArrayList<>();
        int firstId = -1;
        for (SegmentCodec.Segment seg : SegmentCodec.decode(article)) {
            if (firstId < 0) {
                firstId = seg.id();
            }
            Map<String, String> known = segments.get(normalise(seg.text()));
            if (known == null || known.get(target) == null) {
                throw new FixtureModelException("the fixture model has no " + target + " answer for \""
                        + abbreviate(seg.text()) + "\": it answers only for the sample articles in events/articles;"
                        + " set BABELDESK_LLM_PROVIDER to a real provider for other texts");
            }
            out.add(known.get(target));
        }
        return SegmentCodec.encode(out, Math.max(firstId, 1));
    }

    private String summarize(Map<String, String> header, String article) {
        String kind = header.getOrDefault("kind", "short");
        String language = header.get("language");
        List<SegmentCodec.Segment> segs = SegmentCodec.decode(article);
        for (JsonNode fixture : fixtures) {
            String sourceLanguage = fixture.path("sourceLanguage").asText("en");
            String title = fixture.path("segments").path(0).path(sourceLanguage).asText();
            boolean same = segs.stream().anyMatch(s -> normalise(s.text()).equals(normalise(title)));
            if (same) {
                JsonNode text = fixture.path("summaries").path(kind).path(language);
                if (text.isTextual()) {
                    return text.asText();
                }
                throw new FixtureModelException("the fixture model has no '" + kind + "' summary in " + language
                        + " for " + fixture.path("article").asText());
            }
        }
        throw new FixtureModelException("the fixture model answers only for the sample articles in events/articles;"
                + " set BABELDESK_LLM_PROVIDER to a real provider for other articles");
    }

    private static String lastUserText(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage u) {
                return u.singleText();
            }
        }
        throw new FixtureModelException("the request has no user message");
    }

    static String normalise(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int estimateTokens(String s) {
        return Math.max(1, s.length() / 4);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static List<JsonNode> loadFixtures() {
        ClassLoader loader = FixtureChatModel.class.getClassLoader();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new FixtureModelException("fixture answers are missing from the classpath (" + INDEX + ")");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream("fixture-model/" + name)) {
                    if (in == null) {
                        throw new FixtureModelException("fixture file listed but missing: " + name);
                    }
                    out.add(Json.MAPPER.readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The fixture model was asked something it has no canned answer for. */
    public static final class FixtureModelException extends RuntimeException {
        public FixtureModelException(String message) {
            super(message);
        }
    }
}
