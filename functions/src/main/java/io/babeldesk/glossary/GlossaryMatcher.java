package io.babeldesk.glossary;

import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which glossary entries a text mentions: a word starting with one of an entry's stems,
 * without regard to case. One precompiled alternation per language (longest stems first) keeps a
 * pass over a paragraph cheap with hundreds of terms.
 */
public final class GlossaryMatcher {
    /** A stem counts only at the start of a word: "iran" must not match inside "Tirana". */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    private final List<GlossaryEntry> entries;
    private final Map<Language, Pattern> patterns = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, List<GlossaryEntry>>> byStem = new EnumMap<>(Language.class);

    public GlossaryMatcher(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
        for (Language language : Language.values()) {
            Map<String, List<GlossaryEntry>> stems = new HashMap<>();
            for (GlossaryEntry entry : this.entries) {
                for (String stem : entry.stems(language)) {
                    stems.computeIfAbsent(stem, s -> new ArrayList<>()).add(entry);
                }
            }
            if (stems.isEmpty()) {
                continue;
            }
            String alternation = stems.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                    .map(Pattern::quote)
                    .reduce((a, b) -> a + "|" + b).orElseThrow();
            patterns.put(language, Pattern.compile(WORD_START + "(?:" + alternation + ")"));
            byStem.put(language, stems);
        }
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The entries a text in the given language mentions, in the order they first occur. */
    public List<GlossaryEntry> find(String text, Language language) {
        Pattern pattern = patterns.get(language);
        if (pattern == null || text == null || text.isEmpty()) {
            return List.of();
        }
        Set<GlossaryEntry> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(fold(text));
        Map<String, List<GlossaryEntry>> stems = byStem.get(language);
        while (m.find()) {
            found.addAll(stems.getOrDefault(m.group(), List.of()));
        }
        return List.copyOf(found);
    }

    /** Whether a text in the given language shows an entry (any of its stems at a word start). */
    public static boolean mentions(String text, Language language, GlossaryEntry entry) {
        return mentionsFolded(fold(text), language, entry);
    }

    /** {@link #mentions} of a text already {@link #fold folded}, for callers that check many entries. */
    public static boolean mentionsFolded(String folded, Language language, GlossaryEntry entry) {
        for (String stem : entry.stems(language)) {
            int from = 0;
            int at;
            while ((at = folded.indexOf(stem, from)) >= 0) {
                if (at == 0 || !Character.isLetterOrDigit(folded.codePointBefore(at))) {
                    return true;
                }
                from = at + 1;
            }
        }
        return false;
    }

    /**
     * Lowercase without the spelling variants that stems should not have to list: Azerbaijani
     * dotted and dotless i, Russian ё, and typographic apostrophes.
     */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("\u0307", "")
                .replace('ı', 'i')
                .replace('ё', 'е')
                .replace('’', '\'')
                .strip();
    }
}
