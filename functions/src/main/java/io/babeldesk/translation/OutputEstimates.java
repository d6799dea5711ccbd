package io.babeldesk.translation;

import io.babeldesk.article.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Estimated against reported output tokens per target language, over an engine's lifetime. */
final class OutputEstimates {
    /** Per language: calls, estimated output tokens, reported output tokens. */
    private final Map<Language, AtomicLong[]> estimates = new EnumMap<>(Language.class);

    OutputEstimates() {
        for (Language l : Language.values()) {
            estimates.put(l, new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()});
        }
    }

    void record(Language target, long estimated, long reported) {
        AtomicLong[] e = estimates.get(target);
        e[0].incrementAndGet();
        e[1].addAndGet(estimated);
        e[2].addAndGet(reported);
    }

    Map<Language, EstimateCheck> accuracy() {
        Map<Language, EstimateCheck> out = new EnumMap<>(Language.class);
        estimates.forEach((l, v) -> {
            if (v[0].get() > 0) {
                out.put(l, new EstimateCheck(l, v[0].get(), v[1].get(), v[2].get()));
            }
        });
        return out;
    }
}
