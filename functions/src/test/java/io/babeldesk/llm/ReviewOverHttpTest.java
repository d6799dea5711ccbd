package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.handler.Wiring;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.Work;
import io.babeldesk.store.memory.InMemoryArticleStore;
import io.babeldesk.store.memory.InMemoryFailedMessages;
import io.babeldesk.store.memory.InMemoryJobQueue;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.ReviewMode;
import io.babeldesk.translation.SegmentFinding;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reviewer end to end: a translate job through Work, the engine and the LangChain4j OpenAI
 * client, over HTTP to a stub that speaks OpenAI's chat completions format and answers, in order,
 * the translation, the review, and the repair and its review when there is one.
 */
class ReviewOverHttpTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final String TITLE = "Kremlin rejects Pashinyan's claim";
    private static final String B1 = "The Kremlin said on Tuesday that Russia will continue to play a key role in the South Caucasus.";
    private static final String B2 = "Prime Minister Nikol Pashinyan said that 2,000 soldiers had been sent to the border in 2020.";
    private static final String RU_TITLE = "Кремль отверг заявление Пашиняна";
    private static final String RU_B1 = "Во вторник Кремль заявил, что Россия продолжит играть ключевую роль на Южном Кавказе.";
    private static final String RU_B2 = "Премьер-министр Никол Пашинян заявил, что в 2020 году на границу были направлены 2 000 военнослужащих.";
    /** Meaning changed, every offline check passed: "more than" added, "Tuesday" became "Monday". */
    private static final String RU_B1_WRONG = "В понедельник Кремль заявил, что Россия продолжит играть ключевую роль на Южном Кавказе.";
    private static final String RU_B2_WRONG = "Премьер-министр Никол Пашинян заявил, что в 2020 году на границу были направлены более 2 000 военнослужащих.";

    private StubProvider stub;
    private InMemoryArticleStore store;
    private Work work;
    private Article article;
    private Config config;

    @BeforeEach
    void setUp() {
        stub = new StubProvider();
        config = new Config(Map.of("BABELDESK_LLM_PROVIDER", "openai", "BABELDESK_LLM_MODEL", "gpt-4o-mini",
                "OPENAI_BASE_URL", stub.url() + "/v1", "OPENAI_API_KEY", "sk-test", "BABELDESK_LLM_MAX_ATTEMPTS", "1",
                "BABELDESK_LLM_TIMEOUT_SECONDS", "10"));
        useReviewer(config);
    }

    /** The work over the stub, its reviewer the one {@code reviewConfig} names. */
    private void useReviewer(Config reviewConfig) {
        var model = ModelFactory.create(config);
        store = new InMemoryArticleStore();
        var glossary = GlossarySeed.load();
        TranslationEngine engine = new TranslationEngine(new LlmTranslationModel(model), ModelFactory.modelId(config),
                glossary, new InMemoryTranslationMemory(), DETECTOR, new EngineLimits(4, 8, 100_000, 100_000),
                new LlmReviewModel(Wiring.reviewerModel(reviewConfig, model)), Wiring.reviewMode(reviewConfig));
        work = new Work(store, new InMemoryJobQueue(), new InMemoryFailedMessages(),
                Wiring.summarizer(model, ModelFactory.modelId(config), DETECTOR, glossary), engine);
        article = new Article("review-http", "v1", TITLE, null, null, null, null, Language.EN, 0.99,
                List.of(Block.paragraph(B1), Block.paragraph(B2)), null);
        store.saveNewVersion(article, Instant.parse("2026-01-01T10:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        stub.close();
    }

    /** An OpenAI chat completion with the given text and token counts. */
    static StubProvider.Answer completion(String text, int inputTokens, int outputTokens) {
        var body = Json.MAPPER.createObjectNode().put("id", "chatcmpl-r").put("object", "chat.completion")
                .put("created", 1740830400).put("model", "gpt-4o-mini-2024-07-18");
        var choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text).putNull("refusal");
        choice.put("finish_reason", "stop");
        body.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                .put("total_tokens", inputTokens + outputTokens);
        return StubProvider.Answer.json(200, body.toString());
    }

    static StubProvider.Answer segments(int in, int out, String... texts) {
        return completion(SegmentCodec.encode(List.of(texts), 1), in, out);
    }

    static StubProvider.Answer review(int in, int out, String... errors) {
        return completion("```json\n{\"errors\":[" + String.join(",", errors) + "]}\n```", in, out);
    }

    static String error(int segment, String category, String severity, String explanation) {
        return "{\"segment\":" + segment + ",\"category\":\"" + category + "\",\"severity\":\"" + severity
                + "\",\"span\":\"\",\"explanation\":\"" + explanation + "\"}";
    }

    private Translation translateIntoRussian() {
        work.process(Job.translate(article.id(), article.version(), Language.RU));
        return store.translation(article.id(), Language.RU).orElseThrow();
    }

    private String userText(int request) throws Exception {
        JsonNode body = Json.MAPPER.readTree(stub.received().get(request).body());
        JsonNode messages = body.path("messages");
        return messages.path(messages.size() - 1).path("content").asText();
    }

    private String systemText(int request) throws Exception {
        return Json.MAPPER.readTree(stub.received().get(request).body()).path("messages").path(0).path("content").asText();
    }

    @Test
    void aCleanReviewEndsDoneWithItsTokensCountedApart() throws Exception {
        stub.then(segments(400, 90, RU_TITLE, RU_B1, RU_B2)).then(review(700, 12));
        Translation t = translateIntoRussian();
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(new Usage(2, 1100, 102, 1, 700, 12, 0, 0, 0), t.usage());
        assertEquals(2, stub.received().size());
        assertTrue(systemText(1).contains("reviewer"), systemText(1));
        String review = userText(1);
        assertTrue(review.contains("task: review") && review.contains("<source>" + B2 + "</source><translation>"
                + RU_B2 + "</translation>"), review);
    }

    @Test
    void aMajorErrorIsRepairedAndTheRepairKeptWhenTheReviewerScoresItBetter() throws Exception {
        stub.then(segments(400, 90, RU_TITLE, RU_B1, RU_B2_WRONG))
                .then(review(700, 40, error(3, "addition", "major", "'more than' is not in the source")))
                .then(segments(300, 35, RU_B2))
                .then(review(250, 10));
        Translation t = translateIntoRussian();
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(RU_B2, t.blocks().get(1).text());
        assertEquals(new Usage(4, 1650, 175, 2, 950, 50, 1, 300, 35), t.usage());
        String repair = userText(2);
        assertTrue(repair.contains("task: repair") && repair.contains("major addition: 'more than' is not in the source")
                && repair.contains(B2) && !repair.contains(B1), repair);
        assertEquals(List.of(), t.findings());
    }

    @Test
    void aRepairTheReviewerDoesNotScoreBetterIsDroppedAndEachBlockKeepsItsExplanation() {
        stub.then(segments(400, 90, RU_TITLE, RU_B1_WRONG, RU_B2_WRONG))
                .then(review(700, 60, error(2, "accuracy", "critical", "Tuesday became Monday"),
                        error(3, "addition", "major", "'more than' is not in the source")))
                .then(segments(300, 70, RU_B1_WRONG, RU_B2_WRONG))
                .then(review(500, 60, error(1, "accuracy", "critical", "Tuesday became Monday"),
                        error(2, "addition", "major", "'more than' is not in the source")));
        Translation t = translateIntoRussian();
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertEquals(List.of("REVIEW"), t.flags());
        assertEquals(RU_B1_WRONG, t.blocks().get(0).text());
        assertEquals(List.of(
                new SegmentFinding("block", 0, "accuracy", "critical", "Tuesday became Monday", "reviewer"),
                new SegmentFinding("block", 1, "addition", "major", "'more than' is not in the source", "reviewer")),
                t.findings());
        assertTrue(t.reason().contains("block 1: critical accuracy, Tuesday became Monday")
                && t.reason().contains("block 2: major addition"), t.reason());
        assertEquals(1, t.usage().repairCalls());
        assertEquals(2, t.usage().reviewCalls());
        assertEquals(TranslationStatus.NEEDS_REVIEW,
                store.find(article.id()).orElseThrow().languages().get(Language.RU).status());
    }

    @Test
    void usageStoredBeforeReviewsExistedStillLoads() throws Exception {
        assertEquals(new Usage(3, 10, 20), Json.MAPPER.readValue("{\"calls\":3,\"inputTokens\":10,\"outputTokens\":20}",
                Usage.class));
        Translation old = Json.MAPPER.readValue("{\"language\":\"ru\",\"articleVersion\":\"v1\",\"status\":\"DONE\","
                + "\"usage\":{\"calls\":1,\"inputTokens\":5,\"outputTokens\":6}}", Translation.class);
        assertEquals(new Usage(1, 5, 6), old.usage());
    }

    @Test
    void theReviewerMayBeAnotherModelOfTheSameProvider() throws Exception {
        useReviewer(config.with("BABELDESK_REVIEW_MODEL", "gpt-4o"));
        stub.then(segments(400, 90, RU_TITLE, RU_B1, RU_B2)).then(review(700, 12));
        assertEquals(TranslationStatus.DONE, translateIntoRussian().status());
        assertEquals("gpt-4o-mini", Json.MAPPER.readTree(stub.received().get(0).body()).path("model").asText());
        assertEquals("gpt-4o", Json.MAPPER.readTree(stub.received().get(1).body()).path("model").asText());
    }

    @Test
    void reviewModeOffMakesNoReviewCall() {
        useReviewer(config.with("BABELDESK_REVIEW_MODE", "off"));
        stub.then(segments(400, 90, RU_TITLE, RU_B1, RU_B2_WRONG));
        Translation t = translateIntoRussian();
        assertEquals(TranslationStatus.DONE, t.status(), "nothing but the offline checks, which this error passes");
        assertEquals(1, stub.received().size());
        assertEquals(0, t.usage().reviewCalls());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Wiring.reviewMode(config.with("BABELDESK_REVIEW_MODE", "sometimes")));
    }
}
