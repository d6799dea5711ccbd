package io.babeldesk.glossary;

import io.babeldesk.article.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One newsroom term (a name, place or institution) with its house rendering in each language and
 * the lowercase stems that every inflected form of it contains.
 *
 * @param kind what the term names (person, place, organisation, ...), for editors
 * @param match per language, lowercase stems; a text mentions the term when a word starts with one
 */
public record GlossaryEntry(String term, String kind, Map<Language, String> renderings,
                            Map<Language, List<String>> match) {
    /** The kind of term that newsrooms write by its initials. */
    public static final String ORGANISATION = "organisation";

    public GlossaryEntry {
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) {
            throw new IllegalArgumentException("a glossary term cannot be blank");
        }
        renderings = renderings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(renderings));
        EnumMap<Language, List<String>> stems = new EnumMap<>(Language.class);
        match.forEach((language, list) -> stems.put(language,
                list.stream().map(GlossaryMatcher::fold).filter(s -> !s.isBlank()).toList()));
        match = Map.copyOf(stems);
    }

    /** The house rendering in a language, if the newsroom has set one. */
    public java.util.Optional<String> rendering(Language language) {
        return java.util.Optional.ofNullable(renderings.get(language));
    }

    /** The stems that show the term in a language; the rendering itself when no stem is given. */
    public List<String> stems(Language language) {
        List<String> stems = match.get(language);
        if (stems != null && !stems.isEmpty()) {
            return stems;
        }
        String rendering = renderings.get(language);
        return rendering == null ? List.of() : List.of(GlossaryMatcher.fold(rendering));
    }

    /**
     * The initials of the house rendering in a language, as newsrooms abbreviate it: "EU" for
     * "European Union", "ЕС" for "Европейский союз", "ԵՄ" for "Եվրոպական միություն". Words of up to
     * three letters in lower case ("of", "and", "о") give no initial. Only organisations are
     * abbreviated so: a person's or a place's initials are not their house spelling. Empty when the
     * rendering has fewer than two words that give an initial.
     */
    public java.util.Optional<String> acronym(Language language) {
        String rendering = renderings.get(language);
        if (rendering == null || !ORGANISATION.equals(kind)) {
            return java.util.Optional.empty();
        }
        StringBuilder initials = new StringBuilder();
        for (String word : rendering.split("[\\s\\-]+")) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || word.codePointCount(0, word.length()) > 3) {
                initials.appendCodePoint(Character.toUpperCase(first));
            }
        }
        return initials.length() >= 2 ? java.util.Optional.of(initials.toString()) : java.util.Optional.empty();
    }
}
