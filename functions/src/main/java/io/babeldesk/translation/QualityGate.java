package io.babeldesk.translation;

import io.babeldesk.article.Language;
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
 * Checks one translated segment against its source: language, script, numbers both ways (digits
 * and small number words), proper names across scripts, glossary terms, length, refusals and
 * echoes. Segment count, order and truncation are checked per model call by the engine.
 * {@link #findings} gives each failed check with a reason an editor can read, hard or soft
 * ({@link Finding#hard()}, weighed per article by {@link ReviewBudget}).
 *
 * <p>Measured with {@code babeldesk check} on the parallel news corpus kept beside the project
 * (957 English news sentences with professional ru, hy and az translations, en→ru/hy/az and back):
 * the human translations pass 97.4-99.0% per direction (the rest: numbers the translators
 * wrote otherwise, "6-foot-6" as "двухметровый"; names they translated, "North", "Верховный суд";
 * "EU" for a glossary's "European Union"); the source sent back or another language's text is caught
 * 99.4-100%, one number changed 98.6-100%, the first half of the translation 92-97% (it stops
 * mid-sentence at a fraction of the usual length), a sentence of another article where the source
 * has a number or a capitalised word 83-85% (numbers, and names both ways).
 */
public final class QualityGate {
    /**
     * Segments with fewer letters than this are judged by script alone: lingua tells English
     * from Azerbaijani reliably only on longer text. Names copied from the source are left out
     * first (a list of channel names reads as English).
     */
    static final int MIN_LETTERS_FOR_LANGUAGE = 40;
    /**
     * Share of letters (names copied from the source aside) that must be in the target script:
     * correct translations keep some Latin titles (0.8 raised 13 false alarms on the corpus, 0.7
     * raises 4); a reply in the wrong script scores near 0.
     */
    static final double MIN_SCRIPT_SHARE = 0.7;
    /** Below this many source characters length ratios of correct translations vary too much. */
    static final int MIN_CHARS_FOR_RATIO = 40;
    /**
     * Echo only counts on segments long enough that a real translation cannot equal the source:
     * "Elite League: Dundee Stars 5-3 Belfast Giants" is its own correct Armenian translation.
     */
    static final int MIN_LETTERS_FOR_ECHO = 40;
    /**
     * Target/source character ratio bounds, [source][target], on sentences of 40 characters or
     * more: the 0.5th percentile of the parallel corpus (a translation shorter than 199 in 200
     * human ones has most likely lost a part: half a sentence is caught 70-93% of the time) and the
     * 99.5th percentile times 1.25.
     */
    private static final double[][][] RATIO_BOUNDS = {
            {null, {0.66, 2.36}, {0.66, 2.10}, {0.70, 2.20}},
            {{0.47, 1.82}, null, {0.53, 1.98}, {0.60, 2.19}},
            {{0.55, 1.83}, {0.58, 2.21}, null, {0.58, 2.06}},
            {{0.49, 1.70}, {0.54, 2.03}, {0.58, 1.99}, null},
    };
    /**
     * Median target/source character ratio of the same corpus, [source][target]. A translation that
     * stops mid-sentence and is shorter than {@link #INCOMPLETE_SHARE} of this has lost its end;
     * one that stops mid-sentence at full length is a translator's missing full stop.
     */
    private static final double[][] MEDIAN_RATIO = {
            {0, 1.10, 1.06, 1.08},
            {0.91, 0, 0.97, 0.98},
            {0.94, 1.02, 0, 1.01},
            {0.92, 1.01, 0.98, 0},
    };
    static final double INCOMPLETE_SHARE = 0.8;
    /**
     * A translation that stops mid-sentence below this share of the usual length is a hard finding:
     * on the parallel corpus 1 correct sentence in about 5,400 does, and 88% of first halves.
     */
    static final double INCOMPLETE_HARD_SHARE = 0.6;
    /**
     * A length under this share of the usual one, or over {@link #EXTREME_LONG} times it, is a hard
     * finding: 1 correct translation in about 5,400 of the parallel corpus is that short (0.5th
     * percentile 0.52-0.65), none that long ("OK" for a paragraph is far shorter).
     */
    static final double EXTREME_SHORT = 0.4;
    static final double EXTREME_LONG = 2.5;
    /** A length ratio this far from the pair's median (|ln|, about 1.57x either way) backs a name mismatch. */
    static final double ODD_LENGTH = 0.45;
    /** Digit groups, decimals and space-grouped thousands ("2,000", "2 000", "9.7", "9,7"). */
    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?!\\d)|\\d+(?:[.,'’]\\d+)*");
    /** Written as folded text ({@link GlossaryMatcher#fold}), which is what they are matched against. */
    private static final List<Refusal> REFUSALS = List.of(
            Refusal.of("^(i'm|i am)? ?sorry[,.!]? *(but )?i (can't|cannot|can not|won't|am unable|'m unable|am not able)"),
            Refusal.of("^i (can't|cannot|won't|am unable to|'m unable to|am not able to) (help|assist|translate|comply|do that|fulfil|fulfill|provide|process)"),
            Refusal.of("\\bas an ai\\b|\\bas a language model\\b", "as a"),
            Refusal.of("^(извините|простите|к сожалению)[,.!]? *(но )?я не (могу|буду|смогу)"),
            Refusal.of("^я не (могу|буду|смогу) (помочь|перевести|выполнить|это)"),
            Refusal.of("как (языковая модель|ии|искусственный интеллект)[, ]", "как "),
            Refusal.of("^(ներեցեք|ցավոք)[,.!]?.{0,40}չեմ կարող"),
            Refusal.of("^ես չեմ կարող (օգնել|թարգմանել|կատարել)"),
            Refusal.of("^(bağışlayın|üzr istəyirəm|təəssüf ki)[,.!]?.{0,40}(bilmərəm|bilmirəm)"),
            Refusal.of("^mən (bunu )?(tərcümə|yerinə yetir|kömək).{0,20}(bilmərəm|bilmirəm)"));

    /**
     * One refusal pattern, folded. One that opens with {@code ^} (and has no top-level
     * alternative) can only match at the start, so only the start is tried; one that may match
     * anywhere is tried only when the text holds the literal every match of it contains.
     */
    record Refusal(Pattern pattern, boolean atStart, String mustContain) {
        static Refusal of(String regex) {
            return of(regex, "");
        }

        static Refusal of(String regex, String mustContain) {
            String folded = GlossaryMatcher.fold(regex);
            // the literal is written lowercase, as folded text is
            return new Refusal(Pattern.compile(folded), anchoredAtStart(folded), mustContain);
        }

        boolean foundIn(String foldedOneLine) {
            if (!foldedOneLine.contains(mustContain)) {
                return false;
            }
            Matcher m = pattern.matcher(foldedOneLine);
            return atStart ? m.lookingAt() : m.find();
        }
    }

    /** Whether a regex starts with {@code ^} and has no {@code |} outside groups and classes. */
    static boolean anchoredAtStart(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    static List<Refusal> refusals() {
        return REFUSALS;
    }

    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private final LanguageDetector detector;
    /** The facts of the sources checked last: each comes back once per target language. */
    private final SourceFacts.Cache sources = new SourceFacts.Cache();

    public QualityGate(LanguageDetector detector) {
        this.detector = detector;
    }

    /** The checks a translated segment fails; empty when it passes. */
    public Set<QualityFlag> review(String source, String translation, Language sourceLanguage, Language target,
                                   List<GlossaryEntry> terms) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        for (Finding f : findings(source, translation, sourceLanguage, target, terms)) {
            flags.add(f.flag());
        }
        return flags;
    }

    /** The checks a translated segment fails, each with its reason, in the order they are made. */
    public List<Finding> findings(String source, String translation, Language sourceLanguage, Language target,
                                  List<GlossaryEntry> terms) {
        List<Finding> out = new ArrayList<>();
        if (source.isBlank()) {
            return out;
        }
        // the translation is folded once for every check that reads it folded
        String folded = GlossaryMatcher.fold(translation);
        String foldedOneLine = oneLine(folded);
        if (isRefusalFolded(foldedOneLine) && !isRefusal(source)) {
            out.add(new Finding(QualityFlag.REFUSAL, "the reply declines to translate"));
        }
        // the source is read once for all its target languages, the folded translation's words once for every check
        SourceFacts facts = sources.of(source, sourceLanguage);
        String foldedSource = facts.foldedOneLine;
        boolean sameText = foldedSource.equals(foldedOneLine);
        List<String> sourceWordList = facts.words;
        List<String> foldedWords = TextRuns.words(folded);
        if (sourceLanguage != target && (isEchoFolded(foldedSource, foldedOneLine)
                || sameText && (isShortEcho(source) || isTitleEcho(source, sourceLanguage, target)))) {
            out.add(new Finding(QualityFlag.ECHO, "the source is returned untranslated"));
        } else if (sourceLanguage != target) {
            String run = EchoRuns.untranslated(source, sourceWordList, folded, foldedWords);
            if (run != null) {
                out.add(new Finding(QualityFlag.ECHO, "part of the source is left untranslated: \u201c" + run
                        + "\u201d"));
            }
        }
        java.util.function.Predicate<String> sourceWords = facts::copied;
        if (!inScriptFolded(sourceWords, foldedWords, target)) {
            out.add(new Finding(QualityFlag.WRONG_SCRIPT, "too few letters in the " + target.script().name().toLowerCase(java.util.Locale.ROOT) + " script"));
        }
        Language detected = detectedLanguage(sourceWords, translation, target);
        if (detected != null) {
            out.add(new Finding(QualityFlag.WRONG_LANGUAGE, "reads as " + detected.englishName() + ", not " + target.englishName()));
        }
        // each side's numbers are read once, for both directions
        List<NumberMention> sourceNumbers = facts.numbers;
        List<NumberMention> translationNumbers = numbers(translation);
        List<String> missing = missingNumbers(sourceNumbers, translationNumbers, translation);
        if (!missing.isEmpty()) {
            out.add(new Finding(QualityFlag.MISSING_NUMBER, "number " + String.join(", ", missing) + " of the source not in the translation"));
        }
        List<String> added = missingNumbers(translationNumbers, sourceNumbers, source);
        if (!added.isEmpty()) {
            // a number the source gives only roughly ("decades ago", "более 30 лет назад") is a soft finding
            boolean rough = roughlyInSource(added, source);
            out.add(new Finding(QualityFlag.ADDED_NUMBER, "number " + String.join(", ", added) + " not in the source"
                    + (rough ? " (the source gives it roughly, in words)" : ""), !rough));
        }
        if (sourceLanguage != target) {
            out.addAll(monthFindings(facts.months, translation, target));
            if (Quotations.lostFrom(facts.quotes, translation)) {
                out.add(new Finding(QualityFlag.MISSING_QUOTE, "the source quotes someone; the translation has no "
                        + "quotation marks"));
            }
        }
        for (GlossaryEntry term : terms) {
            if (!term.stems(target).isEmpty() && !GlossaryMatcher.mentionsFolded(folded, target, term)
                    && !term.acronym(target).map(a -> TextRuns.hasWord(translation, a)).orElse(false)) {
                // a person's name not in the house spelling (Pashinyan as Pashayan) is a political error
                out.add(new Finding(QualityFlag.MISSING_TERM, "glossary term " + term.term() + " not rendered as "
                        + term.rendering(target).orElse(term.term()), PERSON.equals(term.kind())));
                break;
            }
        }
        if (sourceLanguage != target) {
            out.addAll(nameFindings(facts, translation, folded, foldedWords, target, terms));
        }
        double share = shareOfUsualLength(source, translation, sourceLanguage, target);
        if (endsSentence(source) && stopsMidSentence(translation) && share < INCOMPLETE_SHARE) {
            // cut at well under the usual length: a part is lost, not a full stop
            out.add(new Finding(QualityFlag.INCOMPLETE, "the translation stops mid-sentence: \u2026"
                    + tail(translation), share < INCOMPLETE_HARD_SHARE));
        }
        if (!lengthPlausible(source, translation, sourceLanguage, target)) {
            boolean extreme = share < EXTREME_SHORT || share > EXTREME_LONG;
            out.add(new Finding(QualityFlag.LENGTH_RATIO, String.format(java.util.Locale.ROOT,
                    "%d characters for %d in the source", translation.strip().length(), source.strip().length()),
                    extreme));
        }
        return out;
    }

    /** The months of a date, both ways: a date whose month changed is a wrong fact even with its day right. */
    private static List<Finding> monthFindings(int named, String translation, Language to) {
        int rendered = Months.named(translation, to);
        if (named == rendered) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(2);
        int missing = named & ~rendered;
        int added = rendered & ~named;
        if (missing != 0) {
            out.add(new Finding(QualityFlag.MISSING_NUMBER, "month " + String.join(", ", Months.names(missing))
                    + " of the source not in the translation"));
        }
        if (added != 0) {
            // a month in place of another is a wrong date; one the source leaves out may be the translator's
            out.add(new Finding(QualityFlag.ADDED_NUMBER, "month " + String.join(", ", Months.names(added))
                    + " not in the source", missing != 0));
        }
        return out;
    }

    /** The glossary kind whose missing rendering is a hard finding. */
    static final String PERSON = "person";

    /**
     * Whether every added number is a small multiple of a rough quantity of the source ("decades":
     * 20 to 90), which a translator may have made precise.
     */
    private static boolean roughlyInSource(List<String> added, String source) {
        Set<Integer> units = NumberWords.roughUnits(GlossaryMatcher.fold(source));
        if (units.isEmpty()) {
            return false;
        }
        for (String number : added) {
            boolean rough = false;
            for (java.math.BigDecimal value : readings(number)) {
                for (int unit : units) {
                    java.math.BigDecimal[] qr = value.divideAndRemainder(java.math.BigDecimal.valueOf(unit));
                    rough |= qr[1].signum() == 0 && qr[0].intValue() >= 2 && qr[0].intValue() <= 9;
                }
            }
            if (!rough) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names both ways. The source's names missing from the translation, or names of the
     * translation the source does not have, are weak evidence alone (one name in three is
     * translated rather than transliterated); together, or with a length far from the usual one,
     * they point to a text that says something else. Calibrated on the parallel corpus: human
     * translations keep 97.1-98.5% clean per direction; a sentence of another article is caught
     * 83-85%.
     */
    private static List<Finding> nameFindings(SourceFacts facts, String translation, String folded,
                                              List<String> foldedWords, Language to, List<GlossaryEntry> terms) {
        List<Finding> out = new ArrayList<>();
        String source = facts.text;
        Language from = facts.language;
        // only a side whose every name is missing makes a finding: each stops at its first name carried
        Names.Result missing = Names.compare(facts.names(to, terms), from, to,
                new Names.Text(folded, to, foldedWords), terms, true, true);
        Names.Result foreign = Names.compare(Names.scanned(translation, to, from, terms), to, from, facts.lookedIn,
                terms, false, true);
        boolean sourceLost = missing.names() >= 1 && missing.missing().size() == missing.names();
        boolean allForeign = foreign.names() >= 1 && foreign.missing().size() == foreign.names();
        boolean oddLength = lengthDeviation(source, translation, from, to) > ODD_LENGTH;
        if (missing.noneCarried() || sourceLost && (oddLength || allForeign && missing.names() + foreign.names() >= 3)) {
            out.add(new Finding(QualityFlag.MISSING_NAME, "name " + String.join(", ", missing.missing())
                    + " of the source not in the translation (" + missing.missing().size() + " of "
                    + missing.names() + ")"));
        }
        if (allForeign && (foreign.names() >= 3 || oddLength || sourceLost && missing.names() + foreign.names() >= 3)) {
            out.add(new Finding(QualityFlag.ADDED_NAME, "name " + String.join(", ", foreign.missing())
                    + " of the translation not in the source"));
        }
        return out;
    }

    /**
     * Refusal, script and language of a text that should be written in {@code expected} (a
     * summary): words copied from {@code namesFrom} (its article: names, titles) do not count
     * against the script or the language.
     */
    public List<Finding> languageFindings(String text, Language expected, String namesFrom) {
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String folded = GlossaryMatcher.fold(text);
        if (isRefusalFolded(oneLine(folded))) {
            out.add(new Finding(QualityFlag.REFUSAL, "the reply declines the task"));
        }
        Set<String> copied = words(namesFrom);
        if (!inScriptFolded(copied, folded, expected)) {
            out.add(new Finding(QualityFlag.WRONG_SCRIPT, "too few letters in the "
                    + expected.script().name().toLowerCase(java.util.Locale.ROOT) + " script"));
        }
        Language detected = detectedLanguage(copied::contains, text, expected);
        if (detected != null) {
            out.add(new Finding(QualityFlag.WRONG_LANGUAGE, "reads as " + detected.englishName() + ", not "
                    + expected.englishName()));
        }
        return out;
    }

    /** How far the length ratio is from the usual one for the pair, as |ln(ratio / median)|; 0 on short sources. */
    private static double lengthDeviation(String source, String translation, Language from, Language to) {
        double share = shareOfUsualLength(source, translation, from, to);
        return Double.isNaN(share) ? 0 : Math.abs(Math.log(share));
    }

    /**
     * The translation's length over the length usual for its source ({@link #MEDIAN_RATIO}); NaN,
     * which compares false, when there is nothing to compare: same language, a short source, or no text.
     */
    private static double shareOfUsualLength(String source, String translation, Language from, Language to) {
        if (from == to || source.strip().length() < MIN_CHARS_FOR_RATIO || translation.isBlank()) {
            return Double.NaN;
        }
        double ratio = (double) translation.strip().length() / source.strip().length();
        return ratio / MEDIAN_RATIO[from.ordinal()][to.ordinal()];
    }

    /** Whether a text ends a sentence: its last mark (closing quotes and brackets aside) is . ! ? or an ellipsis. */
    static boolean endsSentence(String text) {
        int i = lastMeaningful(text);
        return i >= 0 && ".!?…։".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether a text stops in the middle of a sentence: on a letter, a digit, a comma or a dash. */
    static boolean stopsMidSentence(String text) {
        int i = lastMeaningful(text);
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || ",;—–-՝".indexOf(c) >= 0;
    }

    private static int lastMeaningful(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'»”’)]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(t.length() - 40);
    }

    /**
     * Numbers and proper names of a text written from an article (its summary, or a translation of
     * that summary) that the article does not have: numbers match through other grouping and decimal
     * marks, scale words and number words; names across scripts, as the translation checks match them.
     */
    public List<Finding> unsupported(String text, Language language, String article, Language articleLanguage,
                                     List<GlossaryEntry> glossary) {
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        // the article's numbers are read only when the text has some to look up
        ArticleFacts facts = ArticleFacts.of(article, articleLanguage);
        List<NumberMention> textNumbers = numbers(text);
        List<String> added = textNumbers.isEmpty() ? List.of()
                : missingNumbers(textNumbers, facts.numbers(), article);
        if (!added.isEmpty()) {
            out.add(new Finding(QualityFlag.ADDED_NUMBER, "number " + String.join(", ", added) + " not in the article"));
        }
        Names.Unsupported found = Names.unsupported(text, language, facts, glossary);
        List<String> names = new ArrayList<>(found.terms());
        // in another language than the article's, a name's words may be translated rather than
        // transliterated (Комитет, Ժողով, Məclis for Committee, Assembly): one such name is no
        // evidence; two or more that are most of the text's names are
        boolean othersCount = language == articleLanguage
                || found.others().size() >= 2 && found.others().size() * 2 > found.names();
        if (othersCount) {
            names.addAll(found.others());
        }
        if (!names.isEmpty()) {
            out.add(new Finding(QualityFlag.ADDED_NAME, "name " + String.join(", ", names)
                    + " not in the article"));
        }
        return out;
    }

    static boolean isRefusal(String text) {
        return isRefusalFolded(oneLine(GlossaryMatcher.fold(text)));
    }

    /** {@link #isRefusal} of a text already folded and put on one line. */
    private static boolean isRefusalFolded(String foldedOneLine) {
        for (Refusal r : REFUSALS) {
            if (r.foundIn(foldedOneLine)) {
                return true;
            }
        }
        return false;
    }

    static boolean isEcho(String source, String translation) {
        return isEchoFolded(oneLine(GlossaryMatcher.fold(source)), oneLine(GlossaryMatcher.fold(translation)));
    }

    private static boolean isEchoFolded(String s, String t) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= MIN_LETTERS_FOR_ECHO && t.contains(s);
    }

    /**
     * Of a short segment (a title, a heading, a caption) sent back as it came: whether it has at
     * least one word that is not capitalised, so is not a line of names and numbers
     * ("Elite League: Dundee Stars 5-3 Belfast Giants" stays its own translation).
     */
    private static boolean isShortEcho(String source) {
        for (String word : TextRuns.words(source)) {
            if (word.length() >= 3 && Character.isLowerCase(word.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of a headline sent back as it came: whether it is one in title case between English and
     * Azerbaijani ("Peskov Calls Talks Useful"). No word in lower case tells it from a line of
     * names, so it counts when it has three words or more, no number (a results line, "Elite
     * League: Dundee Stars 5-3 Belfast Giants", keeps its names and score in every language) and
     * reads as its source language.
     */
    private boolean isTitleEcho(String source, Language from, Language to) {
        if (from.script() != to.script()) {
            return false;
        }
        int words = 0;
        for (String word : TextRuns.words(source)) {
            if (!Character.isLetter(word.codePointAt(0))) {
                return false;
            }
            words++;
        }
        return words >= TITLE_ECHO_WORDS && detector.confidence(source, from) >= TITLE_ECHO_CONFIDENCE;
    }

    private static final int TITLE_ECHO_WORDS = 3;
    private static final double TITLE_ECHO_CONFIDENCE = 0.9;

    /** Every run of whitespace as one space. */
    private static String oneLine(String text) {
        return TextRuns.oneSpace(text);
    }

    /** Words copied from the source (names, titles of foreign papers) do not count against the script. */
    static boolean inScript(String source, String translation, Language target) {
        return inScriptFolded(words(source), GlossaryMatcher.fold(translation), target);
    }

    private static boolean inScriptFolded(Set<String> sourceWords, String foldedTranslation, Language target) {
        return inScriptFolded(sourceWords::contains, TextRuns.words(foldedTranslation), target);
    }

    /** {@link #inScriptFolded(Set, String, Language)} of the folded translation's words. */
    private static boolean inScriptFolded(java.util.function.Predicate<String> sourceWords, List<String> foldedWords,
                                          Language target) {
        long letters = 0;
        long inTarget = 0;
        Character.UnicodeScript script = target.script();
        for (String word : foldedWords) {
            if (sourceWords.test(word)) {
                continue;
            }
            for (int i = 0; i < word.length(); ) {
                int cp = TextRuns.codePointAt(word, i);
                i += Character.charCount(cp);
                Character.UnicodeScript of = TextRuns.letterScript(cp);
                if (of != null) {
                    letters++;
                    if (of == script) {
                        inTarget++;
                    }
                }
            }
        }
        return letters < 3 || inTarget >= letters * MIN_SCRIPT_SHARE;
    }

    /** Names and titles copied from the source are left out: a list of channel names reads as English. */
    /**
     * The source's names: capitalised words and words with digits, folded. A translation may copy
     * them as they are (channel names, titles of foreign papers); ordinary words it may not.
     */
    private static Set<String> words(String text) {
        return copyable(TextRuns.words(text));
    }

    /** {@link #words(String)} of a text's words ({@link TextRuns#words}). */
    static Set<String> copyable(List<String> textWords) {
        Set<String> out = new HashSet<>();
        for (String word : textWords) {
            if (Character.isUpperCase(word.codePointAt(0)) || hasDigit(word)) {
                out.add(GlossaryMatcher.fold(word));
            }
        }
        return out;
    }

    static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** English words that a short Azerbaijani text does not have. */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "is", "was", "for",
            "with", "on", "that", "by", "from", "at", "as", "has", "have", "are", "were", "will", "its", "his", "her",
            "their", "after", "over", "into", "says", "said");

    /**
     * Too short for lingua, told apart by the letters and words only one of the two Latin languages
     * has: ə, ğ and dotless ı are Azerbaijani; two English function words and no Azerbaijani letter
     * are English.
     */
    private static Language shortTextLanguage(String own, Language target) {
        if (target == Language.EN && own.codePoints().anyMatch(c -> c == 'ə' || c == 'Ə' || c == 'ğ' || c == 'ı')) {
            return Language.AZ;
        }
        if (target == Language.AZ && !TextRuns.hasAzerbaijaniLetter(own)) {
            int english = 0;
            for (String word : TextRuns.words(own.toLowerCase(java.util.Locale.ROOT))) {
                english += ENGLISH_WORDS.contains(word) ? 1 : 0;
            }
            return english >= 2 ? Language.EN : null;
        }
        return null;
    }

    boolean wrongLanguage(String source, String translation, Language target) {
        return wrongLanguage(words(source)::contains, translation, target);
    }

    /**
     * Whether lingua and the script rules place the translation's own words (the source's names
     * aside) in another language than the target. Only the verdict is needed, not lingua's
     * confidence in it.
     */
    private boolean wrongLanguage(java.util.function.Predicate<String> sourceWords, String translation, Language target) {
        return detectedLanguage(sourceWords, translation, target) != null;
    }

    /** The other language the translation reads as, or null when it reads as the target or is too short to tell. */
    private Language detectedLanguage(java.util.function.Predicate<String> sourceWords, String translation,
                                      Language target) {
        if (inOwnScript(translation, target)) {
            // leaving out the source's words (names in another script, no ə) cannot change that
            return null;
        }
        StringBuilder own = new StringBuilder();
        for (String word : TextRuns.words(translation)) {
            if (!sourceWords.test(TextRuns.foldedWord(word))) {
                own.append(word).append(' ');
            }
        }
        long letters = own.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS_FOR_LANGUAGE) {
            return shortTextLanguage(own.toString(), target);
        }
        if (inOwnScript(own, target)) {
            // Russian is the only Cyrillic language of the four, Armenian the only Armenian one and
            // Azerbaijani the only one with ə: the detector could answer only the target or none,
            // and neither is a finding
            return null;
        }
        Language detected = detector.language(own.toString());
        return detected != null && detected != target ? detected : null;
    }

    /** Share of letters in the target's script above which a Russian or Armenian text needs no detector. */
    static final double OWN_SCRIPT_SHARE = 0.95;

    /** Share of letters that are ə above which a Latin text for an Azerbaijani target needs no detector. */
    static final double SCHWA_SHARE = 0.03;

    /**
     * Whether a text for a Russian or Armenian target is written, nearly all of it, in that
     * language's script; or one for an Azerbaijani target in Latin letters with ə as often as
     * Azerbaijani has it (about one letter in twelve; no other language the detector knows writes it).
     */
    private static boolean inOwnScript(CharSequence text, Language target) {
        if (target == Language.EN) {
            return false;
        }
        int letters = 0;
        int own = 0;
        int schwa = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeScript of = TextRuns.letterScript(c);
            if (of != null) {
                letters++;
                own += of == target.script() ? 1 : 0;
                schwa += c == '\u0259' || c == '\u018f' ? 1 : 0;
            }
        }
        return letters > 0 && own >= OWN_SCRIPT_SHARE * letters
                && (target != Language.AZ || schwa >= SCHWA_SHARE * letters);
    }

    /**
     * Numbers of the source that the translation does not carry. A number counts as carried when
     * one reading of it has the same value as a reading of a number in the translation: grouping
     * and decimal marks differ between the languages ("2,000", "2 000", "2.000"; "9.7", "9,7"), a
     * scale word may follow ("10,000" and "10 тысяч", "2.5 million" and "2,5 մլն"), times are
     * written "7.55", "07:55" or "5.30pm" and "17:30", a decade "the 1930s" or "30-е годы", and a
     * quantity in miles, pounds, inches, yards, feet or degrees Fahrenheit is given in metric units
     * ("30 yards" and "27 метрах", "80 degrees" and "27 градусов"), rounded as translators round.
     */
    static List<String> missingNumbers(String source, String translation) {
        return missingNumbers(numbers(source), numbers(translation), translation);
    }

    /**
     * {@link #missingNumbers(String, String)} of numbers already read ({@link #numbers}): {@code here}
     * of the source, {@code there} of the translation, which is read again only for number words.
     */
    private static List<String> missingNumbers(List<NumberMention> here, List<NumberMention> there,
                                               String translation) {
        if (here.isEmpty()) {
            return List.of();
        }
        Set<java.math.BigDecimal> found = new HashSet<>();
        Set<String> runs = new HashSet<>();
        Set<Integer> unitsThere = new HashSet<>();
        for (NumberMention n : there) {
            found.addAll(n.readings());
            runs.addAll(n.runs());
            unitsThere.add(n.unit());
        }
        List<String> missing = new ArrayList<>();
        Set<java.math.BigDecimal> inWords = null;
        for (NumberMention n : here) {
            if (n.text().length() > 1 && n.text().chars().allMatch(c -> c == '0')) {
                // "00" of "15:00": the hour carries the time
                continue;
            }
            boolean carried = n.readings().stream().anyMatch(found::contains) || runs.containsAll(n.runs())
                    || convertedIn(n, there, unitsThere);
            // only plain small numbers are written as words: "2,000" is not "two"
            if (!carried && n.runs().size() == 1 && n.text().length() <= 3) {
                if (inWords == null) {
                    // read only when digits did not carry a number: most segments never need it
                    inWords = new HashSet<>();
                    for (java.math.BigDecimal v : NumberWords.values(GlossaryMatcher.fold(translation))) {
                        inWords.add(v.stripTrailingZeros());
                    }
                }
                carried = n.readings().stream().anyMatch(inWords::contains);
            }
            if (!carried) {
                missing.add(n.text());
            }
        }
        return missing;
    }

    /**
     * Whether a number is given in the other text in the other unit system: an imperial quantity
     * as its metric value, or a metric one as an imperial quantity there. An imperial quantity is
     * compared with metric ones only when the other text does not keep its unit ("30 meters (100
     * feet)" and "30 метров (107 футов)" compare feet with feet).
     */
    private static boolean convertedIn(NumberMention n, List<NumberMention> there, Set<Integer> unitsThere) {
        if (n.unit() >= 0) {
            if (unitsThere.contains(n.unit())) {
                return false;
            }
            for (NumberMention t : there) {
                if (t.unit() < 0 && nearConversion(t, n.converted())) {
                    return true;
                }
            }
            return false;
        }
        for (NumberMention t : there) {
            if (t.unit() >= 0 && nearConversion(n, t.converted())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a metric number as written is one of the converted values, rounded as translators
     * round: "27" within 1, "2,5" within 0.5, "65" within 1.25, "300" within 25, with
     * {@link #CONVERTED_TOLERANCE} of the value on top.
     */
    private static boolean nearConversion(NumberMention metric, List<Double> converted) {
        for (java.math.BigDecimal r : metric.readings()) {
            java.math.BigDecimal stripped = r.stripTrailingZeros();
            // the last written digit: "300" is rounded to the hundred, "27" to the unit, "65" to the five
            double step = java.math.BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale()).doubleValue()
                    * (stripped.scale() >= 0 && stripped.unscaledValue().mod(java.math.BigInteger.TEN).intValue() == 5
                    ? 5 : 1);
            // a unit or a decimal may be rounded either way ("3 inches" as "7 см"); tens and hundreds closer
            double slack = step <= 1 ? step : step / 4;
            for (double c : converted) {
                if (c > 0 && Math.abs(r.doubleValue() - c) <= slack + CONVERTED_TOLERANCE * c) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Slack of a conversion on top of the rounding to the last written digit. */
    static final double CONVERTED_TOLERANCE = 0.005;

    /**
     * A number as written, the values it can be read as, its digit runs without leading zeros, the
     * imperial unit after it ({@link #IMPERIAL}'s group, -1 for none) and its metric values.
     */
    record NumberMention(String text, Set<java.math.BigDecimal> readings, List<String> runs, int unit,
                         List<Double> converted) {
    }

    /** Imperial units a number may be given in, one group each, in the four languages. */
    private static final Pattern IMPERIAL = Pattern.compile(
            "^[\\s\u00a0-]*(?:(miles?\\b|mph\\b|մղոն|mil\\b|мил[ьяие]|милях)|(pounds?\\b|lbs?\\b|фунт|ֆունտ|funt)"
                    + "|(inch(?:es)?\\b|дюйм|դյույմ|düym)|(yards?\\b|ярд|յարդ)|(feet\\b|foot\\b|ft\\b|фут|ֆուտ|fut\\b)"
                    + "|(degrees?\\b|°\\s?f\\b|fahrenheit))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Metric value per imperial unit, in the order of {@link #IMPERIAL}'s groups (Fahrenheit apart). */
    private static final double[] METRIC = {1.609344, 0.45359237, 2.54, 0.9144, 0.3048};
    /** What joins the two ends of a range ("2 to 4 inches", "5–10 см"): the unit after the second is the first's too. */
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:to|or|and|-|–|—|до|или|и|և|կամ|ilə|və|-dən|-dan)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The metric values of a number followed by an imperial unit; empty when none follows. */
    private static List<Double> converted(Set<java.math.BigDecimal> readings, int unit) {
        if (unit < 0) {
            return List.of();
        }
        List<Double> out = new ArrayList<>();
        for (java.math.BigDecimal r : readings) {
            double v = r.doubleValue();
            out.add(unit < METRIC.length ? v * METRIC[unit] : (v - 32) * 5 / 9);
        }
        return out;
    }

    /** The index of the imperial unit right after a number ({@link #IMPERIAL}'s group, 0-based), or -1. */
    private static int imperialUnit(String after) {
        if (!startsWithOneOf(after, true, IMPERIAL_STARTS)) {
            return -1;
        }
        Matcher m = IMPERIAL.matcher(after);
        if (!m.find()) {
            return -1;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g - 1;
            }
        }
        return -1;
    }

    /**
     * The first letters (and marks) of {@link #IMPERIAL}'s and {@link #SCALE}'s words, in lower case:
     * most numbers are followed by neither, and the patterns are tried only after one of these.
     */
    private static final String IMPERIAL_STARTS = "mpfildy°мфдяմֆդյ";
    private static final String SCALE_STARTS = "tmbтмհմ";
    /** A time of day as "3" or "5.30", and the mark between its hour and minutes. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(?:[.:]\\d{2})?");
    private static final Pattern CLOCK_MARK = Pattern.compile("[.:]");
    /** A year that may open a decade ("1930" of "the 1930s"). */
    private static final Pattern DECADE_YEAR = Pattern.compile("(?:19|20)\\d0");

    /**
     * Whether the first character of {@code after} past the spaces ({@code \\s} and no-break; and
     * hyphens when {@code dashes}) is one of {@code starts} in any case: what an anchored pattern of
     * words starting so, case-insensitive, needs before it can match.
     */
    private static boolean startsWithOneOf(String after, boolean dashes, String starts) {
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (TextRuns.isSpace(c) || c == '\u00a0' || dashes && c == '-') {
                continue;
            }
            return starts.indexOf(Character.toLowerCase(c)) >= 0
                    || starts.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
        }
        return false;
    }

    /** Whether {@link #AFTERNOON} can match: a p right after the number or after one space. */
    private static boolean mayBeAfternoon(String after) {
        int i = !after.isEmpty() && Character.isWhitespace(after.charAt(0)) ? 1 : 0;
        return i < after.length() && (after.charAt(i) == 'p' || after.charAt(i) == 'P');
    }

    /** A decade written with its century and an s ("1930s", "1930's"): also read as its last two digits ("30-е"). */
    private static final Pattern DECADE = Pattern.compile("^'?s\\b");

    static List<NumberMention> numbers(String text) {
        List<NumberMention> out = new ArrayList<>();
        List<Integer> units = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        // every number starts with a digit: the pattern is tried only where one is
        for (int at = nextDigit(text, 0); at >= 0; at = nextDigit(text, m.end())) {
            if (!m.region(at, text.length()).lookingAt()) {
                throw new IllegalStateException("a digit always starts a number");
            }
            String written = m.group();
            if (written.equals("0") && (m.end() < text.length() && Character.isLetter(text.charAt(m.end()))
                    && TextRuns.scriptOfLetter(text.charAt(m.end())) != Character.UnicodeScript.LATIN
                    || at > 0 && Character.isLetter(text.charAt(at - 1)))) {
                // a zero typed for the letter o inside a word ("0ведены"), not a number
                continue;
            }
            // the scale word and "p.m." are read from the few characters after the number
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER_CHARS));
            java.math.BigDecimal scale = scale(after);
            Set<java.math.BigDecimal> readings = new HashSet<>();
            for (java.math.BigDecimal value : readings(written)) {
                readings.add(value.stripTrailingZeros());
                if (scale != null) {
                    readings.add(value.multiply(scale).stripTrailingZeros());
                }
            }
            if (mayBeAfternoon(after) && AFTERNOON.matcher(after).find() && CLOCK.matcher(written).matches()) {
                // "3 p.m." and "5.30pm" are written 15:00 and 17:30 in ru, hy and az
                for (java.math.BigDecimal value : readings(written)) {
                    readings.add(value.add(java.math.BigDecimal.valueOf(12)).stripTrailingZeros());
                }
                // "17:30" is two numbers: the hour carries the time
                readings.add(new java.math.BigDecimal(CLOCK_MARK.split(written)[0]).add(java.math.BigDecimal.valueOf(12)));
            }
            if (DECADE_YEAR.matcher(written).matches() && DECADE.matcher(after).find()) {
                readings.add(new java.math.BigDecimal(written.substring(2)).stripTrailingZeros());
            }
            List<String> runs = new ArrayList<>();
            for (String run : NON_DIGITS.split(written)) {
                String trimmed = LEADING_ZEROS.matcher(run).replaceFirst("");
                if (!trimmed.isEmpty()) {
                    runs.add(trimmed);
                }
            }
            units.add(imperialUnit(after));
            spans.add(new int[] {m.start(), m.end()});
            out.add(new NumberMention(written, readings, runs, -1, List.of()));
        }
        // the first end of a range takes the unit of the second: "2 to 4 inches"
        for (int i = units.size() - 2; i >= 0; i--) {
            if (units.get(i) < 0 && units.get(i + 1) >= 0
                    && RANGE_JOIN.matcher(text.substring(spans.get(i)[1], spans.get(i + 1)[0])).matches()) {
                units.set(i, units.get(i + 1));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            NumberMention n = out.get(i);
            if (units.get(i) >= 0) {
                out.set(i, new NumberMention(n.text(), n.readings(), n.runs(), units.get(i),
                        converted(n.readings(), units.get(i))));
            }
        }
        return out;
    }

    /** The index of the first ASCII digit ({@code \\d}) at or after {@code from}, or -1. */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A separator before exactly three digits may group thousands; the last separator may mark
     * decimals. "2,000" reads as 2000 or 2.0, "9.7" only as 9.7.
     */
    private static List<java.math.BigDecimal> readings(String written) {
        String[] parts = NOT_A_DIGIT.split(written);
        List<java.math.BigDecimal> out = new ArrayList<>();
        boolean grouped = true;
        for (int i = 1; i < parts.length; i++) {
            grouped &= parts[i].length() == 3;
        }
        if (grouped) {
            out.add(new java.math.BigDecimal(String.join("", parts)));
        }
        if (parts.length > 1) {
            boolean wholeGrouped = true;
            for (int i = 1; i < parts.length - 1; i++) {
                wholeGrouped &= parts[i].length() == 3;
            }
            if (wholeGrouped) {
                String whole = String.join("", java.util.Arrays.copyOf(parts, parts.length - 1));
                out.add(new java.math.BigDecimal(whole + "." + parts[parts.length - 1]));
            }
        }
        return out;
    }

    /** How far after a number its scale word or "p.m." is looked for. */
    private static final int AFTER_CHARS = 16;
    private static final Pattern AFTERNOON = Pattern.compile("^\\s?p\\.?m\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCALE = Pattern.compile(
            "^[\\s\u00a0]*(thousand|тыс|հազար|min\\b|minlərlə|million|mln|млн|миллион|միլիոն|մլն|milyon"
                    + "|billion|bn|млрд|миллиард|միլիարդ|մլրդ|milyard|mlrd)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static java.math.BigDecimal scale(String after) {
        if (!startsWithOneOf(after, false, SCALE_STARTS)) {
            return null;
        }
        Matcher m = SCALE.matcher(after.length() > AFTER_CHARS ? after.substring(0, AFTER_CHARS) : after);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (word.startsWith("thousand") || word.startsWith("тыс") || word.startsWith("հազար") || word.startsWith("min")
                && !word.startsWith("mln") && !word.startsWith("mil")) {
            return java.math.BigDecimal.valueOf(1_000);
        }
        if (word.startsWith("b") || word.startsWith("млрд") || word.startsWith("миллиард") || word.startsWith("միլիարդ")
                || word.startsWith("մլրդ")
                || word.startsWith("milyard") || word.startsWith("mlrd")) {
            return java.math.BigDecimal.valueOf(1_000_000_000);
        }
        return java.math.BigDecimal.valueOf(1_000_000);
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
