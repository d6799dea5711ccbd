package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.babeldesk.article.Language;
import io.babeldesk.translation.QualityFlag;
import io.babeldesk.translation.TranslationModel;
import io.babeldesk.translation.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LlmTranslationModelTest {
    private static TranslationModel.Request request(List<String> segments, Set<QualityFlag> failed) {
        return new TranslationModel.Request(Language.EN, Language.RU, segments, List.of(), "The title", null,
                failed, 500);
    }

    /** TEST FIXTURE: answers every request with one canned reply and keeps the requests. */
    private static final class Canned implements ChatModel {
        final ChatResponse response;
        final List<ChatRequest> requests = new ArrayList<>();

        Canned(ChatResponse response) {
            this.response = response;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            return response;
        }
    }

    private static ChatResponse reply(String text, FinishReason finish, TokenUsage usage) {
        return ChatResponse.builder().aiMessage(AiMessage.from(text))
                .metadata(ChatResponseMetadata.builder().finishReason(finish).tokenUsage(usage).build()).build();
    }

    @Test
    void segmentsComeBackByNumberWithTheCallsUsage() {
        Canned model = new Canned(reply(SegmentCodec.encode(List.of("Один.", "Два."), 1), FinishReason.STOP,
                new TokenUsage(40, 9)));
        TranslationModel.Reply r = new LlmTranslationModel(model).translate(request(List.of("One.", "Two."), Set.of()));
        assertEquals(List.of("Один.", "Два."), r.segments());
        assertTrue(r.aligned());
        assertFalse(r.truncated());
        assertEquals(new Usage(1, 40, 9), r.usage());
        ChatRequest sent = model.requests.get(0);
        assertEquals(500, sent.maxOutputTokens());
        assertTrue(Prompt.readArticle(Prompt.readUser(sent)).startsWith("<context translate=\"no\">\ntitle: The title\n"));
        assertEquals("2", Prompt.readHeader(Prompt.readUser(sent)).get("segments"));
    }

    @Test
    void outOfOrderReplyIsReadByNumberButNotAligned() {
        Canned model = new Canned(reply("<seg id=\"2\">Два.</seg><seg id=\"1\">Один.</seg><seg id=\"2\">Снова.</seg>",
                FinishReason.LENGTH, null));
        TranslationModel.Reply r = new LlmTranslationModel(model).translate(request(List.of("One.", "Two."), Set.of()));
        assertEquals(List.of("Один.", "Два."), r.segments());
        assertFalse(r.aligned());
        assertTrue(r.truncated());
        assertEquals(new Usage(1, 0, 0), r.usage(), "a provider that reports no usage still made one call");
    }

    @Test
    void missingSegmentIsNull() {
        Canned model = new Canned(reply(SegmentCodec.encode(List.of("Один."), 1), FinishReason.STOP, null));
        TranslationModel.Reply r = new LlmTranslationModel(model).translate(request(List.of("One.", "Two."), Set.of()));
        assertEquals("Один.", r.segments().get(0));
        assertNull(r.segments().get(1));
        assertFalse(r.aligned());
    }

    @Test
    void providerFailureIsATypedFailureWithTheProvidersWords() {
        IllegalStateException cause = new IllegalStateException("provider answered 503 after 3 attempts");
        ChatModel failing = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                throw cause;
            }
        };
        TranslationModel.Failure f = assertThrows(TranslationModel.Failure.class,
                () -> new LlmTranslationModel(failing).translate(request(List.of("One."), Set.of())));
        assertEquals("provider answered 503 after 3 attempts", f.getMessage());
        assertSame(cause, f.getCause());
    }

    @Test
    void retryIsToldWhatWentWrong() {
        assertNull(LlmTranslationModel.correction(Set.of(), Language.RU));
        assertEquals("Your previous answer was cut off.",
                LlmTranslationModel.correction(Set.of(QualityFlag.TRUNCATED), Language.RU));
        assertTrue(LlmTranslationModel.correction(Set.of(QualityFlag.SEGMENT_MISMATCH), Language.RU)
                .contains("did not return exactly the numbered segments"));
        assertEquals("Your previous answer failed the newsroom's checks: write every segment in Russian, never the "
                        + "source language; keep every number exactly as in the source, in digits.",
                LlmTranslationModel.correction(Set.of(QualityFlag.MISSING_NUMBER, QualityFlag.WRONG_SCRIPT,
                        QualityFlag.ECHO), Language.RU));
    }
}
