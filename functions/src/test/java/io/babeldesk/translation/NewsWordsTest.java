package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsWordsTest {
    private static int row(String word) {
        return NewsWords.index().rowOf(GlossaryMatcher.fold(word));
    }

    @Test
    void everyCaseFormOfAWordInTheFourLanguagesIsTheSameRow() {
        int commission = row("Commission");
        assertTrue(commission >= 0);
        for (String form : List.of("Commissions", "Комиссия", "Комиссии", "Комиссией", "Հանձնաժողովը",
                "Հանձնաժողովի", "Հանձնաժողովում", "Komissiya", "Komissiyası", "Komissiyasının")) {
            assertEquals(commission, row(form), form);
        }
        int court = row("суд");
        assertEquals(court, row("Суда"));
        assertEquals(court, row("Court"));
        assertEquals(court, row("Դատարանը"));
        assertEquals(court, row("Məhkəməsi"));
        assertNotEquals(court, row("судьба"), "a whole-word form does not take any ending");
        assertEquals(-1, row("Pashinyan"));
    }

    @Test
    void aSourceWordOfTheTableIsCarriedByItsRenderingInEachLanguage() {
        assertEquals(List.of(), Names.missing("The report of the European Commission was sent to the Supreme Court.",
                "Доклад Европейской комиссии был направлен в Верховный суд.", Language.EN, Language.RU, List.of()).missing());
        assertEquals(List.of(), Names.missing("The report was sent to the Commission.",
                "Զեկույցն ուղարկվել է Հանձնաժողովին։", Language.EN, Language.HY, List.of()).missing());
        assertEquals(List.of(), Names.missing("The report was sent to the Commission.",
                "Hesabat Komissiyaya göndərilib.", Language.EN, Language.AZ, List.of()).missing());
        assertEquals(List.of(), Names.missing("Доклад направлен в Верховный суд.",
                "The report was sent to the Supreme Court.", Language.RU, Language.EN, List.of()).missing());
        assertEquals(List.of(), Names.missing("Զեկույցն ուղարկվել է Հանձնաժողովին։",
                "The report was sent to the commission.", Language.HY, Language.EN, List.of()).missing());
        assertEquals(List.of(), Names.missing("Hesabat Komissiyaya göndərilib.",
                "The report was sent to the Commission.", Language.AZ, Language.EN, List.of()).missing());
    }

    @Test
    void aSourceWordOfTheTableThatTheTranslationLacksIsMissing() {
        Names.Result result = Names.missing("The report of the Commission was sent to the Supreme Court on Monday.",
                "Погода в выходные будет тёплой.", Language.EN, Language.RU, List.of());
        assertEquals(List.of("Commission", "Supreme Court", "Monday"), result.missing());
        assertTrue(result.noneCarried());
        Names.Result armenian = Names.missing("Զեկույցն ուղարկվել է Հանձնաժողովին և Խորհրդարանին։",
                "The team won the match two nil.", Language.HY, Language.EN, List.of());
        assertTrue(armenian.noneCarried(), armenian.toString());
    }

    @Test
    void wordsEnglishCapitalisesAreNamesInALowercaseSourceTranslatedIntoEnglish() {
        Names.Result carried = Names.missing("В пятницу министр встретился с китайскими коллегами.",
                "On Friday the minister met his Chinese counterparts.", Language.RU, Language.EN, List.of());
        assertEquals(List.of(), carried.missing());
        assertEquals(1, carried.names(), "a day shared is no evidence, a people is");
        Names.Result lost = Names.missing("В пятницу министр встретился с китайскими коллегами.",
                "The team won the match two nil.", Language.RU, Language.EN, List.of());
        assertEquals(2, lost.names(), lost.toString());
        assertTrue(lost.noneCarried());
        // not into Russian: the lowercase word is an ordinary one there
        assertEquals(0, Names.missing("В пятницу министр встретился с коллегами.",
                "Ուրբաթ օրը նախարարը հանդիպեց գործընկերներին։", Language.RU, Language.HY, List.of()).names());
    }

    @Test
    void aTranslationWordOfTheTableCountsOnlyWhenTheSourceHasItsCounterpart() {
        Names.Result carried = Names.foreign("Выступая на Генеральной Ассамблее, министр сказал это.",
                "Speaking at the General Assembly, the minister said so.", Language.RU, Language.EN, List.of());
        assertEquals(List.of(), carried.missing());
        assertEquals(1, carried.names());
        Names.Result acronym = Names.foreign("По словам члена Ассамблеи, все недовольны.",
                "An AM said everyone was unhappy.", Language.RU, Language.EN, List.of());
        assertEquals(0, acronym.names(), "a body the source names by an acronym is no foreign name");
    }

    @Test
    void aPlaceWordStaysPartOfItsNameAndATitleMakesANameOfItsOwn() {
        Names.Result korea = Names.missing("Pompeo has visited North Korea three times.",
                "Помпео трижды побывал в Пхеньяне.", Language.EN, Language.RU, List.of());
        assertEquals(List.of("North Korea"), korea.missing());
        assertEquals(1, korea.names());
        Names.Result title = Names.missing("He met Prime Minister Theresa May.",
                "Он встретился с Терезой Мэй.", Language.EN, Language.RU, List.of());
        assertEquals(List.of("Prime Minister"), title.missing());
        assertEquals(2, title.names());
    }
}
