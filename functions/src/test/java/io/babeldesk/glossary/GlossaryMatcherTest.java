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
    void organisationsAreAbbreviatedByTheInitialsOfTheirRendering() {
        GlossaryEntry eu = new GlossaryEntry("European Union", GlossaryEntry.ORGANISATION,
                Map.of(Language.EN, "European Union", Language.RU, "Европейский союз", Language.HY, "Եվրոպական միություն"),
                Map.of());
        assertEquals("EU", eu.acronym(Language.EN).orElseThrow());
        assertEquals("ЕС", eu.acronym(Language.RU).orElseThrow(), "a long lowercase word gives its initial");
        assertEquals("ԵՄ", eu.acronym(Language.HY).orElseThrow());
        assertTrue(eu.acronym(Language.AZ).isEmpty(), "no rendering, no initials");
        GlossaryEntry csto = new GlossaryEntry("CSTO", GlossaryEntry.ORGANISATION,
                Map.of(Language.RU, "Организация Договора о коллективной безопасности"), Map.of());
        assertEquals("ОДКБ", csto.acronym(Language.RU).orElseThrow(), "short lowercase words give none");
        GlossaryEntry person = new GlossaryEntry("Nikol Pashinyan", "person",
                Map.of(Language.EN, "Nikol Pashinyan"), Map.of());
        assertTrue(person.acronym(Language.EN).isEmpty(), "a person's initials are not the house spelling");
        GlossaryEntry one = new GlossaryEntry("NATO", GlossaryEntry.ORGANISATION, Map.of(Language.EN, "NATO"), Map.of());
        assertTrue(one.acronym(Language.EN).isEmpty(), "one word gives no abbreviation");
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
    @Test
    void longestStemAtAWordStartWinsAndTheSearchGoesOnAfterIt() {
        List<GlossaryEntry> entries = List.of(
                new GlossaryEntry("Ar", "place", Map.of(), Map.of(Language.EN, List.of("ar"))),
                new GlossaryEntry("Armenia", "place", Map.of(), Map.of(Language.EN, List.of("armen"))),
                new GlossaryEntry("Menia", "place", Map.of(), Map.of(Language.EN, List.of("menia"))),
                new GlossaryEntry("U.S.", "place", Map.of(), Map.of(Language.EN, List.of("u.s.", "us "))));
        GlossaryMatcher m = new GlossaryMatcher(entries);
        assertEquals(List.of("Armenia"), terms(m.find("Armenia", Language.EN)), "armen wins over ar; menia is mid-word");
        assertEquals(List.of("Ar"), terms(m.find("Arab", Language.EN)));
        assertEquals(List.of("U.S.", "Armenia"), terms(m.find("the U.S.armenian", Language.EN)),
                "a stem ending in a full stop leaves a word start behind it");
        assertEquals(List.of(), terms(m.find("2ar x1armen ²ar", Language.EN)), "numbers count as word characters");
        assertEquals(List.of(), m.find("Armenia", Language.RU), "no stems in that language");
    }

    @Test
    void findAgreesWithTheRegexRuleOnRandomText() {
        GlossaryMatcher m = new GlossaryMatcher(glossary.all());
        List<String> words = new ArrayList<>(List.of(" ", ", ", ".", "-", "1", "«", "a", "и", "ə"));
        for (GlossaryEntry e : glossary.all()) {
            for (Language l : Language.values()) {
                words.addAll(e.stems(l));
                e.stems(l).forEach(stem -> words.add(stem.substring(0, stem.length() - 1)));
            }
        }
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                String w = words.get(random.nextInt(words.size()));
                text.append(random.nextBoolean() ? w.toUpperCase(java.util.Locale.ROOT) : w);
            }
            for (Language l : Language.values()) {
                assertEquals(byRegex(glossary.all(), text.toString(), l), m.find(text.toString(), l),
                        text + " in " + l);
            }
        }
    }

    /** The matching rule written as one alternation of the stems, longest first, after a word start. */
    private static List<GlossaryEntry> byRegex(List<GlossaryEntry> entries, String text, Language language) {
        Map<String, List<GlossaryEntry>> stems = new java.util.HashMap<>();
        for (GlossaryEntry e : entries) {
            e.stems(language).forEach(s -> stems.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
        }
        if (stems.isEmpty()) {
            return List.of();
        }
        String alternation = stems.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")").matcher(GlossaryMatcher.fold(text));
        java.util.Set<GlossaryEntry> found = new java.util.LinkedHashSet<>();
        while (matcher.find()) {
            found.addAll(stems.get(matcher.group()));
        }
        return List.copyOf(found);
    }

    private static List<String> terms(List<GlossaryEntry> entries) {
        return entries.stream().map(GlossaryEntry::term).toList();
    }
}
