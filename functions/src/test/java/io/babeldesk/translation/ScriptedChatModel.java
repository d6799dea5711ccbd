package io.babeldesk.translation;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.babeldesk.article.Language;
import io.babeldesk.llm.Prompt;
import io.babeldesk.llm.SegmentCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * TEST FIXTURE, not a model: answers each request with what a script computes from it, records
 * every request and counts calls, in-flight calls and tokens.
 */
final class ScriptedChatModel implements ChatModel {
    /** A request as the script sees it. */
    record Request(int callNumber, String system, String user, Map<String, String> header,
                   List<SegmentCodec.Segment> segments, Integer maxOutputTokens) {
        Language target() {
            return Language.fromCode(header.get("target-language")).orElseThrow();
        }

        List<String> texts() {
            return segments.stream().map(SegmentCodec.Segment::text).toList();
        }

        String task() {
            return header.getOrDefault("task", "");
        }

        /** A review request's (source, translation) pairs, in order. */
        List<String[]> pairs() {
            return io.babeldesk.llm.LlmReviewModel.readPairs(Prompt.readArticle(user));
        }
    }

    /** What the script answers. */
    record Reply(String text, FinishReason finish) {
        static Reply of(String text) {
            return new Reply(text, FinishReason.STOP);
        }
    }

    private final Function<Request, Reply> script;
    private final long delayMillis;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    ScriptedChatModel(Function<Request, Reply> script) {
        this(script, 0);
    }

    ScriptedChatModel(Function<Request, Reply> script, long delayMillis) {
        this.script = script;
        this.delayMillis = delayMillis;
    }

    /** Answers every segment through a function of (target language, source text). */
    static ScriptedChatModel perSegment(java.util.function.BiFunction<Language, String, String> translate) {
        return new ScriptedChatModel(r -> Reply.of(SegmentCodec.encode(
                r.texts().stream().map(t -> translate.apply(r.target(), t)).toList(), 1)));
    }

    /**
     * Translations (and repairs) through {@code translator}, reviews through {@code reviewer}: the
     * reviewer's script answers with the JSON a reviewer model sends.
     */
    static ScriptedChatModel withReviewer(Function<Request, Reply> translator, Function<Request, Reply> reviewer) {
        return new ScriptedChatModel(r -> "review".equals(r.task()) ? reviewer.apply(r) : translator.apply(r));
    }

    /** A reviewer's JSON answer with the given errors: {segment (1-based), category, severity, explanation}. */
    static Reply review(String[]... errors) {
        StringBuilder sb = new StringBuilder("{\"errors\":[");
        for (int i = 0; i < errors.length; i++) {
            String[] e = errors[i];
            sb.append(i == 0 ? "" : ",").append("{\"segment\":").append(e[0]).append(",\"category\":\"").append(e[1])
                    .append("\",\"severity\":\"").append(e[2]).append("\",\"span\":\"\",\"explanation\":\"")
                    .append(e[3]).append("\"}");
        }
        return Reply.of(sb.append("]}").toString());
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            String system = Prompt.readSystem(request);
            String user = Prompt.readUser(request);
            Request r = new Request(calls.incrementAndGet(), system, user, Prompt.readHeader(user),
                    SegmentCodec.decode(Prompt.readArticle(user)), request.maxOutputTokens());
            requests.add(r);
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            Reply reply = script.apply(r);
            return ChatResponse.builder()
                    .aiMessage(AiMessage.from(reply.text()))
                    .metadata(ChatResponseMetadata.builder()
                            .modelName("scripted test model")
                            .finishReason(reply.finish())
                            .tokenUsage(new TokenUsage(user.length() / 4, Math.max(1, reply.text().length() / 4)))
                            .build())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    int calls() {
        return calls.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }
}
