package io.babeldesk.translation;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetection;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one translated segment against its source: language, script, numbers, glossary terms,
 * length, refusals and echoes. Segment count, order and truncation are checked per model call by
 * the engine.
 *
 * <p>Thresholds were set on the parallel news corpus (957 sentences, each translated by
 * professionals into every pair of en, ru, hy, az): every check was run on all 12 directions of
 * it and tuned so that correct translations pass; the false-alarm rate of each check on that
 * corpus is given beside its threshold.
 */
public final class QualityGate {
    /**
     * Segments with fewer letters than this are judged by script alone: lingua tells English
     * from Azerbaijani reliably only on longer text. With 40, WRONG_LANGUAGE raised no false
     * alarm on the corpus (0 of 11,484 sentence translations).
     */
    static final int MIN_LETTERS_FOR_LANGUAGE = 40;
    /**
     * Share of letters (names copied from the source aside) that must be in the target script.
     * 0.8 raised no false alarm on the corpus; a reply in the wrong script scores near 0.
     */
    static final double MIN_SCRIPT_SHARE = 0.8;
    /** Below this many source characters length ratios of correct translations vary too much. */
    static final int MIN_CHARS_FOR_RATIO = 40;
    /** Echo only counts on segments long enough that a real translation cannot equal the source. */
    static final int MIN_LETTERS_FOR_ECHO = 20;
    /**
     * Target/source character ratio bounds, [source][target]: the 0.5th percentile of the corpus
     * divided by 1.35 and the 99.5th percentile times 1.25, on sentences of 40 characters or more.
     */
    private static final double[][][] RATIO_BOUNDS = {
            {null, {0.49, 2.36}, {0.49, 2.10}, {0.52, 2.20}},
            {{0.35, 1.83}, null, {0.39, 1.99}, {0.44, 2.19}},
            {{0.44, 1.84}, {0.43, 2.21}, null, {0.43, 2.06}},
            {{0.36, 1.70}, {0.40, 2.03}, {0.43, 1.99}, null},
    };
    /** Digit groups, decimals and space-grouped thousands ("2,000", "2 000", "9.7", "9,7"). */
    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?!\\d)|\\d+(?:[.,'’]\\d+)*");
    private static final List<Pattern> REFUSALS = List.of(
            Pattern.compile("^(i'm|i am)? ?sorry[,.!]? *(but )?i (can't|cannot|can not|won't|am unable|'m unable|am not able)"),
            Pattern.compile("^i (can't|cannot|won't|am unable to|'m unable to|am not able to) (help|assist|translate|comply|do that|fulfil|fulfill|provide|process)"),
            Pattern.compile("\\bas an ai\\b|\\bas a language model\\b"),
            Pattern.compile("^(извините|простите|к сожалению)[,.!]? *(но )?я не (могу|буду|смогу)"),
            Pattern.compile("^я не (могу|буду|смогу) (помочь|перевести|выполнить|это)"),
            Pattern.compile("как (языковая модель|ии|искусственный интеллект)[, ]"),
            Pattern.compile("^(ներեցեք|ցավոք)[,.!]?.{0,40}չեմ կարող"),
            Pattern.compile("^ես չեմ կարող (օգնել|թարգմանել|կատարել)"),
            Pattern.compile("^(bağışlayın|üzr istəyirəm|təəssüf ki)[,.!]?.{0,40}(bilmərəm|bilmirəm)"),
            Pattern.compile("^mən (bunu )?(tərcümə|yerinə yetir|kömək).{0,20}(bilmərəm|bilmirəm)"));

    private final LanguageDetector detector;

    public QualityGate(LanguageDetector detector) {
        this.detector = detector;
    }

    /** The checks a translated segment fails; empty when it passes. */
    public Set<QualityFlag> review(String source, String translation, Language sourceLanguage, Language target,
                                   List<GlossaryEntry> terms) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        if (source.isBlank()) {
            return flags;
        }
        if (isRefusal(translation) && !isRefusal(source)) {
            flags.add(QualityFlag.REFUSAL);
        }
        if (sourceLanguage != target && isEcho(source, translation)) {
            flags.add(QualityFlag.ECHO);
        }
        if (!inScript(source, translation, target)) {
            flags.add(QualityFlag.WRONG_SCRIPT);
        }
        if (wrongLanguage(translation, target)) {
            flags.add(QualityFlag.WRONG_LANGUAGE);
        }
        if (!missingNumbers(source, translation).isEmpty()) {
            flags.add(QualityFlag.MISSING_NUMBER);
        }
        for (GlossaryEntry term : terms) {
            if (!term.stems(target).isEmpty() && !GlossaryMatcher.mentions(translation, target, term)) {
                flags.add(QualityFlag.MISSING_TERM);
                break;
            }
        }
        if (!lengthPlausible(source, translation, sourceLanguage, target)) {
            flags.add(QualityFlag.LENGTH_RATIO);
        }
        return flags;
    }

    static boolean isRefusal(String text) {
        String folded = GlossaryMatcher.fold(text).replaceAll("\\s+", " ");
        for (Pattern p : REFUSALS) {
            if (p.matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isEcho(String source, String translation) {
        String s = GlossaryMatcher.fold(source).replaceAll("\\s+", " ");
        String t = GlossaryMatcher.fold(translation).replaceAll("\\s+", " ");
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= MIN_LETTERS_FOR_ECHO && t.contains(s);
    }

    /** Words copied from the source (names, titles of foreign papers) do not count against the script. */
    static boolean inScript(String source, String translation, Language target) {
        Set<String> sourceWords = new HashSet<>(List.of(GlossaryMatcher.fold(source).split("[^\\p{L}\\p{N}]+")));
        long letters = 0;
        long inTarget = 0;
        for (String word : GlossaryMatcher.fold(translation).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || sourceWords.contains(word)) {
                continue;
            }
            for (int cp : word.codePoints().toArray()) {
                if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.UnicodeScript.of(cp) == target.script()) {
                        inTarget++;
                    }
                }
            }
        }
        return letters < 3 || inTarget >= letters * MIN_SCRIPT_SHARE;
    }

    boolean wrongLanguage(String translation, Language target) {
        long letters = translation.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS_FOR_LANGUAGE) {
            return false;
        }
        LanguageDetection detection = detector.detect(translation);
        return detection.detected() && detection.language() != target;
    }

    /** Numbers of the source (digits only, so grouping and decimal marks may differ) not in the translation. */
    static List<String> missingNumbers(String source, String translation) {
        Set<String> found = numbers(translation);
        List<String> missing = new ArrayList<>();
        for (String n : numbers(source)) {
            if (!found.contains(n)) {
                missing.add(n);
            }
        }
        return missing;
    }

    static Set<String> numbers(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll("\\D", ""));
        }
        return out;
    }

    static boolean lengthPlausible(String source, String translation, Language sourceLanguage, Language target) {
        if (sourceLanguage == target || source.strip().length() < MIN_CHARS_FOR_RATIO) {
            return true;
        }
        double[] bounds = RATIO_BOUNDS[sourceLanguage.ordinal()][target.ordinal()];
        double ratio = (double) translation.strip().length() / source.strip().length();
        return ratio >= bounds[0] && ratio <= bounds[1];
    }
}
