package io.babeldesk.handler;

import io.babeldesk.api.ApiRequest;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.pipeline.JobMessages;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: before Lambda snapshots an initialised function, run its hot code once
 * (extraction, language detection, planning, JSON, routing) so the restored container starts
 * with those classes loaded and compiled instead of paying for them on the first event. Priming
 * only reads (one DynamoDB GetItem that finds nothing, to load the SDK's request path) and never
 * calls a model; the SDK reconnects after restore.
 */
final class Priming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    private final String function;
    private final Runnable warmUp;

    private Priming(String function, Runnable warmUp) {
        this.function = function;
        this.warmUp = warmUp;
    }

    /** Registers a warm-up for the snapshot; the returned object must stay referenced by the handler. */
    static Priming register(String function, Runnable warmUp) {
        Priming priming = new Priming(function, warmUp);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /** Runs the warm-up now (what the snapshot hook does); failures are logged, never fatal. */
    void prime() {
        long start = System.nanoTime();
        try {
            warmUp.run();
            LOG.info("{} primed in {} ms", function, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("{} priming failed; the function starts unprimed", function, e);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to reopen: clients connect lazily on the first call after restore
    }

    /** Warm-up for IngestFunction: extraction, language detection and the store's read path. */
    static void primeIngestion(Wiring wiring) {
        wiring.buildDeferredClients();
        new ArticleExtractor(wiring.detector()).extract(sampleArticle(), "priming.txt");
        wiring.detector().loadNeighbourModels();
        wiring.store().find("snapstart-priming");
    }

    /** Warm-up for TranslateFunction: jobs, planning, glossary matching, the gate's detector and JSON. */
    static void primeTranslation(Wiring wiring) {
        wiring.buildDeferredClients();
        ExtractedArticle draft = new ArticleExtractor(wiring.detector()).extract(sampleArticle(), "priming.txt");
        wiring.detector().loadNeighbourModels();
        Article article = new Article("snapstart-priming", ArticleIds.version(draft.cleanText()), draft.title(),
                null, null, null, null, draft.language(), draft.languageConfidence(), draft.blocks(), "priming.txt");
        TranslationEngine planner = Wiring.engine(new FixtureChatModel(), "priming", GlossarySeed.load(),
                new InMemoryTranslationMemory(), wiring.detector(), EngineLimits.from(wiring.config()));
        for (Language target : article.sourceLanguage().others()) {
            planner.plan(article, article.blocks().get(0).text(), target);
        }
        JobMessages.parse("{\"task\":\"TRANSLATE\",\"articleId\":\"snapstart-priming\",\"version\":\"v\","
                + "\"language\":\"hy\",\"requestId\":null}");
        Json.write(Translation.failed(Language.HY, article.version(), "priming", null, "priming"));
        wiring.store().find("snapstart-priming");
    }

    /** Warm-up for ApiFunction: the S3 and SQS clients (built, no call made), routing, validation, problems, JSON. */
    static void primeApi(Wiring wiring, ArticleApi api) {
        wiring.buildDeferredClients();
        api.handle(new ApiRequest("GET", "/openapi.json", Map.of(), Map.of(), null, false));
        api.handle(new ApiRequest("GET", "/articles/Not_An_Id/en", Map.of(), Map.of(), null, false));
        api.handle(new ApiRequest("POST", "/articles/snapstart-priming/summaries", Map.of(), Map.of(),
                "{\"kind\":\"poem\"}", false));
    }

    /** The neutral article the warm-ups process. */
    static byte[] sampleArticle() {
        try (InputStream in = Priming.class.getClassLoader().getResourceAsStream("priming/article.txt")) {
            if (in == null) {
                throw new IllegalStateException("priming/article.txt is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
