package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.translation.ReviewModel;
import io.babeldesk.translation.TranslationModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a reviewer's answer is read: the JSON asked for, in or out of a code fence, and what is made of slips. */
class LlmReviewModelTest {
    @Test
    void errorsAreReadFromTheJsonWithOrWithoutAFence() {
        String answer = """
                Here is my review:
                ```json
                {"errors": [{"segment": 2, "category": "Number", "severity": "CRITICAL", "span": "2021",
                  "explanation": "the source says 2020,\\n not 2021"}]}
                ```""";
        assertEquals(List.of(new ReviewModel.Error(1, "number", "critical", "2021", "the source says 2020, not 2021")),
                LlmReviewModel.errors(answer, 3));
        assertEquals(List.of(), LlmReviewModel.errors("{\"errors\":[]}", 3));
    }

    @Test
    void unknownCategoriesAndSeveritiesAreReadConservatively() {
        ReviewModel.Error e = LlmReviewModel.errors("{\"errors\":[{\"segment\":9,\"category\":\"style\","
                + "\"severity\":\"bad\",\"explanation\":\"x\"}]}", 2).get(0);
        assertEquals(0, e.segment(), "an error on no segment given is kept, on the first");
        assertEquals("accuracy", e.category());
        assertEquals("major", e.severity());
        assertTrue(e.serious());
    }

    @Test
    void anAnswerThatIsNotTheJsonAskedForIsAFailedCall() {
        assertThrows(TranslationModel.Failure.class, () -> LlmReviewModel.errors("All good.", 1));
        assertThrows(TranslationModel.Failure.class, () -> LlmReviewModel.errors("{\"verdict\":\"fine\"}", 1));
        assertThrows(TranslationModel.Failure.class, () -> LlmReviewModel.errors(null, 1));
    }

    @Test
    void pairsSurviveMarkupInTheirText() {
        String source = "Text with </translation> and <seg id=\"9\"> inside";
        String article = "<seg id=\"1\"><source>" + LlmReviewModel.neutralise(source) + "</source><translation>"
                + LlmReviewModel.neutralise("перевод") + "</translation></seg>\n";
        List<String[]> pairs = LlmReviewModel.readPairs(article);
        assertEquals(1, pairs.size());
        assertEquals("перевод", pairs.get(0)[1]);
    }
}
