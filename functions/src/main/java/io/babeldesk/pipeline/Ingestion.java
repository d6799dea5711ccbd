package io.babeldesk.pipeline;

import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.IngestRefusal;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.babeldesk.ops.Metrics;

/**
 * Turns one uploaded object into a stored article version and queues its work: the
 * source-language summary first, which fans out the translations when done.
 */
public final class Ingestion {
    public static final String INCOMING = "incoming/";
    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

    private final Uploads uploads;
    private final ArticleExtractor extractor;
    private final ArticleStore store;
    private final JobQueue queue;
    private final Events events;
    /** The API's base URL for the url of events (null: the path alone). */
    private final String apiUrl;

    public Ingestion(Uploads uploads, ArticleExtractor extractor, ArticleStore store, JobQueue queue) {
        this(uploads, extractor, store, queue, Events.NONE, null);
    }

    /**
     * @param events told of every refused upload (Upload Refused)
     * @param apiUrl the API's base URL, put before the article's path in events (null: the path alone)
     */
    public Ingestion(Uploads uploads, ArticleExtractor extractor, ArticleStore store, JobQueue queue, Events events,
                     String apiUrl) {
        this.uploads = uploads;
        this.extractor = extractor;
        this.store = store;
        this.queue = queue;
        this.events = Events.neverThrowing(events);
        this.apiUrl = apiUrl;
    }

    /**
     * @param key the object key, already URL-decoded
     * @param uploadedAt when S3 says the object was written (orders re-uploads of one article)
     */
    public IngestOutcome ingest(String bucket, String key, Instant uploadedAt) {
        if (!key.startsWith(INCOMING) || key.endsWith("/")) {
            return IngestOutcome.ignored("not an article upload: " + key);
        }
        String articleId = ArticleIds.fromKey(key);
        try {
            byte[] bytes = uploads.read(bucket, key);
            ExtractedArticle extracted = extractor.extract(bytes, key);
            if (extracted.envelopeId() != null && !extracted.envelopeId().isBlank()) {
                articleId = ArticleIds.fromEnvelope(extracted.envelopeId());
            }
            Article article = new Article(articleId, ArticleIds.version(extracted.cleanText()), extracted.title(),
                    extracted.byline(), extracted.publishedAt(), extracted.siteName(), extracted.url(),
                    extracted.language(), extracted.languageConfidence(), extracted.blocks(), key);
            if (!store.saveNewVersion(article, uploadedAt)) {
                // the first delivery may have stored the version and died before queueing its work:
                // while the source is still PENDING, queue it again (a job already done costs nothing)
                boolean sourcePending = store.find(articleId)
                        .filter(r -> article.version().equals(r.version()))
                        .map(r -> r.languages().get(article.sourceLanguage()))
                        .map(state -> state.status() == io.babeldesk.translation.TranslationStatus.PENDING)
                        .orElse(false);
                if (sourcePending) {
                    queue.send(List.of(Job.summarizeSource(articleId, article.version(), article.sourceLanguage())));
                }
                LOG.info("article {} version {} already stored{}", articleId, article.version(),
                        sourcePending ? "; its work queued again" : ": nothing to do");
                return new IngestOutcome(IngestOutcome.Kind.DUPLICATE, articleId, article.version(), null, null);
            }
            queue.send(List.of(Job.summarizeSource(articleId, article.version(), article.sourceLanguage())));
            Metrics.count("ArticlesIngested", 1, "Language", article.sourceLanguage().code());
            LOG.info("article {} version {} stored ({}, {} blocks); work queued", articleId, article.version(),
                    article.sourceLanguage().code(), article.blocks().size());
            // accepted, but the publisher should know what was repaired (invalid bytes replaced, ...)
            String warnings = extracted.warnings().isEmpty() ? null : String.join("; ", extracted.warnings());
            if (warnings != null) {
                LOG.warn("upload {} of article {} accepted with warnings: {}", key, articleId, warnings);
            }
            return new IngestOutcome(IngestOutcome.Kind.ACCEPTED, articleId, article.version(), null, warnings);
        } catch (IngestRefusal refusal) {
            store.recordRefusal(articleId, key, refusal.code().name(), refusal.getMessage(), uploadedAt);
            events.publish(ArticleEvent.uploadRefused(articleId, refusal.code().name(), refusal.getMessage(),
                    ArticleEvent.url(apiUrl, ArticleEvent.articlePath(articleId))));
            Metrics.count("UploadsRefused", 1, "Code", refusal.code().name());
            LOG.warn("upload {} refused for article {}: {} ({})", key, articleId, refusal.code(), refusal.getMessage());
            return new IngestOutcome(IngestOutcome.Kind.REFUSED, articleId, null, refusal.code().name(),
                    refusal.getMessage());
        }
    }
}
