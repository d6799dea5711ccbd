package io.babeldesk.handler;

import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.api.ArticleApi;
import io.babeldesk.api.ConsoleSettings;
import io.babeldesk.api.PublishPolicy;
import io.babeldesk.pipeline.Events;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Config;
import io.babeldesk.llm.LlmReviewModel;
import io.babeldesk.llm.LlmSummaryModel;
import io.babeldesk.llm.LlmTranslationModel;
import io.babeldesk.llm.MeteredChatModel;
import io.babeldesk.llm.ModelFactory;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.Events;
import io.babeldesk.pipeline.FailedMessages;
import io.babeldesk.pipeline.Ingestion;
import io.babeldesk.pipeline.JobQueue;
import io.babeldesk.pipeline.Uploads;
import io.babeldesk.pipeline.Work;
import io.babeldesk.aws.AwsClients;
import io.babeldesk.aws.BuiltOnce;
import io.babeldesk.store.DynamoArticleStore;
import io.babeldesk.store.DynamoFailedMessages;
import io.babeldesk.store.DynamoGlossary;
import io.babeldesk.store.DynamoTranslationMemory;
import io.babeldesk.store.EventBridgeEvents;
import io.babeldesk.store.LoggedEvents;
import io.babeldesk.store.S3UploadLinks;
import io.babeldesk.store.S3Uploads;
import io.babeldesk.store.SqsJobQueue;
import io.babeldesk.summary.Summarizer;
import io.babeldesk.summary.SummaryGate;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.ReviewMode;
import io.babeldesk.translation.TranslationMemory;
import io.babeldesk.translation.TranslationEngine;
import java.time.Clock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The one object graph of babeldesk: the adapters and the flow built from a configuration and
 * the AWS clients. The Lambda handlers' no-argument constructors use it, and so does every local
 * command (serve, demo, chaos, load, bench), so what runs locally is what ships.
 */
public final class Wiring {
    private final Config config;
    /** One client per container for the store, the glossary, translation memory and failures alike. */
    private final DynamoDbClient dynamo;
    private final Supplier<S3Client> s3;
    private final Supplier<SqsClient> sqs;
    private final Supplier<EventBridgeClient> eventBridge;
    private final ArticleStore store;
    private final Events events;
    private LanguageDetector detector;

    public Wiring(Config config) {
        this(config, new AwsClients(config));
    }

    private Wiring(Config config, AwsClients aws) {
        // S3 and SQS clients are built on first use: the API reads S3 only for overflowing bodies and
        // sends to SQS only for editors' requests, so its cold start builds neither
        this(config, aws.dynamo(), BuiltOnce.of(aws::s3), BuiltOnce.of(aws::sqs), BuiltOnce.of(aws::eventBridge));
    }

    /**
     * @param s3 asked for on first use, and then every time (pass a supplier that builds once)
     * @param sqs the same for SQS
     */
    public Wiring(Config config, DynamoDbClient dynamo, Supplier<S3Client> s3, Supplier<SqsClient> sqs) {
        this(config, dynamo, s3, sqs, BuiltOnce.of(() -> new AwsClients(config).eventBridge()));
    }

    /** @param eventBridge the same for EventBridge (asked for only when a bus is configured, at the first event) */
    public Wiring(Config config, DynamoDbClient dynamo, Supplier<S3Client> s3, Supplier<SqsClient> sqs,
                  Supplier<EventBridgeClient> eventBridge) {
        this.config = config;
        this.dynamo = dynamo;
        this.s3 = s3;
        this.sqs = sqs;
        this.eventBridge = eventBridge;
        this.store = new DynamoArticleStore(dynamo, config.table(), s3, config.bucket());
        this.events = config.eventBus().<Events>map(bus -> new EventBridgeEvents(eventBridge, bus))
                .orElseGet(LoggedEvents::new);
    }

    /**
     * The same graph over another DynamoDB client (the chaos stack's, which fails on purpose),
     * sharing this one's language detector.
     */
    public Wiring withDynamo(DynamoDbClient other) {
        Wiring copy = new Wiring(config, other, s3, sqs, eventBridge);
        copy.detector = detector();
        return copy;
    }

    public Config config() {
        return config;
    }

    public ArticleStore store() {
        return store;
    }

    /**
     * Article events for the publishing system: PutEvents on BABELDESK_EVENT_BUS, or log lines
     * when no bus is configured. One per graph; the flow and the API publish through it.
     */
    public Events events() {
        return events;
    }

    public FailedMessages failedMessages() {
        return new DynamoFailedMessages(dynamo, config.table());
    }

    public JobQueue queue() {
        String url = config.queueUrl().orElseThrow(() ->
                new IllegalStateException("BABELDESK_QUEUE_URL is not set: the work queue is unknown"));
        return new SqsJobQueue(sqs, url);
    }

    public Uploads uploads() {
        return new S3Uploads(s3.get());
    }

    public DynamoGlossary glossary() {
        return new DynamoGlossary(dynamo, config.table(), Clock.systemUTC(),
                config.getInt("BABELDESK_GLOSSARY_CACHE_SECONDS", 30) * 1000L);
    }

    public Ingestion ingestion() {
        return new Ingestion(uploads(), new ArticleExtractor(detector()), store, queue(), events,
                config.apiUrl().orElse(null));
    }

