package io.babeldesk.handler;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.llm.FixtureChatModel;
import io.babeldesk.llm.LlmSummaryModel;
import io.babeldesk.llm.LlmTranslationModel;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Config;
import io.babeldesk.llm.MeteredChatModel;
import io.babeldesk.llm.ModelFactory;
import io.babeldesk.pipeline.Ingestion;
import io.babeldesk.pipeline.Work;
import io.babeldesk.store.AwsClients;
import io.babeldesk.store.DynamoArticleStore;
import io.babeldesk.store.DynamoGlossary;
import io.babeldesk.store.DynamoTranslationMemory;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.store.S3Uploads;
import io.babeldesk.store.SqsJobQueue;
import io.babeldesk.summary.Summarizer;
import io.babeldesk.translation.TranslationEngine;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the real adapters from configuration, once per container, for the handlers'
 * no-argument constructors (what Lambda calls) and for local runs.
 */
public final class Wiring {
    private final Config config;
    private final AwsClients aws;
    private final DynamoArticleStore store;
    private LanguageDetector detector;
    /** One client per container for the store, the glossary and translation memory alike. */
    private final DynamoDbClient dynamo;
    private SqsClient sqs;
    private S3Client s3;

    public Wiring(Config config) {
        this.config = config;
        this.aws = new AwsClients(config);
        this.dynamo = aws.dynamo();
        // S3 and SQS clients are built on first use: the API reads S3 only for overflowing bodies and
        // sends to SQS only for editors' requests, so its cold start builds neither
        this.store = new DynamoArticleStore(dynamo, config.table(), this::s3, config.bucket());
    }

    public Config config() {
        return config;
    }

    public DynamoArticleStore store() {
        return store;
    }

    public SqsJobQueue queue() {
        String url = config.queueUrl().orElseThrow(() ->
                new IllegalStateException("BABELDESK_QUEUE_URL is not set: the work queue is unknown"));
        return new SqsJobQueue(this::sqs, url);
    }

    public Ingestion ingestion() {
        return new Ingestion(new S3Uploads(s3()), new ArticleExtractor(detector()), store, queue());
    }

    public Work work() {
        return work(new MeteredChatModel(ModelFactory.create(config)));
    }

    public Work work(ChatModel model) {
        String modelId = ModelFactory.modelId(config);
        TranslationEngine engine = new TranslationEngine(new LlmTranslationModel(model), modelId, glossary(),
                new DynamoTranslationMemory(dynamo, config.table()), detector(), EngineLimits.from(config));
        return new Work(store, queue(), new Summarizer(new LlmSummaryModel(model), modelId), engine);
    }

    /** Warm-up for IngestFunction: extraction, language detection and the store's read path. */
    void primeIngestion(Ingestion ingestion) {
        buildDeferredClients();
        new ArticleExtractor(detector()).extract(Priming.sampleArticle(), "priming.txt");
        store.find("snapstart-priming");
    }

    /** Warm-up for TranslateFunction: jobs, planning, glossary matching, the gate's detector and JSON. */
    void primeTranslation() {
        buildDeferredClients();
        ExtractedArticle draft = new ArticleExtractor(detector()).extract(Priming.sampleArticle(), "priming.txt");
        Article article = new Article("snapstart-priming", ArticleIds.version(draft.cleanText()), draft.title(),
                null, null, null, null, draft.language(), draft.languageConfidence(), draft.blocks(), "priming.txt");
        TranslationEngine planner = new TranslationEngine(new LlmTranslationModel(new FixtureChatModel()), "priming",
                GlossarySeed.load(), new InMemoryTranslationMemory(), detector(), EngineLimits.from(config));
        for (Language target : article.sourceLanguage().others()) {
            planner.plan(article, article.blocks().get(0).text(), target);
        }
        SqsJobQueue.parse("{\"task\":\"TRANSLATE\",\"articleId\":\"snapstart-priming\",\"version\":\"v\","
                + "\"language\":\"hy\",\"requestId\":null}");
        try {
            Json.MAPPER.writeValueAsString(Translation.failed(Language.HY, article.version(), "priming", null, "priming"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        store.find("snapstart-priming");
    }

    public DynamoGlossary glossary() {
        return new DynamoGlossary(dynamo, config.table(), java.time.Clock.systemUTC(),
                config.getInt("BABELDESK_GLOSSARY_CACHE_SECONDS", 30) * 1000L);
    }

    /** One SQS client per container, however many queues the handler's parts hold. */
    synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = aws.sqs();
        }
        return sqs;
    }

    synchronized S3Client s3() {
        if (s3 == null) {
            s3 = aws.s3();
        }
        return s3;
    }

    /** Builds the clients kept for later, so a SnapStart snapshot holds them built. */
    void buildDeferredClients() {
        s3();
        sqs();
    }

    /** One language detector per container: its models take a second and ~100 MB to load. */
    public synchronized LanguageDetector detector() {
        if (detector == null) {
            detector = new LanguageDetector();
        }
        return detector;
    }
}
