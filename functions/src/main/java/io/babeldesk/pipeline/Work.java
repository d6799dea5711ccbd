package io.babeldesk.pipeline;

import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import io.babeldesk.summary.Summarizer;
import io.babeldesk.summary.Summary;
import io.babeldesk.summary.SummaryKind;
import io.babeldesk.summary.SummaryRequest;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import io.babeldesk.ops.Metrics;

/**
 * Does one job from the work queue. A job whose result is already stored, or whose article
 * version was superseded, is finished without a model call. Before its model calls a job takes a
 * lease on its language of the version (see {@link ArticleStore#claim}), so a duplicate
 * delivery running at the same time backs off instead of paying for the same calls.
 */
public final class Work {
    private static final Logger LOG = LoggerFactory.getLogger(Work.class);

    private final ArticleStore store;
    private final JobQueue queue;
    private final FailedMessages failures;
    private final Summarizer summarizer;
    /**
     * Longer than TranslateFunction's 300 s timeout: a lease must outlive the invocation holding
     * it, or a duplicate could start while the first is still calling the model.
     */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(330);

    private final TranslationEngine engine;
    private final Duration lease;
    private final Events events;
    /** The API's base URL for the url of events (null: the path alone). */
    private final String apiUrl;

    public Work(ArticleStore store, JobQueue queue, FailedMessages failures, Summarizer summarizer,
                TranslationEngine engine) {
        this(store, queue, failures, summarizer, engine, DEFAULT_LEASE);
    }

    /**
     * @param events told of every result stored (Ready, Needs Review, Failed, Summary Ready/Failed)
     * @param apiUrl the API's base URL, put before the path of each result in its event (null: the path alone)
     */
    public Work(ArticleStore store, JobQueue queue, FailedMessages failures, Summarizer summarizer,
                TranslationEngine engine, Events events, String apiUrl) {
        this(store, queue, failures, summarizer, engine, DEFAULT_LEASE, events, apiUrl);
    }

    /** @param lease how long a job's claim on its language holds if its invocation dies without giving it back */
    public Work(ArticleStore store, JobQueue queue, FailedMessages failures, Summarizer summarizer,
                TranslationEngine engine, Duration lease) {
        this(store, queue, failures, summarizer, engine, lease, Events.NONE, null);
    }

    public Work(ArticleStore store, JobQueue queue, FailedMessages failures, Summarizer summarizer,
                TranslationEngine engine, Duration lease, Events events, String apiUrl) {
        this.store = store;
        this.queue = queue;
        this.failures = failures;
        this.summarizer = summarizer;
        this.engine = engine;
        this.lease = lease;
        this.events = Events.neverThrowing(events);
        this.apiUrl = apiUrl;
    }

    /** Keeps why a message failed beside its id, for whoever finds it in the dead-letter queue. */
    public void recordFailure(String messageId, String body, String reason, int receiveCount) {
        try {
            failures.record(messageId, body, reason, receiveCount);
        } catch (RuntimeException e) {
            // the reason is also in the log; failing to store it must not turn into another failure
            LOG.warn("could not record the failure of message {}: {}", messageId, e.toString());
        }
    }

    public void process(Job job) {
        // every log line of this job names the article, version and language (structured logs)
        try (var a = MDC.putCloseable("articleId", job.articleId());
             var v = MDC.putCloseable("version", job.version());
             var l = MDC.putCloseable("language", job.language() == null ? null : job.language().code());
             var t = MDC.putCloseable("task", job.task().name())) {
            run(job);
        }
    }

    private void run(Job job) {
        switch (job.task()) {
            case SUMMARIZE_SOURCE -> summarizeSource(job);
            case TRANSLATE -> translate(job, false);
            case RETRANSLATE -> translate(job, true);
            case SUMMARY_REQUEST -> summaryRequest(job);
        }
    }