    /**
     * The work of TranslateFunction with the configured model provider; the reviewer is the model
     * BABELDESK_REVIEW_MODEL names on the same provider, else the translator itself.
     */
    public Work work() {
        ChatModel model = new MeteredChatModel(ModelFactory.create(config));
        return work(model, reviewerModel(config, model));
    }

    /** The same work with another model client (a local simulated or fault-injecting one), reviewing with it too. */
    public Work work(ChatModel model) {
        return work(model, model);
    }

    private Work work(ChatModel model, ChatModel reviewer) {
        String modelId = ModelFactory.modelId(config);
        Glossary glossary = glossary();
        TranslationEngine engine = new TranslationEngine(new LlmTranslationModel(model), modelId, glossary,
                new DynamoTranslationMemory(dynamo, config.table()), detector(), EngineLimits.from(config),
                new LlmReviewModel(reviewer), reviewMode(config));
        return new Work(store, queue(), failedMessages(), summarizer(model, modelId, detector(), glossary), engine,
                events, config.apiUrl().orElse(null));
    }

    /**
     * The translation engine over a chat model, as TranslateFunction runs it; the in-process
     * commands and benches build theirs here too, with their own glossary and memory.
     */
    public static TranslationEngine engine(ChatModel model, String modelId, Glossary glossary, TranslationMemory memory,
                                           LanguageDetector detector, EngineLimits limits) {
        return new TranslationEngine(new LlmTranslationModel(model), modelId, glossary, memory, detector, limits);
    }

    /** BABELDESK_REVIEW_MODE: off, flagged or all (the default). */
    public static ReviewMode reviewMode(Config config) {
        return ReviewMode.parse(config.get("BABELDESK_REVIEW_MODE").orElse(null), ReviewMode.ALL);
    }

    /**
     * The reviewer's chat model: the translator's own client, or the model BABELDESK_REVIEW_MODEL
     * names with the same provider settings.
     */
    public static ChatModel reviewerModel(Config config, ChatModel translator) {
        return config.get("BABELDESK_REVIEW_MODEL")
                .<ChatModel>map(name -> new MeteredChatModel(ModelFactory.create(config.with("BABELDESK_LLM_MODEL", name))))
                .orElse(translator);
    }

    /** The translation engine with the reviewer and review mode the configuration names. */
    public static TranslationEngine engine(Config config, ChatModel model, String modelId, Glossary glossary,
                                           TranslationMemory memory, LanguageDetector detector) {
        return new TranslationEngine(new LlmTranslationModel(model), modelId, glossary, memory, detector,
                EngineLimits.from(config), new LlmReviewModel(reviewerModel(config, model)), reviewMode(config));
    }

    /** The summarizer over a chat model, as TranslateFunction runs it. */
    public static Summarizer summarizer(ChatModel model, String modelId, LanguageDetector detector, Glossary glossary) {
        return new Summarizer(new LlmSummaryModel(model), modelId, new SummaryGate(detector, glossary));
    }

    /** The same with the seed glossary, for the in-process commands. */
    public static Summarizer summarizer(ChatModel model, String modelId, LanguageDetector detector) {
        return summarizer(model, modelId, detector, io.babeldesk.glossary.GlossarySeed.load());
    }

    /** The readers' and editors' API. */
    public ArticleApi api() {
        return new ArticleApi(store, queue(), glossary(), config.get("BABELDESK_READER_API_KEY").orElse(null),
                new ArticleApi.Editing(new DynamoTranslationMemory(dynamo, config.table()), events(),
                        PublishPolicy.parse(config.get("BABELDESK_PUBLISH_POLICY").orElse(null))),
                ArticleApi.Browser.of(uploadLinks(), consoleSettings(config),
                        config.get("BABELDESK_CORS_ORIGINS").orElse(null)));
    }

    /** Presigned PUT links into the bucket; the presigner is built at the first upload. */
    public S3UploadLinks uploadLinks() {
        return new S3UploadLinks(BuiltOnce.of(() -> new AwsClients(config).s3Presigner()), config.bucket());
    }

    /**
     * The console's sign-in: the OIDC issuer's endpoints and the console's (public) client id
     * (template parameter EditorUserPool wires them to the pool it creates), or the local editor
     * token under serve.
     */
    static ConsoleSettings consoleSettings(Config config) {
        return new ConsoleSettings(config.get("BABELDESK_OIDC_ISSUER").orElse(null),
                config.get("BABELDESK_OIDC_AUTHORIZE_URL").orElse(null),
                config.get("BABELDESK_OIDC_TOKEN_URL").orElse(null),
                config.get("BABELDESK_OIDC_CLIENT_ID").orElse(null),
                config.get("BABELDESK_OIDC_SCOPE", "openid email"),
                config.get("BABELDESK_CONSOLE_REDIRECT_URI").orElse(null),
                config.get(ApiHandler.EDITOR_TOKEN).isPresent());
    }

    /** One language detector per container: its models take a second and ~100 MB to load. */
    public synchronized LanguageDetector detector() {
        if (detector == null) {
            detector = new LanguageDetector();
        }
        return detector;
    }

    /** Builds the clients kept for later, so that a SnapStart snapshot holds them built. */
    void buildDeferredClients() {
        s3.get();
        sqs.get();
        if (config.eventBus().isPresent()) {
            eventBridge.get();
        }
    }
}
