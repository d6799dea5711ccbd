package io.babeldesk.testing;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.api.PublishPolicy;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.glossary.InMemoryGlossary;
import io.babeldesk.handler.Wiring;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.pipeline.IngestOutcome;
import io.babeldesk.pipeline.Ingestion;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.Work;
import io.babeldesk.store.memory.InMemoryArticleStore;
import io.babeldesk.store.memory.InMemoryEvents;
import io.babeldesk.store.memory.InMemoryFailedMessages;
import io.babeldesk.store.memory.InMemoryJobQueue;
import io.babeldesk.store.memory.InMemoryUploads;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.TranslationEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * TEST FIXTURE: the flow (ingestion, work, API) over the in-memory adapters, with the fixture
 * model by default. Jobs wait in {@link #queue} until {@link #drain()} processes them, as the
 * translate function would, one delivery each.
 */
public final class InMemoryStack {
    public static final String BUCKET = "babeldesk-articles";
    /** The sample article's key under incoming/ and its bytes (events/articles). */
    public static final String SAMPLE_KEY = "incoming/kremlin-rejects-pashinyan-claim.txt";
    public static final String SAMPLE_ID = "kremlin-rejects-pashinyan-claim";
    /** lingua takes a second to load: one detector for every stack of a test run. */
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    public final InMemoryUploads uploads = new InMemoryUploads();
    public final InMemoryArticleStore store = new InMemoryArticleStore();
    public final InMemoryJobQueue queue = new InMemoryJobQueue();
    public final InMemoryFailedMessages failures = new InMemoryFailedMessages();
    /** Every article event the flow published, in order. */
    public final InMemoryEvents events = new InMemoryEvents();
    public final InMemoryGlossary glossary = GlossarySeed.load();
    /** The translation memory the engine reads and the editors' edits write. */
    public final InMemoryTranslationMemory memory = new InMemoryTranslationMemory();
    public final ChatModel model;
    public final Ingestion ingestion;
    public final Work work;

    public InMemoryStack() {
        this(new FixtureChatModel());
    }

    public InMemoryStack(ChatModel model) {
        this.model = model;
        this.ingestion = new Ingestion(uploads, new ArticleExtractor(DETECTOR), store, queue, events, null);
        TranslationEngine engine = Wiring.engine(model, "fixture", glossary, memory, DETECTOR,
                EngineLimits.DEFAULTS);
        this.work = new Work(store, queue, failures, Wiring.summarizer(model, "fixture", DETECTOR, glossary), engine,
                events, null);
    }

    public ArticleApi api(String readerApiKey) {
        return api(readerApiKey, PublishPolicy.DONE);
    }

    /** The API over this stack, editors' edits going into its translation memory. */
    public ArticleApi api(String readerApiKey, PublishPolicy policy) {
        return new ArticleApi(store, queue, glossary, readerApiKey, new ArticleApi.Editing(memory, events, policy));
    }

    /** Uploads bytes under a key and delivers its notification to ingestion. */
    public IngestOutcome upload(String key, byte[] bytes, Instant at) {
        uploads.put(BUCKET, key, bytes);
        return ingestion.ingest(BUCKET, key, at);
    }

    /** Processes queued jobs, and the jobs they queue, until none is left; returns how many ran. */
    public int drain() {
        int processed = 0;
        for (Job job = queue.poll(); job != null; job = queue.poll()) {
            work.process(job);
            processed++;
        }
        return processed;
    }

    public static byte[] sampleArticle() {
        return event("articles/kremlin-rejects-pashinyan-claim.txt");
    }

    /** A file of the project's events/ folder (sample events and articles). */
    public static byte[] event(String path) {
        try {
            return Files.readAllBytes(Path.of("..", "events", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
