package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static final String SOURCE = "Speaking in Baku, Martin Galstyan met Toivo Klaar and Dmitry Peskov.";

    private static Names.Result compare(String translation, boolean untilOneCarried) {
        String folded = GlossaryMatcher.fold(translation);
        return Names.compare(Names.scanned(SOURCE, Language.EN, Language.RU, List.of()), Language.EN, Language.RU,
                new Names.Text(folded, Language.RU, null), List.of(), true, untilOneCarried);
    }

    @Test
    void aCheckThatAsksOnlyWhetherEveryNameIsLostStopsAtTheFirstCarried() {
        String carriesSome = "Выступая в Баку, министр встретился с коллегами.";
        Names.Result whole = compare(carriesSome, false);
        assertTrue(whole.missing().contains("Toivo Klaar"), whole.toString());
        assertTrue(whole.missing().size() < whole.names(), "Baku is carried: " + whole);
        assertSame(Names.Result.ONE_CARRIED, compare(carriesSome, true));
        assertTrue(Names.Result.ONE_CARRIED.missing().size() < Names.Result.ONE_CARRIED.names(),
                "read as: not every name is missing");
    }

    @Test
    void whenNoNameIsCarriedTheAnswerIsTheWholeOne() {
        String carriesNone = "Министр встретился с коллегами в столице.";
        assertEquals(compare(carriesNone, false), compare(carriesNone, true));
        assertTrue(compare(carriesNone, true).noneCarried());
    }

    @Test
    void aSoundSkeletonIsReadAsTheNameIsWrittenInEachScript() {
        assertEquals("PSN", Names.skeleton("pashinyan", Language.EN));
        assertEquals("PSN", Names.skeleton("пашинян", Language.RU));
        assertEquals("PSN", Names.skeleton("փաշինյան", Language.HY));
        assertEquals("PSN", Names.skeleton("paşinyan", Language.AZ));
        assertEquals("MKSK", Names.skeleton("mexico", Language.EN));
        assertEquals("", Names.skeleton("aya", Language.EN));
    }
}
