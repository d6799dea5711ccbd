package io.babeldesk.glossary;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A glossary held in memory: the seed for local runs and tests, and a cache shape for others. */
public final class InMemoryGlossary implements Glossary {
    private final Map<String, GlossaryEntry> entries = new ConcurrentHashMap<>();

    public InMemoryGlossary(Collection<GlossaryEntry> seed) {
        seed.forEach(this::put);
    }

    public static InMemoryGlossary empty() {
        return new InMemoryGlossary(List.of());
    }

    @Override
    public List<GlossaryEntry> all() {
        return entries.values().stream().sorted(Comparator.comparing(GlossaryEntry::term)).toList();
    }

    @Override
    public Optional<GlossaryEntry> get(String term) {
        return Optional.ofNullable(entries.get(key(term)));
    }

    @Override
    public void put(GlossaryEntry entry) {
        entries.put(key(entry.term()), entry);
    }

    @Override
    public void delete(String term) {
        entries.remove(key(term));
    }

    private static String key(String term) {
        return term.strip().toLowerCase(Locale.ROOT);
    }
}
