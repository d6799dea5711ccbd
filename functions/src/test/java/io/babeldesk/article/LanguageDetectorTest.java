package io.babeldesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = ExtractionFixtures.DETECTOR;

    private void assertDetected(Language expected, String text) {
        LanguageDetection d = detector.detect(text);
        assertEquals(LanguageDetection.Status.DETECTED, d.status(), text);
        assertEquals(expected, d.language(), text);
        assertTrue(d.confidence() > 0.5, () -> "confidence " + d.confidence());
    }

    @Test
    void detectsEachSupportedLanguageFromOneNewsSentence() {
        assertDetected(Language.EN, "The government announced new measures to support small farmers on Friday.");
        assertDetected(Language.RU, "Правительство объявило в пятницу о новых мерах поддержки фермеров.");
        assertDetected(Language.HY, "Կառավարությունը ուրբաթ օրը հայտարարեց փոքր ֆերմերներին աջակցելու նոր միջոցների մասին։");
        assertDetected(Language.AZ, "Hökumət cümə günü kiçik fermerlərə dəstək üçün yeni tədbirlər elan edib.");
    }

    @Test
    void callsOtherLanguagesUnknown() {
        for (String text : new String[] {
                "Die Regierung hat am Freitag neue Maßnahmen zur Unterstützung kleiner Landwirte angekündigt.",
                "Le gouvernement a annoncé vendredi de nouvelles mesures pour soutenir les petits agriculteurs.",
                "Hükümet cuma günü küçük çiftçileri desteklemek için yeni önlemler açıkladı.",
                "Уряд у пʼятницю оголосив про нові заходи підтримки дрібних фермерів і їхніх родин.",
                "政府周五宣布了支持小农户的新措施，包括补贴和低息贷款。"}) {
            assertEquals(LanguageDetection.Status.UNKNOWN, detector.detect(text).status(), text);
        }
    }

    @Test
    void saysWhenThereIsTooLittleText() {
        assertEquals(LanguageDetection.Status.TOO_LITTLE_TEXT, detector.detect("Breaking news").status());
    }
    @Test
    void languageAloneIsTheVerdictOfDetectWithoutItsConfidence() {
        String[] texts = {
                "The government announced new measures to support small farmers on Friday.",
                "Правительство объявило в пятницу о новых мерах поддержки фермеров.",
                "Կառավարությունը ուրբաթ օրը հայտարարեց փոքր ֆերմերներին աջակցելու նոր միջոցների մասին։",
                "Hökumət cümə günü kiçik fermerlərə dəstək üçün yeni tədbirlər elan edib.",
                // both English common words and ə: lingua chooses
                "The Azərbaycan news agency said that the minister and the ambassador met in Bakı on Friday.",
                "Die Regierung hat am Freitag neue Maßnahmen zur Unterstützung kleiner Landwirte angekündigt.",
                "Уряд у пʼятницю оголосив про нові заходи підтримки дрібних фермерів і їхніх родин.",
                "Breaking news",
                "The government announced new measures on Friday.\n\nПравительство объявило в пятницу о новых мерах.",
                "First paragraph of an English article about the harvest.\n\nSecond paragraph, where farmers say "
                        + "that the rain came late and the prices are low."};
        for (String text : texts) {
            LanguageDetection d = detector.detect(text);
            assertEquals(d.status() == LanguageDetection.Status.DETECTED ? d.language() : null,
                    detector.language(text), text);
        }
        assertEquals(Language.AZ, detector.language(texts[3]));
        assertEquals(null, detector.language(texts[5]));
    }

    @Test
    void acceptsShortSentencesThatOnlyTheirLanguageWrites() {
        // Russian without ы, э or ё; an English headline without function words; Azerbaijani without ə
        assertEquals(Language.RU, detector.language("Президент подписал указ о повышении пенсий для учителей и врачей."));
        assertEquals(Language.EN, detector.language("Storm floods coastal towns as rivers burst banks overnight"));
        assertEquals(Language.AZ, detector.language("Bakı metrosunun yeni stansiyası bu gün açıldı, yolçular artıq qatarlara minir."));
    }

    @Test
    void refusesNeighboursOfRussianAndEnglishThatShareTheirLetters() {
        for (String text : new String[] {
                // Bulgarian and Tajik in Cyrillic, no letter of their own needed to tell them
                "Градът ще получи нови автобуси през пролетта, съобщи кметът на среща с жителите.",
                "Вазири маориф гуфт, ки имсол дар шаҳр мактабҳои нав сохта мешаванд.",
                // German with English-looking words (in, will, also), Turkish without ə
                "Der Minister war am Freitag in Berlin und sagte, die Reform will also mehr Geld für Schulen.",
                "Bakan cuma günü yaptığı açıklamada yeni köprünün yıl sonuna kadar tamamlanacağını söyledi."}) {
            assertEquals(null, detector.language(text), text);
        }
    }
}