    private void summarizeSource(Job job) {
        Optional<Article> current = currentArticle(job);
        if (current.isEmpty()) {
            return;
        }
        Article article = current.get();
        Optional<Translation> existing = store.translation(article.id(), article.sourceLanguage());
        boolean done = existing.isPresent() && existing.get().articleVersion().equals(article.version())
                && existing.get().status() != TranslationStatus.PENDING;
        if (done) {
            confirmStatus(article, existing.get());
        } else {
            String owner = UUID.randomUUID().toString();
            switch (store.claim(article.id(), article.sourceLanguage(), article.version(), owner, lease, false)) {
                case ALREADY_DONE -> {
                    store.translation(article.id(), article.sourceLanguage()).ifPresent(t -> confirmStatus(article, t));
                    queueTranslations(article);
                    return;
                }
                case HELD_ELSEWHERE -> throw new JobDeferredException("article " + article.id() + " version "
                        + article.version() + ": the source summary is being written by another invocation");
                case CLAIMED -> { }
            }
            Translation source;
            try {
                Summary summary = summarizer.summarize(article,
                        new SummaryRequest(article.sourceLanguage(), SummaryKind.SHORT, null, null));
                // a summary that fails its checks puts the source language up for review, saying why
                source = new Translation(article.sourceLanguage(), article.version(), summary.status(),
                        article.title(), article.blocks(), summary.text(), summary.model(), summary.usage(),
                        summary.flags(), summary.reason(), summary.segmentFindings());
            } catch (RuntimeException e) {
                LOG.error("article {} version {}: source summary failed", article.id(), article.version(), e);
                source = new Translation(article.sourceLanguage(), article.version(), TranslationStatus.NEEDS_REVIEW,
                        article.title(), article.blocks(), null, engine.modelId(), Usage.NONE,
                        List.of("SUMMARY_FAILED"), "the summary could not be written: " + e.getMessage());
            }
            boolean saved;
            try {
                saved = store.saveTranslation(article.id(), source, owner);
            } catch (RuntimeException e) {
                store.release(article.id(), article.sourceLanguage(), owner);
                throw e;
            }
            if (!saved) {
                return;
            }
            announce(article.id(), source);
        }
        queueTranslations(article);
    }

    private void queueTranslations(Article article) {
        queue.send(article.sourceLanguage().others().stream()
                .map(l -> Job.translate(article.id(), article.version(), l)).toList());
    }

    private void translate(Job job, boolean again) {
        Optional<Article> current = currentArticle(job);
        if (current.isEmpty()) {
            return;
        }
        Article article = current.get();
        Optional<Translation> existing = store.translation(article.id(), job.language());
        if (!again && existing.isPresent() && existing.get().articleVersion().equals(article.version())
                && existing.get().status() != TranslationStatus.PENDING) {
            LOG.info("article {} version {} {}: already {}", article.id(), article.version(),
                    job.language().code(), existing.get().status());
            confirmStatus(article, existing.get());
            return;
        }
        String owner = UUID.randomUUID().toString();
        switch (store.claim(article.id(), job.language(), article.version(), owner, lease, again)) {
            case ALREADY_DONE -> {
                LOG.info("article {} version {} {}: finished by another invocation", article.id(),
                        article.version(), job.language().code());
                store.translation(article.id(), job.language()).ifPresent(t -> confirmStatus(article, t));
                return;
            }
            case HELD_ELSEWHERE -> throw new JobDeferredException("article " + article.id() + " version "
                    + article.version() + " " + job.language().code() + " is being translated by another invocation");
            case CLAIMED -> { }
        }
        try {
            translateClaimed(article, job, again, existing, owner);
        } catch (RuntimeException e) {
            // the message will be retried: the retry must not wait out the lease of this invocation
            store.release(article.id(), job.language(), owner);
            throw e;
        }
    }

    private void translateClaimed(Article article, Job job, boolean again, Optional<Translation> existing,
                                 String owner) {
        String sourceSummary = store.translation(article.id(), article.sourceLanguage())
                .filter(t -> t.articleVersion().equals(article.version()))
                .map(Translation::summary).orElse(null);
        Translation result = engine.translate(article, sourceSummary, job.language());
        if (again && existing.isPresent() && existing.get().articleVersion().equals(article.version())) {
            // usage is what this version cost in this language, re-runs included
            Translation r = result;
            result = new Translation(r.language(), r.articleVersion(), r.status(), r.title(), r.blocks(), r.summary(),
                    r.model(), existing.get().usage().plus(r.usage()), r.flags(), r.reason());
        }
        if (!store.saveTranslation(article.id(), result, owner)) {
            LOG.info("article {} version {} {}: superseded, or the lease passed on, while translating",
                    article.id(), article.version(), job.language().code());
            return;
        }
        announce(article.id(), result);
        Metrics.count("Languages" + switch (result.status()) {
            case DONE -> "Done";
            case NEEDS_REVIEW -> "NeedsReview";
            case APPROVED -> "Approved";
            case FAILED -> "Failed";
            case PENDING -> "Pending";
        }, 1, "Language", job.language().code());
        Metrics.count("InputTokens", result.usage().inputTokens(), "Language", job.language().code());
        Metrics.count("OutputTokens", result.usage().outputTokens(), "Language", job.language().code());
        Metrics.count("ReviewInputTokens", result.usage().reviewInputTokens(), "Language", job.language().code());
        Metrics.count("ReviewOutputTokens", result.usage().reviewOutputTokens(), "Language", job.language().code());
        Metrics.count("RepairInputTokens", result.usage().repairInputTokens(), "Language", job.language().code());
        Metrics.count("RepairOutputTokens", result.usage().repairOutputTokens(), "Language", job.language().code());
        LOG.info("article {} version {} {}: {} ({} calls, {} in / {} out tokens)", article.id(), article.version(),
                job.language().code(), result.status(), result.usage().calls(), result.usage().inputTokens(),
                result.usage().outputTokens());
    }

