package io.babeldesk.glossary;

import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds which glossary entries a text mentions: a word starting with one of an entry's stems,
 * without regard to case. One trie of stems per language, walked only from word starts, keeps a
 * pass over a paragraph cheap (one step per character) with hundreds of terms.
 */
public final class GlossaryMatcher {
    private final List<GlossaryEntry> entries;
    private final Map<Language, Node> tries = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, List<GlossaryEntry>>> byStem = new EnumMap<>(Language.class);

    /** One character step of the stem trie; {@code stem} is set where a stem ends. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        String stem;
    }

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
            Node root = new Node();
            for (String stem : stems.keySet()) {
                Node node = root;
                for (int i = 0; i < stem.length(); i++) {
                    node = node.next.computeIfAbsent(stem.charAt(i), c -> new Node());
                }
                node.stem = stem;
            }
            tries.put(language, root);
            byStem.put(language, stems);
        }
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    /**
     * The entries a text in the given language mentions, in the order they first occur. At each
     * word start (no letter or number just before it: "iran" must not match inside "Tirana") the
     * longest stem found there counts, and the search goes on after it.
     */
    public List<GlossaryEntry> find(String text, Language language) {
        Node root = tries.get(language);
        if (root == null || text == null || text.isEmpty()) {
            return List.of();
        }
        Set<GlossaryEntry> found = new LinkedHashSet<>();
        Map<String, List<GlossaryEntry>> stems = byStem.get(language);
        String folded = fold(text);
        int n = folded.length();
        int at = 0;
        while (at < n) {
            if (at == 0 || !isLetterOrNumber(Character.codePointAt(folded, at - 1))) {
                Node node = root;
                String longest = null;
                int end = at;
                for (int i = at; i < n && (node = node.next.get(folded.charAt(i))) != null; i++) {
                    if (node.stem != null) {
                        longest = node.stem;
                        end = i + 1;
                    }
                }
                if (longest != null) {
                    found.addAll(stems.get(longest));
                    at = end;
                    continue;
                }
            }
            at++;
        }
        return List.copyOf(found);
    }

    /** A letter or any number ({@code \\p{L}} or {@code \\p{N}}): what a stem may not follow. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
