package io.babeldesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.summary.SummaryKind;
import io.babeldesk.testing.InMemoryStack;
import io.babeldesk.translation.TranslationStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The events the publishing system hears: one per stored change, none for repeats, none lost state. */
class EventsFlowTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Set<String> RESULT_TYPES = Set.of(ArticleEvent.TRANSLATION_READY,
            ArticleEvent.TRANSLATION_NEEDS_REVIEW);

    private final FixtureChatModel model = new FixtureChatModel();
    private final InMemoryStack stack = new InMemoryStack(model);

    private IngestOutcome ingestAndDrain() {
        IngestOutcome outcome = stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0);
        assertEquals(IngestOutcome.Kind.ACCEPTED, outcome.kind());
        stack.drain();
        return outcome;
    }

    @Test
    void theSampleAnnouncesEachLanguageOnceAfterItsResultIsStored() {
        IngestOutcome outcome = ingestAndDrain();
        List<ArticleEvent> events = stack.events.published();
        assertEquals(4, events.size(), events.toString());
        EnumSet<Language> announced = EnumSet.noneOf(Language.class);
        for (ArticleEvent e : events) {
            assertTrue(RESULT_TYPES.contains(e.type()), e.toString());
            assertTrue(announced.add(e.language()), "announced twice: " + e.language());
            assertEquals(InMemoryStack.SAMPLE_ID, e.articleId());
            assertEquals(outcome.version(), e.version());
            assertEquals("/articles/" + InMemoryStack.SAMPLE_ID + "/" + e.language().code(), e.url());
            // what the event announces is stored when it is published
            TranslationStatus stored = stack.store.find(e.articleId()).orElseThrow().languages()
                    .get(e.language()).status();
            assertEquals(stored.name(), e.status());
            assertEquals(TranslationStatus.DONE, stored, e.language().code());
            assertEquals(ArticleEvent.TRANSLATION_READY, e.type());
            assertNull(e.reason());
            assertTrue(Instant.parse(e.at()).isAfter(T0));
        }
        assertEquals(EnumSet.allOf(Language.class), announced);
        assertEquals(Language.EN, events.get(0).language(), "the source language's result comes first");
    }

    @Test
    void redeliveriesAndTheSameBytesAgainAnnounceNothing() {
        IngestOutcome outcome = ingestAndDrain();
        List<ArticleEvent> first = stack.events.published();

        for (Job job : stack.queue.sent()) {
            stack.work.process(job);
        }
        stack.drain();
        assertEquals(IngestOutcome.Kind.DUPLICATE,
                stack.upload(InMemoryStack.SAMPLE_KEY, InMemoryStack.sampleArticle(), T0.plusSeconds(60)).kind());
        stack.drain();
        stack.work.process(Job.translate(outcome.articleId(), outcome.version(), Language.HY));

        assertEquals(first, stack.events.published(), "exactly one event per change");
    }

    @Test
    void aResultWhoseStatusWriteDiedIsAnnouncedByTheDeliveryThatConfirmsIt() {
        IngestOutcome outcome = ingestAndDrain();
        // the invocation stored the hy result and died before its status write (and its event)
        stack.store.setStatus(outcome.articleId(), outcome.version(), Language.HY, TranslationStatus.PENDING, null);
        stack.events.clear();

        stack.work.process(Job.translate(outcome.articleId(), outcome.version(), Language.HY));
        stack.work.process(Job.translate(outcome.articleId(), outcome.version(), Language.HY));

        List<ArticleEvent> events = stack.events.published();
        assertEquals(1, events.size(), events.toString());
        assertEquals(ArticleEvent.TRANSLATION_READY, events.get(0).type());
        assertEquals(Language.HY, events.get(0).language());
        assertEquals(TranslationStatus.DONE,
                stack.store.find(outcome.articleId()).orElseThrow().languages().get(Language.HY).status());
    }

    @Test
    void aRefusedUploadIsAnnouncedOnce() {
        IngestOutcome outcome = stack.upload("incoming/empty.txt", "   \n".getBytes(StandardCharsets.UTF_8), T0);
        assertEquals(IngestOutcome.Kind.REFUSED, outcome.kind());
        List<ArticleEvent> events = stack.events.published();
        assertEquals(1, events.size(), events.toString());
        ArticleEvent e = events.get(0);
        assertEquals(ArticleEvent.UPLOAD_REFUSED, e.type());
        assertEquals("empty", e.articleId());
        assertEquals("REFUSED", e.status());
        assertTrue(e.reason().startsWith("EMPTY_FILE: "), e.reason());
        assertEquals("/articles/empty", e.url());
        assertNull(e.version());
        assertNull(e.language());
        assertEquals("EMPTY_FILE", stack.store.find("empty").orElseThrow().refusal().code());
    }

    @Test
    void aSummaryRequestIsAnnouncedOnceWhenItsResultIsStored() {
        IngestOutcome outcome = ingestAndDrain();
        stack.events.clear();
        String requestId = Work.summaryRequestId(outcome.articleId(), outcome.version(), Language.RU,
                SummaryKind.HEADLINE, null, null);
        stack.store.saveSummary(new StoredSummary(requestId, outcome.articleId(), outcome.version(), "ru", "headline",
                null, null, "PENDING", null, null, null, null, T0.toString()));
        Job job = Job.summaryRequest(outcome.articleId(), outcome.version(), Language.RU, requestId);
        stack.work.process(job);
        stack.work.process(job);

        List<ArticleEvent> events = stack.events.published();
        assertEquals(1, events.size(), events.toString());
        ArticleEvent e = events.get(0);
        assertEquals(ArticleEvent.SUMMARY_READY, e.type());
        assertEquals(requestId, e.requestId());
        assertEquals(Language.RU, e.language());
        assertEquals(outcome.version(), e.version());
        assertEquals("DONE", e.status());
        assertEquals("/articles/" + outcome.articleId() + "/summaries/" + requestId, e.url());
        assertEquals("DONE", stack.store.summary(outcome.articleId(), requestId).orElseThrow().status());
    }

    @Test
    void aSummaryRequestForAVersionThatIsGoneIsAnnouncedAsFailed() {
        stack.store.saveSummary(new StoredSummary("r1", "no-such-article", "v1", "hy", "short",
                null, null, "PENDING", null, null, null, null, T0.toString()));
        stack.work.process(Job.summaryRequest("no-such-article", "v1", Language.HY, "r1"));
        List<ArticleEvent> events = stack.events.ofType(ArticleEvent.SUMMARY_FAILED);
        assertEquals(1, events.size(), stack.events.published().toString());
        assertEquals("FAILED", events.get(0).status());
        assertEquals("the article version is gone", events.get(0).reason());
        assertEquals(1, stack.events.published().size());
    }

    @Test
    void aPublisherThatThrowsLosesNoStoredResult() {
        stack.events.failing(true);
        IngestOutcome outcome = ingestAndDrain();
        IngestOutcome refused = stack.upload("incoming/empty.txt", "   \n".getBytes(StandardCharsets.UTF_8), T0);

        ArticleRecord head = stack.store.find(outcome.articleId()).orElseThrow();
        for (Language language : Language.values()) {
            assertEquals(TranslationStatus.DONE, head.languages().get(language).status(), language.code());
            assertEquals(outcome.version(), stack.store.translation(outcome.articleId(), language).orElseThrow()
                    .articleVersion());
        }
        assertEquals(IngestOutcome.Kind.REFUSED, refused.kind());
        assertEquals("EMPTY_FILE", stack.store.find(refused.articleId()).orElseThrow().refusal().code());
        assertEquals(5, stack.events.refused(), "every publish was tried once");
        assertTrue(stack.events.published().isEmpty());
        assertTrue(stack.queue.drain().isEmpty(), "no job was returned for a retry");
    }
}
