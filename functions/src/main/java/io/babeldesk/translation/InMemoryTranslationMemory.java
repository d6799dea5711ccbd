package io.babeldesk.translation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A translation memory held in memory: for local runs, tests and the benchmark. */
public final class InMemoryTranslationMemory implements TranslationMemory {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void put(String key, String translation) {
        entries.put(key, translation);
    }

    public int size() {
        return entries.size();
    }
}