    private void summaryRequest(Job job) {
        Optional<StoredSummary> stored = store.summary(job.articleId(), job.requestId());
        if (stored.isEmpty() || !"PENDING".equals(stored.get().status())) {
            return;
        }
        StoredSummary request = stored.get();
        Optional<Article> article = store.source(job.articleId(), job.version());
        if (article.isEmpty()) {
            saveSummary(withResult(request, "FAILED", null, null, Usage.NONE, "the article version is gone"));
            return;
        }
        try {
            Summary summary = summarizer.summarize(article.get(), new SummaryRequest(job.language(),
                    SummaryKind.fromWireName(request.kind()).orElseThrow(), request.maxWords(), request.focus()));
            saveSummary(withResult(request, summary.status().name(), summary.text(), summary.model(),
                    summary.usage(), summary.reason(), summary.segmentFindings()));
        } catch (RuntimeException e) {
            LOG.error("article {} version {}: summary request {} failed", job.articleId(), job.version(),
                    job.requestId(), e);
            saveSummary(withResult(request, "FAILED", null, engine.modelId(), Usage.NONE, e.getMessage()));
        }
    }

    /** Stores a summary request's result, then announces it (Summary Ready or Summary Failed). */
    private void saveSummary(StoredSummary result) {
        store.saveSummary(result);
        Language language = Language.fromCode(result.language()).orElse(null);
        String url = ArticleEvent.url(apiUrl, ArticleEvent.summaryPath(result.articleId(), result.requestId()));
        events.publish(switch (result.status()) {
            case "DONE" -> ArticleEvent.summaryReady(result.articleId(), result.articleVersion(), language,
                    result.requestId(), url);
            case "NEEDS_REVIEW" -> ArticleEvent.summaryNeedsReview(result.articleId(), result.articleVersion(), language,
                    result.requestId(), result.error(), url);
            default -> ArticleEvent.summaryFailed(result.articleId(), result.articleVersion(), language,
                    result.requestId(), result.error(), url);
        });
    }

    /** Announces a language's result just stored: Ready, Needs Review or Failed by its status. */
    private void announce(String articleId, Translation stored) {
        events.publish(ArticleEvent.translation(articleId, stored.articleVersion(), stored.language(), stored.status(),
                stored.reason(), ArticleEvent.url(apiUrl, ArticleEvent.translationPath(articleId, stored.language()))));
    }

    private static StoredSummary withResult(StoredSummary r, String status, String text, String model, Usage usage,
                                            String error) {
        return withResult(r, status, text, model, usage, error, List.of());
    }

    private static StoredSummary withResult(StoredSummary r, String status, String text, String model, Usage usage,
                                            String error, List<io.babeldesk.translation.SegmentFinding> findings) {
        return new StoredSummary(r.requestId(), r.articleId(), r.articleVersion(), r.language(), r.kind(),
                r.maxWords(), r.focus(), status, text, model, usage, error, r.createdAt(), findings);
    }

    /**
     * Sets the status of a stored result of the current version in META: the invocation that
     * wrote the result may have died before it wrote the status (the two are separate writes).
     */
    private void confirmStatus(Article article, Translation stored) {
        if (stored.articleVersion().equals(article.version())) {
            // still PENDING in META: the invocation that stored the result died before its status
            // write, so it never announced the result either
            boolean unannounced = stored.status() != TranslationStatus.PENDING && store.find(article.id())
                    .filter(r -> article.version().equals(r.version()))
                    .map(r -> r.languages().get(stored.language()))
                    .map(state -> state.status() == TranslationStatus.PENDING)
                    .orElse(false);
            if (store.setStatus(article.id(), article.version(), stored.language(), stored.status(), stored.reason())
                    && unannounced) {
                announce(article.id(), stored);
            }
        }
    }

    /** The article of a job, if the job's version is still the current one. */
    private Optional<Article> currentArticle(Job job) {
        Optional<ArticleRecord> meta = store.find(job.articleId());
        if (meta.isEmpty() || !job.version().equals(meta.get().version())) {
            LOG.info("article {} version {}: superseded or gone, {} {} skipped", job.articleId(), job.version(),
                    job.task(), job.language());
            return Optional.empty();
        }
        Optional<Article> article = store.source(job.articleId(), job.version());
        if (article.isEmpty()) {
            throw new IllegalStateException("article " + job.articleId() + " version " + job.version()
                    + " has no stored source");
        }
        return article;
    }

    /** Summary request ids: the same request for the same version is the same id. */
    public static String summaryRequestId(String articleId, String version, Language language, SummaryKind kind,
                                          Integer maxWords, String focus) {
        return io.babeldesk.article.ArticleIds.sha256(String.join("\u0000", articleId, version, language.code(),
                kind.wireName(), String.valueOf(maxWords), String.valueOf(focus))).substring(0, 24);
    }

    static String now() {
        return Instant.now().toString();
    }
}
