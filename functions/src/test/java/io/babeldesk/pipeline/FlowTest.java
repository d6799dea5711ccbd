package io.babeldesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import io.babeldesk.article.Language;
import io.babeldesk.llm.Prompt;
import io.babeldesk.translation.SegmentFinding;
import java.util.function.UnaryOperator;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.testing.InMemoryStack;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ingestion and queued work on the in-memory adapters: what one upload becomes, and what repeats cost. */
class FlowTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final FixtureChatModel model = new FixtureChatModel();
    private final InMemoryStack stack = new InMemoryStack(model);

    @Test
    void anUploadBecomesFourLanguagesWithSummaries() {
        IngestOutcome outcome = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        assertEquals(IngestOutcome.Kind.ACCEPTED, outcome.kind());
        assertEquals(InMemoryStack.SAMPLE_ID, outcome.articleId());
        assertEquals(List.of(Job.summarizeSource(outcome.articleId(), outcome.version(), Language.EN)),
                stack.queue.sent(), "ingestion queues the source summary only; it fans out the translations");

        assertEquals(4, stack.drain(), "the source summary, then one job per target language");
        ArticleRecord head = stack.store.find(outcome.articleId()).orElseThrow();
        for (Language language : Language.values()) {
            assertEquals(TranslationStatus.DONE, head.languages().get(language).status(), language.code());
            Translation t = stack.store.translation(outcome.articleId(), language).orElseThrow();
            assertEquals(outcome.version(), t.articleVersion());
            assertNotNull(t.summary(), language + " has its summary");
            assertEquals(12, t.blocks().size(), "the sample's 12 paragraphs, in " + language);
        }
        assertTrue(stack.store.translation(outcome.articleId(), Language.HY).orElseThrow().title()
                .matches(".*\\p{IsArmenian}.*"));
    }

    @Test
    void theSameBytesAgainCostNoModelCallAndQueueNothing() {
        stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        stack.drain();
        int calls = model.calls();
        int sent = stack.queue.sent().size();

        IngestOutcome again = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0.plusSeconds(60));
        assertEquals(IngestOutcome.Kind.DUPLICATE, again.kind());
        assertEquals(0, stack.drain());
        assertEquals(calls, model.calls());
        assertEquals(sent, stack.queue.sent().size());
    }

    @Test
    void aJobDeliveredTwiceCostsItsModelCallsOnce() {
        IngestOutcome outcome = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        stack.drain();
        int calls = model.calls();
        stack.work.process(Job.translate(outcome.articleId(), outcome.version(), Language.RU));
        stack.work.process(Job.summarizeSource(outcome.articleId(), outcome.version(), Language.EN));
        // a repeated source summary queues the translations again (its first delivery may have died
        // before queueing them); they find their results stored and cost nothing
        assertEquals(3, stack.drain());
        assertEquals(calls, model.calls());
    }

    @Test
    void workForASupersededVersionIsSkipped() {
        IngestOutcome first = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        stack.queue.drain();
        String edited = new String(InMemoryStack.sampleArticle(), StandardCharsets.UTF_8)
                .replaceFirst("Peskov", "Dmitry Peskov");
        IngestOutcome second = stack.upload(InMemoryStack.SAMPLE_KEY, edited.getBytes(StandardCharsets.UTF_8),
                T0.plusSeconds(60));
        assertEquals(IngestOutcome.Kind.ACCEPTED, second.kind());
        int calls = model.calls();
        stack.work.process(Job.summarizeSource(first.articleId(), first.version(), Language.EN));
        assertEquals(calls, model.calls(), "the old version's job makes no model call");
        assertEquals(second.version(), stack.store.find(first.articleId()).orElseThrow().version());
    }

    @Test
    void anUploadThatIsNotAnArticleIsRefusedWithItsReasonAndQueuesNothing() {
        IngestOutcome outcome = stack.upload("incoming/empty.txt", "   \n".getBytes(StandardCharsets.UTF_8), T0);
        assertEquals(IngestOutcome.Kind.REFUSED, outcome.kind());
        assertEquals("EMPTY_FILE", outcome.code());
        ArticleRecord head = stack.store.find(outcome.articleId()).orElseThrow();
        assertEquals("EMPTY_FILE", head.refusal().code());
        assertEquals("incoming/empty.txt", head.refusal().sourceKey());
        assertTrue(stack.queue.sent().isEmpty());
    }

    @Test
    void anUploadAcceptedWithRepairsSaysWhatWasRepaired() {
        byte[] sample = InMemoryStack.sampleArticle();
        byte[] truncated = java.util.Arrays.copyOf(sample, sample.length + 1);
        truncated[sample.length] = (byte) 0xD0; // the first byte of a two-byte letter, cut off
        IngestOutcome outcome = stack.upload(InMemoryStack.SAMPLE_KEY, truncated, T0);
        assertEquals(IngestOutcome.Kind.ACCEPTED, outcome.kind());
        assertTrue(outcome.message() != null && outcome.message().contains("invalid"), outcome.message());
        assertEquals(null, stack.upload("incoming/clean.txt", sample, T0).message(), "a clean upload has no warning");
    }

    @Test
    void keysOutsideIncomingAndFolderMarkersAreIgnored() {
        assertEquals(IngestOutcome.Kind.IGNORED, stack.upload("incoming/2026/", new byte[0], T0).kind());
        assertEquals(IngestOutcome.Kind.IGNORED, stack.upload("results/a.json", "{}".getBytes(), T0).kind());
        assertTrue(stack.queue.sent().isEmpty());
    }

    @Test
    void aDeliveryThatDiedBeforeQueueingIsRepairedByTheNextOne() {
        IngestOutcome first = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        stack.queue.drain(); // the first invocation stored the version and died before its job was sent
        IngestOutcome retry = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        assertEquals(IngestOutcome.Kind.DUPLICATE, retry.kind());
        assertEquals(List.of(Job.summarizeSource(first.articleId(), first.version(), Language.EN)),
                stack.queue.drain(), "the source is still PENDING, so its job is queued again");
    }

    @Test
    void anEditorSummaryRequestIsWrittenOnce() {
        IngestOutcome outcome = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        stack.drain();
        String requestId = Work.summaryRequestId(outcome.articleId(), outcome.version(), Language.RU,
                io.babeldesk.summary.SummaryKind.HEADLINE, null, null);
        stack.store.saveSummary(new StoredSummary(requestId, outcome.articleId(), outcome.version(), "ru", "headline",
                null, null, "PENDING", null, null, null, null, T0.toString()));
        Job job = Job.summaryRequest(outcome.articleId(), outcome.version(), Language.RU, requestId);
        stack.work.process(job);
        StoredSummary done = stack.store.summary(outcome.articleId(), requestId).orElseThrow();
        assertEquals("DONE", done.status());
        assertTrue(done.text().matches(".*\\p{IsCyrillic}.*"), done.text());
        int calls = model.calls();
        stack.work.process(job);
        assertEquals(calls, model.calls(), "a done request is not written again");
    }

    /** The fixture model with its summaries edited, and cut at the output limit when {@code cut}. */
    private static ChatModel summariesEdited(FixtureChatModel fixture, UnaryOperator<String> edit, boolean cut) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse response = fixture.doChat(request);
                if (!"summarize".equals(Prompt.readHeader(Prompt.readUser(request)).get("task"))) {
                    return response;
                }
                return ChatResponse.builder()
                        .aiMessage(AiMessage.from(edit.apply(response.aiMessage().text())))
                        .metadata(ChatResponseMetadata.builder().modelName("fixture")
                                .finishReason(cut ? FinishReason.LENGTH : FinishReason.STOP)
                                .tokenUsage(response.metadata().tokenUsage()).build())
                        .build();
            }
        };
    }

    @Test
    void aSourceSummaryWithANumberTheArticleLacksPutsTheSourceLanguageUpForReview() {
        InMemoryStack edited = new InMemoryStack(summariesEdited(new FixtureChatModel(), t -> t.replace("2020", "2021"), false));
        IngestOutcome outcome = edited.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        edited.work.process(edited.queue.poll());
        Translation source = edited.store.translation(outcome.articleId(), Language.EN).orElseThrow();
        assertEquals(TranslationStatus.NEEDS_REVIEW, source.status());
        assertEquals(List.of("ADDED_NUMBER"), source.flags());
        assertTrue(source.reason().contains("2021"), source.reason());
        SegmentFinding finding = source.findings().get(0);
        assertEquals("summary", finding.part());
        assertEquals("ADDED_NUMBER", finding.check());
        assertEquals(TranslationStatus.NEEDS_REVIEW,
                edited.store.find(outcome.articleId()).orElseThrow().languages().get(Language.EN).status());
        assertEquals(3, edited.queue.sent().stream().filter(j -> j.task() == Job.Task.TRANSLATE).count(),
                "the other languages are translated all the same");
    }

    @Test
    void anEditorSummaryCutAtTheOutputLimitOrNamingSomeoneElseNeedsReview() {
        for (boolean cut : List.of(true, false)) {
            UnaryOperator<String> edit = cut ? t -> t : t -> t + " Лавров промолчал.";
            InMemoryStack edited = new InMemoryStack(summariesEdited(new FixtureChatModel(), edit, cut));
            IngestOutcome outcome = edited.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
            String requestId = Work.summaryRequestId(outcome.articleId(), outcome.version(), Language.RU,
                    io.babeldesk.summary.SummaryKind.HEADLINE, null, null);
            edited.store.saveSummary(new StoredSummary(requestId, outcome.articleId(), outcome.version(), "ru",
                    "headline", null, null, "PENDING", null, null, null, null, T0.toString()));
            edited.work.process(Job.summaryRequest(outcome.articleId(), outcome.version(), Language.RU, requestId));
            StoredSummary done = edited.store.summary(outcome.articleId(), requestId).orElseThrow();
            assertEquals("NEEDS_REVIEW", done.status(), "cut " + cut);
            assertEquals(cut ? "TRUNCATED" : "ADDED_NAME", done.findings().get(0).check());
            assertTrue(done.error().contains(cut ? "output limit" : "Лавров"), done.error());
        }
    }
}
