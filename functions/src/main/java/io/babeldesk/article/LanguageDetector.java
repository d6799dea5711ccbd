package io.babeldesk.article;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Detects which of babeldesk's languages a text is in, and says when it cannot tell.
 *
 * <p>The script decides Armenian and Cyrillic; lingua (with only the four models the Lambda ships)
 * tells English from Azerbaijani and gives the confidence. Since lingua restricted to four languages
 * calls German "English" and Bulgarian "Russian", each answer is checked: Russian must have none of
 * the letters of other Cyrillic alphabets, Azerbaijani its letter ə (or Turkic letters), and Russian
 * and English must read closer to themselves than to their neighbours in the same script (trigram
 * models of Bulgarian, Macedonian, Serbian, Ukrainian, Belarusian, Kazakh, Mongolian, German,
 * Turkish and four Romance and Germanic languages), down to one sentence.
 */
public final class LanguageDetector {
    private static final int MIN_LETTERS = 20;
    private static final int CHUNK_MIN_LETTERS = 60;
    private static final int MAX_SAMPLE_CHARS = 4000;
    private static final int MAX_CHUNKS = 40;
    private static final double MIXED_SHARE = 0.25;
    private static final double MIN_ENGLISH_COMMON_WORDS = 0.12;
    private static final double PROVEN_ENGLISH_COMMON_WORDS = 0.2;
    private static final int LETTERS_ALONE = 200;
    private static final int RUSSIAN_ONLY_LETTERS_PER = 100;
    private static final int NEIGHBOUR_SAMPLE_CHARS = 600;
    private static final double ENGLISH_MARGIN = 0.08;
    private static final Set<String> ENGLISH_COMMON = Set.of("the", "of", "and", "to", "in", "a", "is", "that",
            "for", "on", "it", "with", "as", "was", "he", "she", "by", "at", "from", "his", "her", "be", "are",
            "has", "have", "not", "this", "an", "were", "which", "said", "its", "but", "they", "or", "will",
            "their", "been", "also", "who", "had", "would", "after", "we", "i", "you", "there", "about", "than");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    // Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, Kyrgyz and Tajik letters Russian lacks
    private static final String OTHER_CYRILLIC = "іїєґўђјљњћџѓќѕәғқңөұүһӣӯҳҷ";
    private static final char FIRST_OTHER_CYRILLIC = (char) OTHER_CYRILLIC.chars().min().orElseThrow();
    private static final char LAST_OTHER_CYRILLIC = (char) OTHER_CYRILLIC.chars().max().orElseThrow();

    /**
     * Languages that share a script with a supported one and are read as it by letters alone: Cyrillic
     * neighbours of Russian, Latin neighbours of English and Azerbaijani. Only their trigram models are
     * shipped (low accuracy mode reads nothing else).
     */
    static final List<com.github.pemistahl.lingua.api.Language> NEIGHBOURS = List.of(
            com.github.pemistahl.lingua.api.Language.BULGARIAN,
            com.github.pemistahl.lingua.api.Language.MACEDONIAN,
            com.github.pemistahl.lingua.api.Language.SERBIAN,
            com.github.pemistahl.lingua.api.Language.UKRAINIAN,
            com.github.pemistahl.lingua.api.Language.BELARUSIAN,
            com.github.pemistahl.lingua.api.Language.KAZAKH,
            com.github.pemistahl.lingua.api.Language.MONGOLIAN,
            com.github.pemistahl.lingua.api.Language.GERMAN,
            com.github.pemistahl.lingua.api.Language.TURKISH,
            com.github.pemistahl.lingua.api.Language.DUTCH,
            com.github.pemistahl.lingua.api.Language.FRENCH,
            com.github.pemistahl.lingua.api.Language.SPANISH,
            com.github.pemistahl.lingua.api.Language.ITALIAN,
            com.github.pemistahl.lingua.api.Language.PORTUGUESE);

