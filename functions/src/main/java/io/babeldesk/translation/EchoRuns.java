package io.babeldesk.translation;

import io.babeldesk.glossary.GlossaryMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A part of the source left untranslated inside its translation: four consecutive words of the
 * source found in the same order in the translation, three of them ordinary words (lower case,
 * three letters or more), so that names, titles and acronyms a translation keeps ("Home Depot",
 * "FEMAIL", "East Baton Rouge Parish") do not count. On the parallel news corpus no human
 * translation has such a run, in any of the six directions.
 */
final class EchoRuns {
    private EchoRuns() {
    }

    static final int RUN = 4;
    private static final int ORDINARY_WORDS = 3;

    /**
     * The first run of the source left in the translation, as the source writes it; null when there is none.
     *
     * @param foldedTranslation the translation as {@link GlossaryMatcher#fold} gives it
     */
    static String untranslated(String source, String foldedTranslation) {
        return untranslated(source, TextRuns.words(source), foldedTranslation, TextRuns.words(foldedTranslation));
    }

    /**
     * {@link #untranslated(String, String)} with the words of both texts ({@link TextRuns#words})
     * already split, as the quality gate splits them once for its checks.
     */
    static String untranslated(String source, List<String> sourceWords, String foldedTranslation,
                               List<String> translated) {
        if (!hasLetterOf(foldedTranslation, scriptOf(source))) {
            return null;
        }
        if (sourceWords.size() < RUN) {
            return null;
        }
        if (translated.size() < RUN) {
            return null;
        }
        // where each word of the translation opens a run, built at the first run of the source that
        // counts; a run is looked for word by word (folding a run folds each of its words alike)
        Map<String, List<Integer>> opens = null;
        String[] folded = new String[sourceWords.size()];
        // how many ordinary words come before each word: a run's count is a difference, not a recount
        int[] ordinaryBefore = new int[sourceWords.size() + 1];
        for (int i = 0; i < sourceWords.size(); i++) {
            ordinaryBefore[i + 1] = ordinaryBefore[i] + (ordinary(sourceWords.get(i)) ? 1 : 0);
        }
        for (int i = 0; i + RUN <= sourceWords.size(); i++) {
            if (ordinaryBefore[i + RUN] - ordinaryBefore[i] < ORDINARY_WORDS) {
                continue;
            }
            if (opens == null) {
                opens = new HashMap<>();
                for (int j = 0; j + RUN <= translated.size(); j++) {
                    opens.computeIfAbsent(translated.get(j), w -> new ArrayList<>(1)).add(j);
                }
            }
            List<Integer> at = opens.get(folded(sourceWords, folded, i));
            if (at == null) {
                continue;
            }
            for (int j : at) {
                int k = 1;
                while (k < RUN && folded(sourceWords, folded, i + k).equals(translated.get(j + k))) {
                    k++;
                }
                if (k == RUN) {
                    return String.join(" ", sourceWords.subList(i, i + RUN));
                }
            }
        }
        return null;
    }

    /** The source's word {@code i} folded, once. */
    private static String folded(List<String> words, String[] folded, int i) {
        if (folded[i] == null) {
            folded[i] = TextRuns.foldedWord(words.get(i));
        }
        return folded[i];
    }

    /** The script of the text's first letter. */
    private static Character.UnicodeScript scriptOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return TextRuns.scriptOfLetter(text.charAt(i));
            }
        }
        return null;
    }

    /** Whether the text has a letter of the script: a run of the source can only be where its letters are. */
    private static boolean hasLetterOf(String text, Character.UnicodeScript script) {
        if (script == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextRuns.letterScript(c) == script) {
                return true;
            }
        }
        return false;
    }

    private static boolean ordinary(String word) {
        return word.length() >= 3 && Character.isLowerCase(word.codePointAt(0));
    }
}
