package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationsTest {
    private static final QualityGate GATE = new QualityGate(new LanguageDetector());
    private static final String SAID = "\"I think that means the messages were not delivered,\" he said.";

    @Test
    void directSpeechKeptInTheMarksOrDashesOfEachLanguagePasses() {
        assertFalse(Quotations.lost(SAID, "«Думаю, это значит, что сообщения не были доставлены», — сказал он."));
        assertFalse(Quotations.lost(SAID, "-Կարծում եմ՝ դա նշանակում է, որ հաղորդագրությունները չեն հասել,- ասաց նա:"));
        assertFalse(Quotations.lost(SAID, "ՙԿարծում եմ՝ դա նշանակում է, որ հաղորդագրությունները չեն հասել՚, - ասաց նա:"));
        assertFalse(Quotations.lost(SAID, "“Düşünürəm ki, bu, mesajların çatdırılmadığı deməkdir”, - o bildirib."));
        assertFalse(Quotations.lost("Он сказал: «Это значит, что сообщения не были доставлены».",
                "He said: 'That means the messages were not delivered.'"));
    }

    @Test
    void directSpeechWithNoSignOfQuotationIsLost() {
        String other = "Правительство объявило о новых мерах поддержки фермеров в этом году.";
        assertTrue(Quotations.lost(SAID, other));
        List<Finding> findings = GATE.findings(SAID, other, Language.EN, Language.RU, List.of());
        assertTrue(findings.stream().anyMatch(f -> f.flag() == QualityFlag.MISSING_QUOTE), findings.toString());
    }

    @Test
    void aQuotedPhraseInsideASentenceOrAShortQuoteIsNotCounted() {
        assertFalse(Quotations.quotesAClause(
                "Of Paddington, whom she describes as a \"very important member of our family,\" she added more."));
        assertFalse(Quotations.quotesAClause("\"Yes,\" he said."));
        assertTrue(Quotations.quotesAClause("Lee said: \"It's the corporates that take the leaders.\""));
    }
}
