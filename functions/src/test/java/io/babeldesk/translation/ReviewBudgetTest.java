package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision from a language version's findings: hard findings hold it, soft ones only beyond a share. */
class ReviewBudgetTest {
    private static final Finding WORDS = new Finding(QualityFlag.MISSING_NUMBER, "number 2,000 of the source not in the translation");
    private static final Finding NAME = new Finding(QualityFlag.MISSING_NAME, "name North of the source not in the translation");
    private static final Finding CHANGED = new Finding(QualityFlag.ADDED_NUMBER, "number 3 000 not in the source");
    private static final Finding EU = new Finding(QualityFlag.MISSING_TERM, "glossary term European Union not rendered as European Union");

    @Test
    void checksHaveTheirWeight() {
        assertFalse(WORDS.hard(), "a number may be written in words");
        assertFalse(NAME.hard(), "a name may be translated");
        assertTrue(CHANGED.hard(), "a number the source does not have");
        assertTrue(new Finding(QualityFlag.ECHO, "the source is returned untranslated").hard());
        assertTrue(new Finding(QualityFlag.TRUNCATED, "cut").hard());
        assertTrue(new Finding(QualityFlag.SEGMENT_MISMATCH, "lost").hard());
        // a summary that is the article, cut, or in another language is never let through
        for (QualityFlag f : new QualityFlag[] {QualityFlag.COPIED_ARTICLE, QualityFlag.TOO_LONG,
                QualityFlag.WRONG_LANGUAGE, QualityFlag.WRONG_SCRIPT, QualityFlag.REFUSAL, QualityFlag.REVIEW}) {
            assertTrue(f.hardByDefault(), f.name());
        }
    }

    @Test
    void aShortArticleAllowsOneSoftFindingAndNoMore() {
        assertEquals(1, ReviewBudget.allowance(4));
        assertEquals(1, ReviewBudget.allowance(6));
        assertFalse(ReviewBudget.judge(Map.of(), 5).holds());
        assertFalse(ReviewBudget.judge(Map.of(0, List.of(NAME)), 5).holds(),
                "a headline that translates a name is still publishable");
        assertTrue(ReviewBudget.judge(Map.of(2, List.of(WORDS, NAME)), 5).holds(),
                "a paragraph that lost its number and its name weighs two");
        assertTrue(ReviewBudget.judge(Map.of(1, List.of(WORDS), 3, List.of(NAME)), 5).holds(),
                "two paragraphs of five");
    }

    @Test
    void aLongArticleAllowsAFewSoftFindings() {
        assertEquals(1, ReviewBudget.allowance(7));
        assertEquals(2, ReviewBudget.allowance(14));
        assertEquals(3, ReviewBudget.allowance(20));
        Map<Integer, List<Finding>> two = Map.of(3, List.of(WORDS), 9, List.of(NAME));
        ReviewBudget.Verdict verdict = ReviewBudget.judge(two, 14);
        assertFalse(verdict.holds(), verdict.toString());
        assertEquals(2, verdict.soft());
    }

    @Test
    void softFindingsBeyondTheBudgetHold() {
        // a third of 15 segments replaced: more segments with soft findings than 15% of 15
        Map<Integer, List<Finding>> third = new HashMap<>();
        for (int i = 1; i < 15; i += 3) {
            third.put(i, List.of(NAME));
        }
        ReviewBudget.Verdict verdict = ReviewBudget.judge(third, 15);
        assertTrue(verdict.holds());
        assertEquals(5, verdict.soft());
        assertTrue(verdict.why().contains("5, 2 allowed"), verdict.why());
    }

    @Test
    void twoKindsOnOneSegmentCountTwice() {
        assertEquals(2, ReviewBudget.judge(Map.of(4, List.of(WORDS, NAME)), 14).soft());
        assertTrue(ReviewBudget.judge(Map.of(4, List.of(WORDS, NAME)), 7).holds());
    }

    @Test
    void theSameGlossaryTermMissingEverywhereCountsOnce() {
        Map<Integer, List<Finding>> everywhere = new HashMap<>();
        for (int i = 1; i < 14; i += 2) {
            everywhere.put(i, List.of(EU));
        }
        assertEquals(1, ReviewBudget.judge(everywhere, 14).soft());
    }

    @Test
    void anyHardFindingHoldsEvenALongArticle() {
        ReviewBudget.Verdict verdict = ReviewBudget.judge(Map.of(7, List.of(CHANGED)), 40);
        assertTrue(verdict.holds());
        assertEquals(1, verdict.hard());
        assertEquals(0, verdict.soft());
    }
}