    private static final Set<com.github.pemistahl.lingua.api.Language> WITHOUT_RUSSIAN_ONLY_LETTERS = Set.of(
            com.github.pemistahl.lingua.api.Language.BULGARIAN,
            com.github.pemistahl.lingua.api.Language.MACEDONIAN,
            com.github.pemistahl.lingua.api.Language.SERBIAN,
            com.github.pemistahl.lingua.api.Language.UKRAINIAN);
    /** Letters Azerbaijani shares with Turkish and no other neighbour of English uses all of. */
    private static final String TURKIC_LETTERS = "ışğçöü";

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    /** The supported languages of one script against their neighbours: a text read as Russian must read as Russian here too. */
    private final com.github.pemistahl.lingua.api.LanguageDetector withNeighbours;

    public LanguageDetector() {
        // Low accuracy mode: trigram models only, ~0.3 s and ~20 MB at container start; sentences
        // and longer texts are still told apart reliably, and articles are longer than sentences.
        this.lingua = LanguageDetectorBuilder.fromLanguages(
                        com.github.pemistahl.lingua.api.Language.ENGLISH,
                        com.github.pemistahl.lingua.api.Language.RUSSIAN,
                        com.github.pemistahl.lingua.api.Language.ARMENIAN,
                        com.github.pemistahl.lingua.api.Language.AZERBAIJANI)
                // trigrams only: the Lambda jar ships no quadrigram or fivegram models (functions/pom.xml)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
        List<com.github.pemistahl.lingua.api.Language> all = new ArrayList<>(NEIGHBOURS);
        all.add(com.github.pemistahl.lingua.api.Language.ENGLISH);
        all.add(com.github.pemistahl.lingua.api.Language.RUSSIAN);
        all.add(com.github.pemistahl.lingua.api.Language.AZERBAIJANI);
        // not preloaded: most articles prove their language by their letters and never ask the
        // neighbours, so a cold start does not load their 14 models (SnapStart priming does)
        this.withNeighbours = LanguageDetectorBuilder.fromLanguages(
                        all.toArray(com.github.pemistahl.lingua.api.Language[]::new))
                .withLowAccuracyMode()
                .build();
    }

    /** Loads the neighbours' models now (SnapStart priming) instead of at the first text that needs them. */
    public void loadNeighbourModels() {
        withNeighbours.computeLanguageConfidenceValues("Это короткий текст. This is a short text. Bu qısa mətndir.");
    }

    public LanguageDetection detect(String text) {
        Verdict verdict = verdict(text);
        if (verdict.status() != LanguageDetection.Status.DETECTED) {
            return new LanguageDetection(verdict.status(), verdict.language(), verdict.share());
        }
        return new LanguageDetection(LanguageDetection.Status.DETECTED, verdict.language(),
                confidence(verdict.sample(), verdict.language()));
    }

    /**
     * The language {@link #detect} finds in a text, or null when its status is not DETECTED:
     * the same verdict without lingua's confidence, which costs a second pass over the text and
     * which a check of the language alone does not need.
     */
    public Language language(String text) {
        Verdict verdict = verdict(text);
        return verdict.status() == LanguageDetection.Status.DETECTED ? verdict.language() : null;
    }

    /** What detect decides before it asks lingua for a confidence: status, language and the sample it judged. */
    private record Verdict(LanguageDetection.Status status, Language language, double share, String sample) {
    }

