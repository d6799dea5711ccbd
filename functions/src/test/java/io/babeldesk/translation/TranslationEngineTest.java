package io.babeldesk.translation;

import static io.babeldesk.translation.EngineFixtures.engine;
import static io.babeldesk.translation.EngineFixtures.oneChunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.output.FinishReason;
import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.llm.SegmentCodec;
import io.babeldesk.translation.ScriptedChatModel.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TranslationEngineTest {
    private static final Article ARTICLE = HandTranslations.article(Language.EN);
    private static final String SUMMARY = HandTranslations.summary(Language.EN);

    @Test
    void correctTranslationsAreDoneInEveryLanguage() {
        ScriptedChatModel model = ScriptedChatModel.perSegment(HandTranslations::translate);
        TranslationEngine engine = engine(model);
        for (Language target : Language.EN.others()) {
            Translation t = engine.translate(ARTICLE, SUMMARY, target);
            assertEquals(TranslationStatus.DONE, t.status(), target + ": " + t.reason());
            assertEquals(List.of(), t.flags());
            assertEquals(HandTranslations.get(0, target), t.title());
            assertEquals(4, t.blocks().size());
            for (int i = 0; i < 4; i++) {
                assertEquals(HandTranslations.get(i + 1, target), t.blocks().get(i).text());
            }
            assertEquals(HandTranslations.get(5, target), t.summary());
            assertEquals("v1", t.articleVersion());
            assertTrue(t.usage().calls() >= 1 && t.usage().inputTokens() > 0 && t.usage().outputTokens() > 0);
        }
    }

    @Test
    void aTranslatedSummaryIsCheckedAgainstTheArticleToo() {
        // the source summary has a year the article lacks; its translation carries it faithfully
        String summary = SUMMARY.replace("Moscow says", "In 2019 Moscow said");
        String ru = HandTranslations.get(5, Language.RU).replace("Москва заявляет", "В 2019 году Москва заявила");
        ScriptedChatModel model = ScriptedChatModel.perSegment((target, text) ->
                text.equals(summary) ? ru : HandTranslations.translate(target, text));
        Translation t = engine(model).translate(ARTICLE, summary, Language.RU);
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertEquals(List.of("ADDED_NUMBER"), t.flags());
        assertEquals("summary", t.findings().get(0).part());
        assertTrue(t.findings().get(0).reason().contains("2019"), t.findings().get(0).reason());
    }

    @Test
    void sameArticleAgainCostsNoModelCall() {
        ScriptedChatModel model = ScriptedChatModel.perSegment(HandTranslations::translate);
        TranslationEngine engine = engine(model);
        engine.translate(ARTICLE, SUMMARY, Language.RU);
        int calls = model.calls();
        Translation again = engine.translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(calls, model.calls());
        assertEquals(TranslationStatus.DONE, again.status());
        assertEquals(Usage.NONE, again.usage());
        assertEquals(HandTranslations.get(0, Language.RU), again.title());
    }

    /** Replaces block 2 (sentence 2, which has a number and a glossary term) in every reply. */
    private static ScriptedChatModel corrupting(UnaryOperator<String> corruption) {
        String victim = HandTranslations.get(2, Language.EN);
        return ScriptedChatModel.perSegment((target, source) -> source.equals(victim)
                ? corruption.apply(HandTranslations.translate(target, source))
                : HandTranslations.translate(target, source));
    }

    static Stream<Arguments> gateFailures() {
        return Stream.of(
                Arguments.of(QualityFlag.WRONG_LANGUAGE, Language.AZ, (UnaryOperator<String>) t ->
                        "Prime Minister Nikol Paşinyan told reporters that 2,000 soldiers were sent to the border in 2020."),
                Arguments.of(QualityFlag.WRONG_SCRIPT, Language.RU, (UnaryOperator<String>) t ->
                        HandTranslations.get(2, Language.AZ) + " Пашинян"),
                Arguments.of(QualityFlag.MISSING_TERM, Language.HY, (UnaryOperator<String>) t ->
                        t.replace("Փաշինյանը", "Պաշինյանը")),
                Arguments.of(QualityFlag.LENGTH_RATIO, Language.RU, (UnaryOperator<String>) t ->
                        "Пашинян: 2 000 в 2020."),
                Arguments.of(QualityFlag.REFUSAL, Language.RU, (UnaryOperator<String>) t ->
                        "Извините, я не могу перевести это. Пашинян 2 000 2020"),
                Arguments.of(QualityFlag.ECHO, Language.AZ, (UnaryOperator<String>) t ->
                        HandTranslations.get(2, Language.EN)));
    }

    /** On this short article (6 segments) a hard finding holds the language. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gateFailures")
    void failedCheckIsRetriedOnceThenNeedsReviewWithItsFlag(QualityFlag flag, Language target,
                                                             UnaryOperator<String> corruption) {
        ScriptedChatModel model = corrupting(corruption);
        Translation t = engine(model, new InMemoryTranslationMemory(), oneChunk()).translate(ARTICLE, SUMMARY, target);
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status(), t.reason());
        assertTrue(t.flags().contains(flag.name()), t.flags() + " " + t.reason());
        assertEquals(2, model.calls(), "one call and one stricter retry of the failing segment");
        ScriptedChatModel.Request retry = model.requests().get(1);
        assertEquals(List.of(HandTranslations.get(2, Language.EN)), retry.texts());
        assertTrue(retry.system().contains("failed the newsroom's checks"), retry.system());
        assertEquals(HandTranslations.get(1, target), t.blocks().get(0).text(), "the other blocks are kept");
    }

    /** Title, sentences 1, 3 and 4 three times and sentence 2 once: 11 blocks, 13 segments with the summary. */
    private static Article longArticle() {
        List<Block> blocks = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i : new int[] {1, 3, 4}) {
                blocks.add(Block.paragraph(HandTranslations.get(i, Language.EN)));
            }
        }
        blocks.add(5, Block.paragraph(HandTranslations.get(2, Language.EN)));
        blocks.add(Block.paragraph(HandTranslations.get(1, Language.EN)));
        return new Article("long", "v1", HandTranslations.get(0, Language.EN), null, null, null, null, Language.EN,
                0.99, blocks, null);
    }

    private static Translation longArticleWith(UnaryOperator<String> corruption) {
        return engine(corrupting(corruption)).translate(longArticle(), SUMMARY, Language.RU);
    }

    @Test
    void aSoftFindingOnALongArticleEndsDoneAndStaysVisibleToEditors() {
        // "2 000" written in words: maybe a dropped number, maybe the translator's style
        Translation t = longArticleWith(x -> x.replace("2 000", "двух тысяч"));
        assertEquals(13, longArticle().blocks().size() + 2);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(List.of(), t.flags());
        assertNull(t.reason());
        assertEquals(1, t.findings().size(), t.findings().toString());
        SegmentFinding f = t.findings().get(0);
        assertEquals("MISSING_NUMBER", f.check());
        assertEquals("minor", f.severity());
        assertEquals(5, f.block());
    }

    @Test
    void oneSoftFindingOnAShortArticleEndsDoneAfterItsRetry() {
        ScriptedChatModel model = corrupting(x -> x.replace("2 000", "двух тысяч"));
        Translation t = engine(model, new InMemoryTranslationMemory(), oneChunk()).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(2, model.calls(), "the segment is still tried once more with the failed check named");
        assertEquals(List.of("MISSING_NUMBER"), t.findings().stream().map(SegmentFinding::check).toList());
        assertEquals("minor", t.findings().get(0).severity());
    }

    @Test
    void aChangedNumberHoldsEvenALongArticle() {
        Translation t = longArticleWith(x -> x.replace("2 000", "3 000"));
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertTrue(t.flags().contains("ADDED_NUMBER"), t.flags().toString());
        assertTrue(t.findings().stream().anyMatch(f -> f.check().equals("ADDED_NUMBER") && f.severity().equals("major")),
                t.findings().toString());
        assertTrue(t.reason().startsWith("quality checks failed"), t.reason());
    }

    @Test
    void anEngineBuiltWithoutOfflineChecksLetsThroughWhatTheyHold() {
        // the overhead bench's comparison: the same engine, every segment passing unchecked
        ScriptedChatModel model = corrupting(x -> x.replace("2 000", "3 000"));
        TranslationEngine unchecked = new TranslationEngine(new io.babeldesk.llm.LlmTranslationModel(model),
                "test:scripted", HandTranslations.glossary(), new InMemoryTranslationMemory(),
                EngineFixtures.DETECTOR, EngineLimits.DEFAULTS, null, ReviewMode.OFF, false);
        Translation t = unchecked.translate(longArticle(), SUMMARY, Language.RU);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(List.of(), t.findings());
        assertEquals(TranslationStatus.NEEDS_REVIEW, longArticleWith(x -> x.replace("2 000", "3 000")).status(),
                "the engine as deployed holds it");
    }

    @Test
    void aChangedPersonsNameHoldsEvenALongArticle() {
        Translation t = longArticleWith(x -> x.replace("Пашинян", "Пашаян"));
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertEquals(List.of("MISSING_TERM"), t.flags());
        assertEquals("major", t.findings().get(0).severity());
    }

    @Test
    void aParagraphAnsweredOkHoldsEvenALongArticle() {
        // the hostile case: an article that talks the model into answering instead of translating
        Translation t = longArticleWith(x -> "OK");
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertTrue(t.flags().contains("LENGTH_RATIO"), t.flags().toString());
    }

    @Test
    void softFindingsOnAThirdOfALongArticleHoldIt() {
        // sentence 3 (3 of 11 blocks) gives "9,7" in words: each alone is soft, three are beyond the budget
        String inflation = HandTranslations.get(3, Language.EN);
        ScriptedChatModel model = ScriptedChatModel.perSegment((target, source) -> source.equals(inflation)
                ? HandTranslations.translate(target, source).replace("9,7 процента", "почти десяти процентов")
                : HandTranslations.translate(target, source));
        Translation t = engine(model).translate(longArticle(), SUMMARY, Language.RU);
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertTrue(t.reason().contains("allowed for the article"), t.reason());
        assertTrue(t.findings().stream().allMatch(f -> "minor".equals(f.severity())), t.findings().toString());
    }

    @Test
    void flaggedSegmentIsNotRememberedButCleanOnesAre() {
        InMemoryTranslationMemory memory = new InMemoryTranslationMemory();
        ScriptedChatModel model = corrupting(t -> t.replace("2 000", "двух тысяч"));
        engine(model, memory, oneChunk()).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(5, memory.size(), "title, three clean blocks and the summary");
    }

    @Test
    void retryThatPassesMakesTheTranslationDone() {
        String victim = HandTranslations.get(3, Language.EN);
        ScriptedChatModel model = new ScriptedChatModel(r -> Reply.of(SegmentCodec.encode(r.texts().stream()
                .map(s -> s.equals(victim) && r.callNumber() == 1 ? "Инфляция выросла." : HandTranslations.translate(r.target(), s))
                .toList(), 1)));
        Translation t = engine(model, new InMemoryTranslationMemory(), oneChunk()).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(HandTranslations.get(3, Language.RU), t.blocks().get(2).text());
        assertEquals(2, t.usage().calls());
    }

    @Test
    void segmentMismatchIsRetriedAsTwoSmallerChunks() {
        ScriptedChatModel model = new ScriptedChatModel(r -> {
            List<String> out = r.texts().stream().map(s -> HandTranslations.translate(r.target(), s)).toList();
            // the first reply merges the last two segments into one
            return Reply.of(r.callNumber() == 1 ? SegmentCodec.encode(out.subList(0, out.size() - 1), 1)
                    : SegmentCodec.encode(out, 1));
        });
        Translation t = engine(model, new InMemoryTranslationMemory(), oneChunk()).translate(ARTICLE, SUMMARY, Language.HY);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(List.of(6, 3, 3), model.requests().stream().map(r -> r.segments().size()).toList());
        assertEquals(HandTranslations.get(5, Language.HY), t.summary());
    }

    @Test
    void segmentsThatNeverLineUpFailTheLanguageInsteadOfBeingRealigned() {
        ScriptedChatModel model = new ScriptedChatModel(r -> {
            List<String> out = r.texts().stream().map(s -> HandTranslations.translate(r.target(), s)).toList();
            return Reply.of(SegmentCodec.encode(out.subList(0, Math.max(0, out.size() - 1)), 1));
        });
        Translation t = engine(model, new InMemoryTranslationMemory(), oneChunk()).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.FAILED, t.status());
        assertTrue(t.flags().contains("SEGMENT_MISMATCH"), t.flags().toString());
        assertTrue(t.reason().contains("missing"), t.reason());
        assertEquals(List.of(), t.blocks());
        assertEquals(3, model.calls());
    }

    @Test
    void segmentsReturnedOutOfOrderEndInReviewNotDone() {
        ScriptedChatModel model = new ScriptedChatModel(r -> {
            List<String> out = r.texts().stream().map(s -> HandTranslations.translate(r.target(), s)).toList();
            StringBuilder sb = new StringBuilder();
            for (int i = out.size() - 1; i >= 0; i--) {
                sb.append("<seg id=\"").append(i + 1).append("\">").append(out.get(i)).append("</seg>\n");
            }
            return Reply.of(out.size() == 1 ? SegmentCodec.encode(out, 1) : sb.toString());
        });
        Translation t = engine(model, new InMemoryTranslationMemory(), oneChunk()).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status(), t.reason());
        assertEquals(List.of("SEGMENT_MISMATCH"), t.flags());
        assertEquals(HandTranslations.get(1, Language.RU), t.blocks().get(0).text());
    }

    @Test
    void truncatedReplyIsRetriedThenNeedsReview() {
        ScriptedChatModel model = new ScriptedChatModel(r -> new Reply(SegmentCodec.encode(
                r.texts().stream().map(s -> HandTranslations.translate(r.target(), s)).toList(), 1), FinishReason.LENGTH));
        Translation t = engine(model, new InMemoryTranslationMemory(), oneChunk()).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertTrue(t.flags().contains("TRUNCATED"), t.flags().toString());
        assertEquals(3, model.calls(), "the whole chunk, then its two halves");
    }

    @Test
    void truncatedSingleSegmentIsRetriedWithMoreRoom() {
        Article one = new Article("one", "v1", null, null, null, null, null, Language.EN, 0.9,
                List.of(Block.paragraph(HandTranslations.get(4, Language.EN))), null);
        ScriptedChatModel model = new ScriptedChatModel(r -> new Reply(SegmentCodec.encode(
                r.texts().stream().map(s -> HandTranslations.translate(r.target(), s)).toList(), 1),
                r.callNumber() == 1 ? FinishReason.LENGTH : FinishReason.STOP));
        Translation t = engine(model).translate(one, null, Language.HY);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(2, model.calls());
        assertEquals(2 * model.requests().get(0).maxOutputTokens(), model.requests().get(1).maxOutputTokens(), 1);
        assertNull(t.title());
        assertNull(t.summary());
    }

    @Test
    void modelExceptionFailsThatLanguageWithTheReasonAndSparesTheOthers() {
        ScriptedChatModel model = new ScriptedChatModel(r -> {
            if (r.target() == Language.HY) {
                throw new IllegalStateException("provider answered 503 after 3 attempts");
            }
            return Reply.of(SegmentCodec.encode(r.texts().stream()
                    .map(s -> HandTranslations.translate(r.target(), s)).toList(), 1));
        });
        TranslationEngine engine = engine(model);
        Translation hy = engine.translate(ARTICLE, SUMMARY, Language.HY);
        assertEquals(TranslationStatus.FAILED, hy.status());
        assertTrue(hy.reason().contains("503"), hy.reason());
        assertEquals(List.of(), hy.blocks());
        assertEquals(TranslationStatus.DONE, engine.translate(ARTICLE, SUMMARY, Language.RU).status());
        assertEquals(TranslationStatus.DONE, engine.translate(ARTICLE, SUMMARY, Language.AZ).status());
    }

    @Test
    void glossaryTermsTravelWithTheChunkThatMentionsThem() {
        ScriptedChatModel model = ScriptedChatModel.perSegment(HandTranslations::translate);
        engine(model, new InMemoryTranslationMemory(), new EngineLimits(8, 8, 100_000, 1)).translate(ARTICLE, SUMMARY, Language.RU);
        for (ScriptedChatModel.Request r : model.requests()) {
            String sent = String.join(" ", r.texts());
            assertEquals(sent.contains("Pashinyan"), r.system().contains("Pashinyan → Пашинян"), r.system());
            assertEquals(sent.contains("Peskov"), r.system().contains("Peskov → Песков"), r.system());
        }
    }

    @Test
    void laterChunksCarryTheTitleAndPreviousBlockAsContextOnly() {
        ScriptedChatModel model = ScriptedChatModel.perSegment(HandTranslations::translate);
        engine(model, new InMemoryTranslationMemory(), new EngineLimits(8, 8, 100_000, 1)).translate(ARTICLE, SUMMARY, Language.RU);
        ScriptedChatModel.Request third = model.requests().stream()
                .filter(r -> r.texts().equals(List.of(HandTranslations.get(3, Language.EN)))).findFirst().orElseThrow();
        String article = io.babeldesk.llm.Prompt.readArticle(third.user());
        assertTrue(article.startsWith("<context translate=\"no\">\ntitle: " + ARTICLE.title() + "\nprevious: "
                + HandTranslations.get(2, Language.EN) + "\n</context>\n"), article);
        assertTrue(third.system().contains("never translate or repeat it"));
    }

    @Test
    void chunksRunInParallelWithinTheArticleCap() {
        ScriptedChatModel model = new ScriptedChatModel(r -> Reply.of(SegmentCodec.encode(r.texts().stream()
                .map(s -> HandTranslations.translate(r.target(), s)).toList(), 1)), 150);
        Translation t = engine(model, new InMemoryTranslationMemory(), new EngineLimits(3, 100, 40, 1))
                .translate(ARTICLE, SUMMARY, Language.AZ);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(6, model.calls());
        assertEquals(3, model.maxInFlight());
    }

    @Test
    void globalCapHoldsAcrossArticlesTranslatedAtOnce() throws Exception {
        ScriptedChatModel model = new ScriptedChatModel(r -> Reply.of(SegmentCodec.encode(r.texts().stream()
                .map(s -> HandTranslations.translate(r.target(), s)).toList(), 1)), 100);
        TranslationEngine engine = engine(model, new InMemoryTranslationMemory(), new EngineLimits(6, 4, 100_000, 1));
        List<Future<Translation>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Language target : Language.EN.others()) {
                futures.add(pool.submit(() -> engine.translate(ARTICLE, SUMMARY, target)));
            }
        }
        for (Future<Translation> f : futures) {
            assertEquals(TranslationStatus.DONE, f.get().status());
        }
        assertEquals(4, model.maxInFlight());
    }

    @Test
    void reportedOutputIsComparedWithTheEstimatePerLanguage() {
        ScriptedChatModel model = ScriptedChatModel.perSegment(HandTranslations::translate);
        TranslationEngine engine = engine(model);
        engine.translate(ARTICLE, SUMMARY, Language.HY);
        EstimateCheck hy = engine.estimateAccuracy().get(Language.HY);
        assertEquals(model.calls(), hy.calls());
        assertTrue(hy.estimatedOutputTokens() > 0 && hy.reportedOutputTokens() > 0);
        assertTrue(hy.ratio() > 0 && hy.ratio() < 1, "the scripted model counts 4 characters a token: " + hy.ratio());
        assertFalse(engine.estimateAccuracy().containsKey(Language.RU));
    }

    @Test
    void memoryKeyFollowsTextModelAndGlossaryRendering() {
        var entries = HandTranslations.glossary().all();
        String key = TranslationMemory.key(Language.RU, "Pashinyan  spoke.", "m1", entries);
        assertEquals(key, TranslationMemory.key(Language.RU, " Pashinyan spoke. ", "m1", entries));
        assertNotEquals(key, TranslationMemory.key(Language.HY, "Pashinyan spoke.", "m1", entries));
        assertNotEquals(key, TranslationMemory.key(Language.RU, "Pashinyan spoke.", "m2", entries));
        var changed = new ArrayList<>(entries);
        var p = changed.remove(0);
        var renderings = new java.util.EnumMap<>(p.renderings());
        renderings.put(Language.RU, "Пашинян Н.");
        changed.add(new io.babeldesk.glossary.GlossaryEntry(p.term(), p.kind(), renderings, p.match()));
        Collections.reverse(changed);
        assertNotEquals(key, TranslationMemory.key(Language.RU, "Pashinyan spoke.", "m1", changed));
    }
}
