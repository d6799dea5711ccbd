package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceFactsTest {
    private static final String SOURCE = "On 3 March Nikol Pashinyan met the Commission in Brussels for 2 hours.";

    @Test
    void aSourceIsReadOnceForEveryTargetLanguage() {
        SourceFacts.Cache cache = new SourceFacts.Cache();
        SourceFacts first = cache.of(SOURCE, Language.EN);
        assertSame(first, cache.of(new String(SOURCE.toCharArray()), Language.EN), "the same text, another copy");
        assertNotSame(first, cache.of(SOURCE, Language.AZ), "the same letters read as another language");
        assertEquals(1 << 3, first.months);
        assertEquals(List.of("3", "2"), first.numbers.stream().map(QualityGate.NumberMention::text).toList());
        assertTrue(first.copied("pashinyan"));
        assertTrue(first.copied("brussels"));
        assertFalse(first.copied("hours"), "an ordinary word is no copy");
        assertFalse(first.copied("пашинян"));
    }

    @Test
    void theCacheIsEmptiedWhenItHoldsItsLimit() {
        SourceFacts.Cache cache = new SourceFacts.Cache();
        for (int i = 0; i < SourceFacts.Cache.LIMIT + 10; i++) {
            cache.of("Segment number " + i + " of a long article.", Language.EN);
        }
        assertTrue(cache.size() <= SourceFacts.Cache.LIMIT, "held " + cache.size());
        assertTrue(cache.size() >= 10);
    }

    @Test
    void theNamesAreReadForTheDirectionAndTheTermsAsked() {
        SourceFacts facts = new SourceFacts.Cache().of("В пятницу министр встретился с китайскими коллегами.",
                Language.RU);
        // into English the words English capitalises are names even in lowercase; into Armenian they are not
        assertEquals(List.of("пятницу"), facts.names(Language.EN, List.of()).words());
        assertEquals(List.of("китайскими"), facts.names(Language.EN, List.of()).names());
        assertEquals(List.of(), facts.names(Language.HY, List.of()).words());
        assertEquals(List.of(), facts.names(Language.HY, List.of()).names());
        assertEquals(List.of("пятницу"), facts.names(Language.EN, List.of()).words(), "asked again, the same");

        SourceFacts pashinyan = new SourceFacts.Cache().of(SOURCE, Language.EN);
        assertTrue(pashinyan.names(Language.RU, List.of()).names().contains("Nikol Pashinyan"));
        GlossaryEntry term = new GlossaryEntry("Nikol Pashinyan", QualityGate.PERSON,
                Map.of(Language.EN, "Nikol Pashinyan", Language.RU, "Никол Пашинян"),
                Map.of(Language.EN, List.of("pashinyan"), Language.RU, List.of("пашинян")));
        assertFalse(pashinyan.names(Language.RU, List.of(term)).names().contains("Nikol Pashinyan"),
                "a glossary name is left to the glossary");
    }
}
