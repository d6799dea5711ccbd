package io.babeldesk.summary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The summary styles editors can ask for, with the length each aims at by default. */
public enum SummaryKind {
    HEADLINE(12, "a single headline line, no final period"),
    SHORT(60, "two or three sentences"),
    MEDIUM(120, "one paragraph"),
    BULLETS(80, "three to five bullet points, each line starting with \"- \""),
    SOCIAL(45, "one social-media post of at most 280 characters, at most two hashtags");

    private final int defaultMaxWords;
    private final String shape;

    SummaryKind(int defaultMaxWords, String shape) {
        this.defaultMaxWords = defaultMaxWords;
        this.shape = shape;
    }

    public int defaultMaxWords() {
        return defaultMaxWords;
    }

    public String shape() {
        return shape;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SummaryKind> fromWireName(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(k -> k.wireName().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
