package io.babeldesk.translation;

import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.glossary.GlossarySeed;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates an article version (title, blocks and its source-language summary) into one target
 * language: reuses what the translation memory has, plans the rest into chunks sized by the
 * target's token cost, sends the chunks in parallel under per-article and per-JVM caps, and
 * checks every segment that comes back before anything is marked DONE.
 */
public final class TranslationEngine {
    private static final Logger LOG = LoggerFactory.getLogger(TranslationEngine.class);

    private final String modelId;
    private final EngineLimits limits;
    private final SegmentPlanner planner;
    private final MemoryReuse memory;
    private final ChunkRunner runner;
    private final ChunkTranslator chunks;
    private final OutputEstimates estimates = new OutputEstimates();
    private final Reviewing reviewing;

    public TranslationEngine(TranslationModel model, String modelId, Glossary glossary, TranslationMemory memory,
                             LanguageDetector detector, EngineLimits limits) {
        this(model, modelId, glossary, memory, detector, limits, null, ReviewMode.OFF);
    }

    /**
     * @param reviewer the reviewer model (null: no review)
     * @param reviewMode which segments it reads
     */
    public TranslationEngine(TranslationModel model, String modelId, Glossary glossary, TranslationMemory memory,
                             LanguageDetector detector, EngineLimits limits, ReviewModel reviewer,
                             ReviewMode reviewMode) {
        this(model, modelId, glossary, memory, detector, limits, reviewer, reviewMode, true);
    }

    /**
     * @param offlineChecks false only to measure what the checks cost (the overhead bench): every
     *                      segment then passes unchecked. Package-private so that nothing deployed
     *                      can switch the checks off.
     */
    TranslationEngine(TranslationModel model, String modelId, Glossary glossary, TranslationMemory memory,
                      LanguageDetector detector, EngineLimits limits, ReviewModel reviewer, ReviewMode reviewMode,
                      boolean offlineChecks) {
        this.reviewing = new Reviewing(reviewer, reviewMode);
        this.modelId = modelId;
        this.limits = limits;
        this.planner = new SegmentPlanner(glossary, modelId);
        this.memory = new MemoryReuse(memory);
        this.runner = new ChunkRunner(limits);
        this.chunks = new ChunkTranslator(model, offlineChecks ? new QualityGate(detector) : null, estimates, glossary);
    }

    /** An engine with the seed glossary, an in-memory translation memory and default limits. */
    public TranslationEngine(TranslationModel model, String modelId) {
        this(model, modelId, GlossarySeed.load(), new InMemoryTranslationMemory(), new LanguageDetector(),
                EngineLimits.DEFAULTS);
    }

    public String modelId() {
        return modelId;
    }

    public Translation translate(Article article, String sourceSummary, Language target) {
        List<Segment> segments = planner.segments(article, sourceSummary, target);
        MemoryReuse.Reuse reuse = article.sourceLanguage() == target ? MemoryReuse.asSource(segments)
                : memory.reuse(segments, target);
        ChunkPlan plan = ChunkPlan.of(target, reuse.pending(), limits);
        TranslationJob job = new TranslationJob(article, target, segments, runner.permits());
        Map<Integer, Outcome> outcomes;
        try {
            outcomes = runner.run(plan, chunk -> chunks.translate(job, chunk));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Translation.failed(target, article.version(), modelId, job.usage(), "interrupted");
        } catch (ExecutionException e) {
            LOG.error("translation of article {} version {} into {} broke", article.id(), article.version(),
                    target.code(), e.getCause());
            return Translation.failed(target, article.version(), modelId, job.usage(),
                    "translation broke: " + e.getCause());
        }
        Map<Integer, List<ReviewModel.Error>> reviewed = Map.of();
        String reviewFailure = null;
        boolean complete = outcomes.values().stream().allMatch(o -> o.text() != null);
        if (complete && reviewing.active() && article.sourceLanguage() != target) {
            try {
                reviewed = reviewing.review(job, outcomes, (segment, text) -> chunks.check(job, segment, text));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Translation.failed(target, article.version(), modelId, job.usage(), "interrupted");
            } catch (TranslationModel.Failure e) {
                LOG.warn("review of article {} version {} into {} failed: {}", article.id(), article.version(),
                        target.code(), e.getMessage());
                reviewFailure = e.getMessage();
            }
        }
        Translation translation = Assembly.of(job, reuse.known(), outcomes, modelId, reviewed, reviewFailure);
        if (translation.status() != TranslationStatus.FAILED && reviewFailure == null) {
            // a segment the reviewer still objects to is translated again next time, as a flagged one is
            Map<Integer, Outcome> clean = new java.util.HashMap<>(outcomes);
            clean.keySet().removeAll(reviewed.keySet());
            memory.remember(segments, clean);
        }
        return translation;
    }

    /** The chunks a translation would be sent in now (what the memory lacks), for planning and checks. */
    public ChunkPlan plan(Article article, String sourceSummary, Language target) {
        return ChunkPlan.of(target, memory.reuse(planner.segments(article, sourceSummary, target), target).pending(), limits);
    }

    /** Estimated against reported output tokens per target language, over this engine's lifetime. */
    public Map<Language, EstimateCheck> estimateAccuracy() {
        return estimates.accuracy();
    }
}
