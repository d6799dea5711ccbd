package io.babeldesk.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryMatcherTest {
    private final InMemoryGlossary glossary = GlossarySeed.load("glossary/test-glossary.json");
    private final GlossaryMatcher matcher = new GlossaryMatcher(glossary.all());

    @Test
    void seedEntriesLoadWithRenderingsAndStemsPerLanguage() {
        GlossaryEntry pashinyan = glossary.get("pashinyan").orElseThrow();
        assertEquals("person", pashinyan.kind());
        assertEquals("Փաշինյան", pashinyan.rendering(Language.HY).orElseThrow());
        assertEquals(List.of("paşinyan"), pashinyan.stems(Language.AZ));
        GlossaryEntry bundestag = glossary.get("Bundestag").orElseThrow();
        assertEquals(Map.of(Language.EN, "Bundestag"), bundestag.renderings(), "unknown languages are skipped");
    }

    @Test
    void missingSeedGivesAnEmptyGlossary() {
        assertTrue(GlossarySeed.load("glossary/no-such-seed.json").all().isEmpty());
    }

    @Test
    void editorsCanPutAndDeleteTerms() {
        InMemoryGlossary g = InMemoryGlossary.empty();
        g.put(new GlossaryEntry("Aliyev", "person", Map.of(Language.RU, "Алиев"), Map.of(Language.RU, List.of("Алиев"))));
        assertEquals("Алиев", g.get("ALIYEV").orElseThrow().rendering(Language.RU).orElseThrow());
        g.delete("aliyev");
        assertTrue(g.all().isEmpty());
    }

    @Test
    void inflectedFormsAreFoundByTheirStem() {
        List<String> found = matcher.find("Песков ответил Пашиняну, а в Кремле промолчали.", Language.RU)
                .stream().map(GlossaryEntry::term).toList();
        assertEquals(List.of("Peskov", "Pashinyan", "Kremlin"), found);
        assertEquals(List.of("Pashinyan"), matcher.find("Փաշինյանի պնդումը", Language.HY)
                .stream().map(GlossaryEntry::term).toList());
        assertEquals(List.of("Pashinyan"), matcher.find("PAŞİNYANIN iddiası", Language.AZ)
                .stream().map(GlossaryEntry::term).toList(), "dotted capital I of Azerbaijani folds to i");
    }

    @Test
    void stemsCountOnlyAtTheStartOfAWord() {
        assertTrue(matcher.find("Antipashinyan rallies and the Kremlinology department", Language.EN).stream()
                .noneMatch(e -> e.term().equals("Pashinyan")));
        assertFalse(GlossaryMatcher.mentions("Антипашинян", Language.RU, glossary.get("Pashinyan").orElseThrow()));
        assertTrue(GlossaryMatcher.mentions("«Пашинян»", Language.RU, glossary.get("Pashinyan").orElseThrow()));
    }

    @Test
    void hundredsOfTermsAreMatchedInOnePass() {
        List<GlossaryEntry> many = new ArrayList<>(glossary.all());
        for (int i = 0; i < 500; i++) {
            many.add(new GlossaryEntry("Term" + i, "place", Map.of(Language.EN, "Term" + i),
                    Map.of(Language.EN, List.of("zq" + i + "x"))));
        }
        GlossaryMatcher big = new GlossaryMatcher(many);
        String text = "Zq17x met zq170x and Pashinyan; zq499xian stayed.".repeat(50);
        long start = System.nanoTime();
        List<String> found = big.find(text, Language.EN).stream().map(GlossaryEntry::term).toList();
        long micros = (System.nanoTime() - start) / 1000;
        assertEquals(List.of("Term17", "Term170", "Pashinyan", "Term499"), found);
        assertTrue(micros < 200_000, "matching took " + micros + " µs");
    }
}
