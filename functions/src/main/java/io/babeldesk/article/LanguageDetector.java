package io.babeldesk.article;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.SortedMap;

/** Detects which of babeldesk's languages a text is in, with lingua, and says when it cannot tell. */
public final class LanguageDetector {
    private static final int MIN_LETTERS = 20;
    private static final double MIN_CONFIDENCE = 0.5;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    public LanguageDetector() {
        this.lingua = LanguageDetectorBuilder.fromLanguages(
                        com.github.pemistahl.lingua.api.Language.ENGLISH,
                        com.github.pemistahl.lingua.api.Language.RUSSIAN,
                        com.github.pemistahl.lingua.api.Language.ARMENIAN,
                        com.github.pemistahl.lingua.api.Language.AZERBAIJANI)
                .withPreloadedLanguageModels()
                .build();
    }

    public LanguageDetection detect(String text) {
        long letters = text == null ? 0 : text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return new LanguageDetection(LanguageDetection.Status.TOO_LITTLE_TEXT, null, 0);
        }
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values =
                lingua.computeLanguageConfidenceValues(text);
        if (values.isEmpty()) {
            return new LanguageDetection(LanguageDetection.Status.UNKNOWN, null, 0);
        }
        Map.Entry<com.github.pemistahl.lingua.api.Language, Double> best = values.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        Language language = toLanguage(best.getKey());
        double confidence = best.getValue();
        if (language == null || confidence < MIN_CONFIDENCE) {
            return new LanguageDetection(LanguageDetection.Status.UNKNOWN, language, confidence);
        }
        return new LanguageDetection(LanguageDetection.Status.DETECTED, language, confidence);
    }

    private static Language toLanguage(com.github.pemistahl.lingua.api.Language l) {
        return switch (l) {
            case ENGLISH -> Language.EN;
            case RUSSIAN -> Language.RU;
            case ARMENIAN -> Language.HY;
            case AZERBAIJANI -> Language.AZ;
            default -> null;
        };
    }
}
