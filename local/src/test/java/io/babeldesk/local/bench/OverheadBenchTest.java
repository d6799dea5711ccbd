package io.babeldesk.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverheadBenchTest {
    @Test
    void overheadBenchTranslatesATinyArticleIntoEveryTargetThroughTheRealEngine() {
        OverheadBench.Result result = new OverheadBench(new LanguageDetector()).measure(150, 0, 1);

        assertEquals(150, result.words());
        assertEquals(List.of(Language.RU, Language.HY, Language.AZ),
                result.translations().stream().map(Translation::language).toList());
        for (Translation t : result.translations()) {
            assertTrue(t.status() != TranslationStatus.FAILED, t.language() + ": " + t.reason());
            assertFalse(t.blocks().isEmpty(), t.language() + " has no blocks");
            assertTrue(t.usage().calls() >= 1, "the engine called the simulated model");
        }
        assertTrue(result.millisPerThousandWords() > 0);
        // the same rounds ran the pipeline without the checks too, and the difference is reported
        assertTrue(result.uncheckedMillisPerThousandWords() > 0);
        assertFalse(Double.isNaN(result.checksAddedPerThousandWords()));
        assertFalse(Double.isNaN(result.summaryChecksAddedPerThousandWords()));
    }

    @Test
    void theSimulatedTranslationsPassTheChecksSoNoSegmentIsSentBackAndTimedTwice() {
        // the simulation carries numbers, months, glossary renderings, quotation marks and names as
        // a translation does: a check it failed would time a second model round, not the checks
        OverheadBench.Result result = new OverheadBench(new LanguageDetector()).measure(1000, 0, 1);
        for (Translation t : result.translations()) {
            assertEquals(TranslationStatus.DONE, t.status(), t.language() + ": " + t.flags());
            assertEquals(List.of(), t.findings(), t.language() + " has findings");
        }
    }

    @Test
    void warmUpLastsForTheCountAndForTheMinimumWords() {
        OverheadBench bench = new OverheadBench(new LanguageDetector());
        assertEquals(2, bench.measure(150, 2, 1).warmups());
        assertEquals(3, bench.measure(150, 3, 300L, 1).warmups(), "the count when it covers the words");

        OverheadBench.Result byWords = bench.measure(150, 1, 1_000L, 2);
        assertEquals(7, byWords.warmups(), "7 articles of 150 words are the first to reach 1,000 words");
        assertEquals(2, byWords.iterations());
    }

    @Test
    void generatedArticlesAreLongEnoughAndDoNotRepeatParagraphs() {
        String text = BenchArticles.english(2_000, 42);
        List<String> paragraphs = List.of(text.split("\n\n")).subList(1, text.split("\n\n").length);

        assertTrue(text.split("\\s+").length >= 2_000);
        assertEquals(paragraphs.size(), paragraphs.stream().distinct().count());
        assertEquals(text, BenchArticles.english(2_000, 42));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddlePair() {
        assertEquals(2.5, OverheadBench.median(new double[] {4, 1, 3, 2}), 1e-9);
        assertEquals(3.0, OverheadBench.median(new double[] {5, 3, 1}), 1e-9);
    }
}
