package io.babeldesk.translation;

import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the translation memory saves: segments it already holds are not sent to the model, and
 * segments that came back clean are kept for the next version of the article.
 */
final class MemoryReuse {
    private final TranslationMemory memory;

    MemoryReuse(TranslationMemory memory) {
        this.memory = memory;
    }

    /**
     * The segments' texts known without the model, and the segments still to translate.
     *
     * @param known segment index → text
     */
    record Reuse(Map<Integer, String> known, List<Segment> pending) {
    }

    /**
     * Blank segments keep their source; the memory supplies what it holds, an editor's translation
     * before the model's; the rest is pending.
     */
    Reuse reuse(List<Segment> segments, Language target) {
        List<String> keys = new ArrayList<>();
        for (Segment s : segments) {
            if (!s.source().isBlank()) {
                keys.add(TranslationMemory.humanKey(target, s.source()));
                keys.add(s.memoryKey());
            }
        }
        Map<String, String> remembered = memory.getAll(keys);
        Map<Integer, String> known = new HashMap<>();
        List<Segment> pending = new ArrayList<>();
        for (Segment s : segments) {
            String human = s.source().isBlank() ? null : remembered.get(TranslationMemory.humanKey(target, s.source()));
            if (s.source().isBlank()) {
                known.put(s.index(), s.source());
            } else if (human != null) {
                known.put(s.index(), human);
            } else if (remembered.containsKey(s.memoryKey())) {
                known.put(s.index(), remembered.get(s.memoryKey()));
            } else {
                pending.add(s);
            }
        }
        return new Reuse(known, pending);
    }

    /** Into the article's own language every segment is its source: nothing to look up or translate. */
    static Reuse asSource(List<Segment> segments) {
        Map<Integer, String> known = new HashMap<>();
        segments.forEach(s -> known.put(s.index(), s.source()));
        return new Reuse(known, List.of());
    }

    /** Only clean segments are remembered: a flagged one must be translated again next time. */
    void remember(List<Segment> segments, Map<Integer, Outcome> outcomes) {
        outcomes.forEach((index, o) -> {
            if (o.flags().isEmpty()) {
                memory.put(segments.get(index).memoryKey(), o.text());
            }
        });
    }
}
