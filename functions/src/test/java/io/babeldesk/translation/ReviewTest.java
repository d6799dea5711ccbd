package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reviewer's pass: which segments it reads, when a repair is kept, and what an editor is left with. */
class ReviewTest {
    private static final Article ARTICLE = HandTranslations.article(Language.EN);
    private static final String SUMMARY = HandTranslations.summary(Language.EN);
    /** Block 2 (segment 3 of the chunk) with its meaning changed: "more than" added. */
    private static final String WRONG = "Премьер-министр Никол Пашинян заявил, что в 2020 году на границу были направлены более 2 000 военнослужащих.";

    private static ScriptedChatModel.Reply translate(ScriptedChatModel.Request r, boolean repairFixes) {
        List<String> out = r.texts().stream().map(t -> {
            String right = HandTranslations.translate(r.target(), t);
            boolean wrong = t.equals(HandTranslations.get(2, Language.EN))
                    && !("repair".equals(r.task()) && repairFixes);
            return wrong ? WRONG : right;
        }).toList();
        return ScriptedChatModel.Reply.of(io.babeldesk.llm.SegmentCodec.encode(out, 1));
    }

    /** Finds the changed block wherever it is in the request. */
    private static ScriptedChatModel.Reply reviewer(ScriptedChatModel.Request r) {
        List<String[]> pairs = r.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i)[1].contains("более")) {
                return ScriptedChatModel.review(new String[] {Integer.toString(i + 1), "addition", "major",
                        "\\\"more than\\\" is not in the source"});
            }
        }
        return ScriptedChatModel.review();
    }

    @Test
    void aCleanReviewLeavesTheLanguageDoneAndCountsItsTokensApart() {
        ScriptedChatModel model = ScriptedChatModel.withReviewer(r -> translate(r, true), r -> ScriptedChatModel.review());
        Translation t = EngineFixtures.reviewing(model, ReviewMode.ALL).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(1, t.usage().reviewCalls());
        assertTrue(t.usage().reviewInputTokens() > 0);
        assertEquals(0, t.usage().repairCalls());
        assertEquals(2, t.usage().calls(), "one translation and one review");
        assertEquals(2, model.calls());
    }

    @Test
    void aMajorErrorIsRepairedWhenTheReviewerScoresTheRepairBetter() {
        ScriptedChatModel model = ScriptedChatModel.withReviewer(r -> translate(r, true), ReviewTest::reviewer);
        Translation t = EngineFixtures.reviewing(model, ReviewMode.ALL).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(HandTranslations.get(2, Language.RU), t.blocks().get(1).text());
        assertEquals(2, t.usage().reviewCalls(), "the review, and the review of the repair");
        assertEquals(1, t.usage().repairCalls());
        assertTrue(t.usage().repairOutputTokens() > 0);
        ScriptedChatModel.Request repair = model.requests().stream().filter(r -> "repair".equals(r.task())).findFirst().orElseThrow();
        assertTrue(repair.system().contains("reviewed") && repair.user().contains("major addition"), repair.user());
        assertEquals(1, repair.segments().size(), "only the segment with the error is repaired");
    }

    @Test
    void aRepairTheReviewerDoesNotScoreBetterIsDroppedAndTheLanguageNeedsReview() {
        ScriptedChatModel model = ScriptedChatModel.withReviewer(r -> translate(r, false), ReviewTest::reviewer);
        Translation t = EngineFixtures.reviewing(model, ReviewMode.ALL).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertEquals(List.of("REVIEW"), t.flags());
        assertEquals(WRONG, t.blocks().get(1).text());
        SegmentFinding f = t.findings().get(0);
        assertEquals("block", f.part());
        assertEquals(1, f.block());
        assertEquals("addition", f.check());
        assertEquals("major", f.severity());
        assertEquals("reviewer", f.by());
        assertTrue(f.reason().contains("more than"), f.reason());
        assertTrue(t.reason().contains("block 2") && t.reason().contains("more than"), t.reason());
    }

    @Test
    void flaggedModeReadsOnlyWhatTheChecksFlagged() {
        AtomicInteger reviewed = new AtomicInteger();
        ScriptedChatModel model = ScriptedChatModel.withReviewer(r -> translate(r, true), r -> {
            reviewed.addAndGet(r.pairs().size());
            return ScriptedChatModel.review();
        });
        Translation t = EngineFixtures.reviewing(model, ReviewMode.FLAGGED).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.DONE, t.status(), t.reason());
        assertEquals(0, reviewed.get(), "nothing was flagged, so nothing was reviewed");
        assertEquals(0, t.usage().reviewCalls());
    }

    @Test
    void aReviewerAnswerThatIsNotJsonLeavesTheLanguageForAnEditor() {
        ScriptedChatModel model = ScriptedChatModel.withReviewer(r -> translate(r, true),
                r -> ScriptedChatModel.Reply.of("Looks good to me!"));
        Translation t = EngineFixtures.reviewing(model, ReviewMode.ALL).translate(ARTICLE, SUMMARY, Language.RU);
        assertEquals(TranslationStatus.NEEDS_REVIEW, t.status());
        assertTrue(t.reason().contains("reviewer could not review"), t.reason());
    }
}