    private Verdict verdict(String text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return new Verdict(LanguageDetection.Status.TOO_LITTLE_TEXT, null, 0, null);
        }
        Map<Language, Integer> shares = new EnumMap<>(Language.class);
        int unknownLetters = 0;
        int total = 0;
        List<String> chunks = chunks(text);
        String sample = text.length() > MAX_SAMPLE_CHARS ? text.substring(0, MAX_SAMPLE_CHARS) : text;
        // an article whose prose proves Russian or English by its letters: its short paragraphs
        // (headline, byline, captions) that read the same need no comparison with the neighbours,
        // so a typical article never loads their models
        Reading sampleReading = chunks.size() > 1 ? byLetters(sample) : null;
        Language proven = null;
        if (sampleReading != null) {
            Language l = sampleReading.language();
            proven = (l == Language.RU || l == Language.EN) && lettersProve(l, sample) ? l : null;
        }
        Language firstDecision = null;
        boolean first = true;
        for (String chunk : chunks) {
            int n = letters(chunk);
            Reading reading = byLetters(chunk);
            Language l = proven != null && reading.language() == proven ? proven : decide(reading, chunk);
            if (first) {
                firstDecision = l;
                first = false;
            }
            total += n;
            if (l == null) {
                unknownLetters += n;
            } else {
                shares.merge(l, n, Integer::sum);
            }
        }
        // A text of one paragraph is its own only chunk with a line break added, which neither adds
        // a letter nor changes a word: its letters read the same, only lingua (if asked) sees the text itself.
        String only = chunks.size() == 1 ? chunks.get(0) : null;
        boolean sameLetters = only != null && only.length() == sample.length() + 1 && only.endsWith("\n")
                && only.startsWith(sample);
        // a sample its letters prove is decided already; the one chunk of a one-paragraph text is
        // decided already too: lingua trims the text first, so the added line break changes nothing
        // there either (a sentence checked by the quality gate asks lingua once, not twice)
        Language overall = proven != null ? proven : sameLetters ? firstDecision
                : decide(sampleReading != null ? sampleReading : byLetters(sample), sample);
        if (total > 0) {
            List<Map.Entry<Language, Integer>> ranked = new ArrayList<>(shares.entrySet());
            ranked.sort(Map.Entry.<Language, Integer>comparingByValue().reversed());
            if (ranked.size() >= 2 && ranked.get(1).getValue() >= total * MIXED_SHARE) {
                return new Verdict(LanguageDetection.Status.MIXED, ranked.get(0).getKey(),
                        (double) ranked.get(0).getValue() / total, sample);
            }
            if (unknownLetters > total * 0.5) {
                return new Verdict(LanguageDetection.Status.UNKNOWN, null, 0, sample);
            }
            if (overall == null && !ranked.isEmpty() && ranked.get(0).getValue() > total * 0.6) {
                overall = ranked.get(0).getKey();
            }
        }
        if (overall == null) {
            return new Verdict(LanguageDetection.Status.UNKNOWN, null, 0, sample);
        }
        return new Verdict(LanguageDetection.Status.DETECTED, overall, 0, sample);
    }

    /**
     * What the letters of a stretch of text say: its one supported language (null when none), that it
     * reads as both English and Azerbaijani and lingua has to choose, or that it is in the Latin script
     * with neither English function words nor the letter ə (a headline, a line of names) and only
     * lingua can tell.
     */
    private record Reading(Language language, boolean englishOrAzerbaijani, boolean latinOpen) {
        static final Reading NONE = new Reading(null, false, false);
        static final Reading LATIN_OPEN = new Reading(null, false, true);

        static Reading of(Language language) {
            return new Reading(language, false, false);
        }
    }

    /**
     * The one supported language a stretch of text is in, or null when it is in none of them. Letters
     * alone prove Armenian, and Azerbaijani by its ə; Russian and English must also read closer to
     * themselves than to their neighbours in the same script.
     */
    private Language decide(Reading reading, String text) {
        if (reading.englishOrAzerbaijani()) {
            return best(text) == Language.AZ ? Language.AZ : nearest(text, false, Language.EN) == Language.EN ? Language.EN : null;
        }
        if (reading.latinOpen()) {
            Language near = nearest(text, false, null);
            if (near == Language.EN && nonAsciiLetters(text) <= 1) {
                return Language.EN;
            }
            return near == Language.AZ && hasTurkicLetter(text) ? Language.AZ : null;
        }
        Language l = reading.language();
        if (l == Language.RU || l == Language.EN) {
            if (lettersProve(l, text)) {
                return l;
            }
            return nearest(text, l == Language.RU && hasRussianOnlyLetter(text), l) == l ? l : null;
        }
        return l;
    }

    /**
     * The supported language lingua finds closest among the supported ones and their neighbours, or
     * null when a neighbour is closer (by a margin, for English read by its function words). With {@code notSouthSlavOrUkrainian} the languages that never write
     * ы, э or ё are left out of the race.
     */
    private Language nearest(String text, boolean notSouthSlavOrUkrainian, Language favoured) {
        // lingua's cost grows with the text; a few sentences tell neighbours apart as well as a page
        String sample = text.length() <= NEIGHBOUR_SAMPLE_CHARS ? text : text.substring(0, NEIGHBOUR_SAMPLE_CHARS);
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values =
                withNeighbours.computeLanguageConfidenceValues(sample);
        com.github.pemistahl.lingua.api.Language top = null;
        double topValue = -1;
        for (Map.Entry<com.github.pemistahl.lingua.api.Language, Double> e : values.entrySet()) {
            if (notSouthSlavOrUkrainian && WITHOUT_RUSSIAN_ONLY_LETTERS.contains(e.getKey())) {
                continue;
            }
            if (e.getValue() > topValue) {
                top = e.getKey();
                topValue = e.getValue();
            }
        }
        if (favoured == Language.EN) {
            // English's function words already point to it, and trigrams alone often find German or
            // Dutch a little closer in a short English sentence: a neighbour must be clearly closer
            for (Map.Entry<com.github.pemistahl.lingua.api.Language, Double> e : values.entrySet()) {
                if (toLanguage(e.getKey()) == favoured && e.getValue() >= topValue - ENGLISH_MARGIN) {
                    return favoured;
                }
            }
        }
        return top == null ? null : toLanguage(top);
    }

    /**
     * Whether a stretch long enough to judge by its letters is Russian or English beyond doubt:
     * Russian with ы, э or ё at the rate Russian prose has them (no other Cyrillic language without
     * letters of its own writes them), English with its function words at the rate English prose has
     * them. Paragraphs of articles are judged so, without lingua; sentences and headlines are not.
     */
    private static boolean lettersProve(Language language, String text) {
        int letters = letters(text);
        if (letters < LETTERS_ALONE) {
            return false;
        }
        if (language == Language.RU) {
            int russianOnly = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                if (c == 'ы' || c == 'э' || c == 'ё') {
                    russianOnly++;
                }
            }
            return russianOnly * RUSSIAN_ONLY_LETTERS_PER >= letters;
        }
        return englishCommonWordShare(text.toLowerCase(Locale.ROOT)) >= PROVEN_ENGLISH_COMMON_WORDS;
    }

    private static boolean hasRussianOnlyLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'ы' || c == 'э' || c == 'ё') {
                return true;
            }
        }
        return false;
    }

    /** English borrows a name with an accent now and then; more letters outside ASCII mean another language. */
    private static int nonAsciiLetters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasTurkicLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TURKIC_LETTERS.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Reading byLetters(String text) {
        int latin = 0;
        int cyrillic = 0;
        int armenian = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = scriptOfLetter(c);
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARMENIAN -> armenian++;
                default -> other++;
            }
        }
        int letters = latin + cyrillic + armenian + other;
        if (letters == 0 || other * 2 > letters) {
            return Reading.NONE;
        }
        if (armenian * 2 > letters) {
            return Reading.of(Language.HY);
        }
        if (cyrillic * 2 > letters) {
            return looksRussian(text, cyrillic) ? Reading.of(Language.RU) : Reading.NONE;
        }
        if (latin * 2 <= letters) {
            return Reading.NONE;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean azerbaijani = count(lower, "ə") * 200 >= latin;
        boolean english = englishCommonWordShare(lower) >= MIN_ENGLISH_COMMON_WORDS;
        if (azerbaijani && english) {
            return new Reading(null, true, false);
        }
        return azerbaijani ? Reading.of(Language.AZ) : english ? Reading.of(Language.EN) : Reading.LATIN_OPEN;
    }

    /**
     * {@link Character.UnicodeScript#of} of a letter, without its table search for the letters of
     * the supported languages: every letter of ASCII and of U+00C0-U+024F is Latin, of
     * U+0400-U+052F Cyrillic, of U+0531-U+058F Armenian.
     */
    public static Character.UnicodeScript scriptOfLetter(int letter) {
        if (letter < 128 || letter >= 0xC0 && letter <= 0x24F) {
            return Character.UnicodeScript.LATIN;
        }
        if (letter >= 0x400 && letter <= 0x52F) {
            return Character.UnicodeScript.CYRILLIC;
        }
        if (letter >= 0x531 && letter <= 0x58F) {
            return Character.UnicodeScript.ARMENIAN;
        }
        return Character.UnicodeScript.of(letter);
    }

    private static boolean looksRussian(String text, int cyrillic) {
        // letter by letter: lowercasing the whole text changes no Cyrillic letter differently
        int foreign = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= FIRST_OTHER_CYRILLIC && c <= LAST_OTHER_CYRILLIC && OTHER_CYRILLIC.indexOf(c) >= 0) {
                foreign++;
            }
        }
        // Ukrainian, Belarusian, Kazakh and Serbian use letters Russian lacks; the Bulgarian and
        // Macedonian a text has no such letters in are told apart by lingua (nearest).
        return foreign * 200 < cyrillic;
    }

    private static double englishCommonWordShare(String lower) {
        // the words a split on [^\p{L}']+ gives, read in place: runs of letters and apostrophes
        int words = 0;
        int common = 0;
        int n = lower.length();
        int start = -1;
        for (int i = 0; i <= n; ) {
            int cp = i < n ? lower.codePointAt(i) : ' ';
            boolean inWord = i < n && (cp == '\'' || Character.isLetter(cp));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words++;
                // no common word is longer than five letters: longer ones need no copy
                if (i - start <= LONGEST_COMMON && ENGLISH_COMMON.contains(lower.substring(start, i))) {
                    common++;
                }
                start = -1;
            }
            i += i < n ? Character.charCount(cp) : 1;
        }
        return words == 0 ? 0 : (double) common / words;
    }

    private static final int LONGEST_COMMON = ENGLISH_COMMON.stream().mapToInt(String::length).max().orElse(0);

    private Language best(String text) {
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values =
                lingua.computeLanguageConfidenceValues(text);
        Language best = null;
        double bestValue = -1;
        for (Map.Entry<com.github.pemistahl.lingua.api.Language, Double> e : values.entrySet()) {
            Language l = toLanguage(e.getKey());
            if (l != null && e.getValue() > bestValue) {
                best = l;
                bestValue = e.getValue();
            }
        }
        return best;
    }

    /** Lingua's confidence, among the four languages, that {@code text} is in {@code language} (0 to 1). */
    public double confidence(String text, Language language) {
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values =
                lingua.computeLanguageConfidenceValues(text);
        for (Map.Entry<com.github.pemistahl.lingua.api.Language, Double> e : values.entrySet()) {
            if (toLanguage(e.getKey()) == language) {
                return e.getValue();
            }
        }
        return 0;
    }

    /** Paragraph-sized pieces, merged until each has enough letters to judge; at most MAX_CHUNKS, spread evenly. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // a text without a line break (a sentence) is its one paragraph
        String[] paragraphs = text.indexOf('\n') < 0 ? new String[] {text} : PARAGRAPH_BREAK.split(text);
        for (String para : paragraphs) {
            current.append(para).append('\n');
            if (letters(current) >= CHUNK_MIN_LETTERS) {
                chunks.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            if (chunks.isEmpty() || letters(current) >= CHUNK_MIN_LETTERS / 2) {
                chunks.add(current.toString());
            } else {
                chunks.set(chunks.size() - 1, chunks.get(chunks.size() - 1) + current);
            }
        }
        if (chunks.size() <= MAX_CHUNKS) {
            return chunks;
        }
        List<String> sampled = new ArrayList<>(MAX_CHUNKS);
        for (int i = 0; i < MAX_CHUNKS; i++) {
            sampled.add(chunks.get((int) ((long) i * chunks.size() / MAX_CHUNKS)));
        }
        return sampled;
    }

    private static int letters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
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
