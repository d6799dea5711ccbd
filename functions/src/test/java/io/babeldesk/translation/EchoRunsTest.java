package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoRunsTest {
    private static final QualityGate GATE = new QualityGate(new LanguageDetector());
    private static final String SOURCE = "The president said on Saturday that the talks would resume after the "
            + "elections in the autumn.";

    @Test
    void aSegmentHalfTranslatedAndHalfLeftInTheSourceIsAnEcho() {
        String half = "Prezident şənbə günü bildirib ki, the talks would resume after the elections in the autumn.";
        assertEquals("the talks would resume", EchoRuns.untranslated(SOURCE, GlossaryMatcher.fold(half)));
        List<Finding> findings = GATE.findings(SOURCE, half, Language.EN, Language.AZ, List.of());
        assertTrue(findings.contains(new Finding(QualityFlag.ECHO,
                "part of the source is left untranslated: \u201cthe talks would resume\u201d")), findings.toString());
    }

    @Test
    void namesAndTitlesATranslationKeepsAreNotAnEcho() {
        String source = "Saipov allegedly used a Home Depot rental truck on the West Side Highway.";
        String translation = "Saipov iddiaya görə West Side Highway boyunca Home Depot yük maşınından istifadə edib.";
        assertNull(EchoRuns.untranslated(source, GlossaryMatcher.fold(translation)));
        assertNull(EchoRuns.untranslated(SOURCE, GlossaryMatcher.fold(
                "Prezident şənbə günü bildirib ki, danışıqlar payızda keçiriləcək seçkilərdən sonra bərpa olunacaq.")));
    }
}
