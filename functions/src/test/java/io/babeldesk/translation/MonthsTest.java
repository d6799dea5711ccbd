package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthsTest {
    private static final QualityGate GATE = new QualityGate(new LanguageDetector());

    private static List<String> months(String text, Language language) {
        return Months.names(Months.named(text, language));
    }

    @Test
    void monthsAreReadInTheFormsEachLanguageDeclinesThemIn() {
        assertEquals(List.of("March", "October"), months("The court rules on 1 October; the deal ends on 29 March.", Language.EN));
        assertEquals(List.of("September", "October"), months("He enlisted on Sept. 3 and left on Oct. 31.", Language.EN));
        assertEquals(List.of("March", "June", "October"),
                months("В октябре, после июньского саммита, 29 марта решение вступит в силу.", Language.RU));
        assertEquals(List.of("October"), months("արդարադատության միջազգային դատարանի հոկտեմբրի 1-ին որոշմանը", Language.HY));
        assertEquals(List.of("March", "May"), months("մարտի 29-ին և մայիսին", Language.HY));
        assertEquals(List.of("May", "October"), months("Qərar oktyabrda, 5 may tarixində verildi.", Language.AZ));
        assertEquals(List.of("June", "July"), months("İyun ayında düşüş İyul ayında pisləşdi.", Language.AZ));
    }

    @Test
    void wordsThatAreAlsoSomethingElseAreNotTakenForMonths() {
        assertEquals(List.of(), months("Theresa May said the march would go ahead; you may go.", Language.EN));
        assertEquals(List.of(), months("Марта Иванова сказала, что май ещё не решён.", Language.RU));
        assertEquals(List.of(), months("Մարտում զոհվել են երեք զինվոր։", Language.HY));
        assertEquals(List.of("May"), months("Mrs May spoke in May.", Language.EN));
        assertEquals(List.of(), months("Սբ Մարտին եկեղեցին", Language.HY));
        assertEquals(List.of(), months("Müqəddəs Martin kilsəsi", Language.AZ));
        assertEquals(List.of("March"), months("Անգլիան դուրս գա մարտի վերջին", Language.HY));
        assertEquals(List.of("March"), months("martın sonunda", Language.AZ));
        assertEquals(List.of("March"), months("29 Mart tarixində, Mart ayının sonunda", Language.AZ));
    }

    @Test
    void aDateWhoseMonthChangedInTranslationIsFlaggedBothWays() {
        String source = "The court will rule on 1 October after five years of deliberations.";
        List<Finding> changed = GATE.findings(source,
                "Суд вынесет решение 1 ноября после пяти лет обсуждений.", Language.EN, Language.RU, List.of());
        assertTrue(changed.contains(new Finding(QualityFlag.MISSING_NUMBER,
                "month October of the source not in the translation")), changed.toString());
        assertTrue(changed.contains(new Finding(QualityFlag.ADDED_NUMBER, "month November not in the source")),
                changed.toString());

        assertTrue(GATE.findings(source, "Суд вынесет решение 1 октября после пяти лет обсуждений.", Language.EN,
                Language.RU, List.of()).isEmpty());
        assertTrue(GATE.findings(source, "Դատարանը որոշում կկայացնի հոկտեմբերի 1-ին՝ հինգ տարվա քննարկումներից հետո։",
                Language.EN, Language.HY, List.of()).stream().noneMatch(f -> f.reason().startsWith("month")));
        assertTrue(GATE.findings(source, "Məhkəmə beş illik müzakirələrdən sonra 1 oktyabrda qərar verəcək.",
                Language.EN, Language.AZ, List.of()).stream().noneMatch(f -> f.reason().startsWith("month")));
    }
}
