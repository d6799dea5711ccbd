package io.babeldesk.api;

import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryMatcher;
import io.babeldesk.translation.Translation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glossary entries an edit suggests: where an editor replaced the glossary's rendering of a term
 * that the paragraph's source mentions, the words put in its place are offered as the term's new
 * rendering in that language (the editor confirms it with PUT /glossary/{term}).
 */
final class EditSuggestions {
    /** A replacement longer than this is a rewritten sentence, not a corrected term. */
    private static final int MAX_WORDS = 6;

    private final Glossary glossary;

    EditSuggestions(Glossary glossary) {
        this.glossary = glossary;
    }

    List<Map<String, Object>> suggest(Article source, Language language, Translation was, Translation edited) {
        List<GlossaryEntry> entries = glossary.all();
        if (entries.isEmpty()) {
            return List.of();
        }
        GlossaryMatcher matcher = new GlossaryMatcher(entries);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < edited.blocks().size() && i < source.blocks().size(); i++) {
            String before = was.blocks().get(i).text();
            String after = edited.blocks().get(i).text();
            if (before.equals(after)) {
                continue;
            }
            String[] removed = replaced(before, after, true);
            String[] inserted = replaced(before, after, false);
            if (inserted.length == 0 || inserted.length > MAX_WORDS) {
                continue;
            }
            String removedText = String.join(" ", removed);
            for (GlossaryEntry entry : matcher.find(source.blocks().get(i).text(), source.sourceLanguage())) {
                if (entry.rendering(language).isPresent()
                        && GlossaryMatcher.mentions(removedText, language, entry)
                        && !GlossaryMatcher.mentions(after, language, entry)) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("term", entry.term());
                    s.put("language", language);
                    s.put("current", entry.rendering(language).orElseThrow());
                    s.put("suggested", String.join(" ", inserted).replaceAll("^\\p{P}+|\\p{P}+$", ""));
                    s.put("block", i + 1);
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The words of {@code before} (or of {@code after}) between the common start and the common end. */
    private static String[] replaced(String before, String after, boolean fromBefore) {
        String[] a = before.split("\\s+");
        String[] b = after.split("\\s+");
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        return fromBefore ? Arrays.copyOfRange(a, start, endA) : Arrays.copyOfRange(b, start, endB);
    }
}
