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
    }

    @Test
    void warmUpLastsForTheCountAndForTheMinimumTime() {
        OverheadBench bench = new OverheadBench(new LanguageDetector());
        OverheadBench.Result counted = bench.measure(150, 2, 1);
        assertEquals(2, counted.warmups());

        long start = System.nanoTime();
        OverheadBench.Result timed = bench.measure(150, 1, 400, 1);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMillis >= 400, "warm-up ran " + elapsedMillis + " ms");
        assertTrue(timed.warmups() > 1, "a 150-word article takes far less than 400 ms: " + timed.warmups());
        assertEquals(1, timed.iterations());
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
