package io.babeldesk.translation;

import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a text names, in English, Russian, Armenian and Azerbaijani, with the forms each
 * language declines them in ("29 марта", "в октябре", "հոկտեմբերի 1-ին", "oktyabrda", the
 * adjectives "июньский"). A date whose month changes in translation is a wrong fact even when its
 * day and year are right.
 *
 * <p>Words that are also something else are counted only where they read as a month: English
 * May and March next to a number or after a preposition of time (not Theresa May), Russian
 * май and март likewise (not the name Марта), Armenian մարտ ("battle") next to a number or as
 * մարտին, in lower case (Մարտին is Martin), Azerbaijani may next to a number or with a case
 * ending, and mart in lower case, after a number or before ay "month" (Martin again).
 */
final class Months {
    private Months() {
    }

    static final List<String> ENGLISH = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private static final String TIME_WORDS_EN = "(?:in|since|until|till|from|through|by|early|late|mid|last|next|"
            + "this|of|on|during|before|after|between|and|to)";

    /** Per language, one pattern of twelve groups: group m matches month m (one pass over a text). */
    private static final Map<Language, Pattern> FORMS = new EnumMap<>(Language.class);

    static {
        FORMS.put(Language.EN, forms(Pattern.UNICODE_CHARACTER_CLASS,
                "\\bJan(?:uary\\b|\\.)", "\\bFeb(?:ruary\\b|\\.)",
                "(?:(?<=\\d[\\s.,]{0,3})March\\b|(?<=\\b" + TIME_WORDS_EN + "\\s{1,3})March\\b|March\\s+\\d|Mar\\.)",
                "\\bApr(?:il\\b|\\.)",
                "(?:(?<=\\d[\\s.,]{0,3})May\\b|(?<=\\b" + TIME_WORDS_EN + "\\s{1,3})May\\b|May\\s+\\d)",
                "\\bJun(?:e\\b|\\.)", "\\bJul(?:y\\b|\\.)", "\\bAug(?:ust\\b|\\.)", "\\bSep(?:tember\\b|t?\\.)",
                "\\bOct(?:ober\\b|\\.)", "\\bNov(?:ember\\b|\\.)", "\\bDec(?:ember\\b|\\.)"));
        String ruTime = "(?:в|во|с|до|к|по|на|от|конце|начале|середине|апреле|марте|мае)";
        FORMS.put(Language.RU, forms(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS,
                "(?<!\\p{L})январ\\p{L}{0,6}", "(?<!\\p{L})феврал\\p{L}{0,6}",
                "(?:(?<=\\d\\s{0,2})март[аеу]?(?!\\p{L})|(?<=(?:^|\\P{L})" + ruTime + "\\s{1,3})март[аеу]?(?!\\p{L})|"
                        + "(?<!\\p{L})мартовск\\p{L}{0,4})",
                "(?<!\\p{L})апрел\\p{L}{0,6}",
                "(?:(?<=\\d\\s{0,2})ма[йяе](?!\\p{L})|(?<=(?:^|\\P{L})" + ruTime + "\\s{1,3})ма[йяе](?!\\p{L})|"
                        + "(?<!\\p{L})майск\\p{L}{0,4})",
                "(?<!\\p{L})июн\\p{L}{0,6}", "(?<!\\p{L})июл\\p{L}{0,6}", "(?<!\\p{L})август\\p{L}{0,6}",
                "(?<!\\p{L})сентябр\\p{L}{0,6}", "(?<!\\p{L})октябр\\p{L}{0,6}", "(?<!\\p{L})ноябр\\p{L}{0,6}",
                "(?<!\\p{L})декабр\\p{L}{0,6}"));
        FORMS.put(Language.HY, forms(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS,
                "(?<!\\p{L})հունվար\\p{L}{0,4}", "(?<!\\p{L})փետրվար\\p{L}{0,4}",
                "(?-i:(?<=\\d[\\s-]{0,2})մարտ\\p{L}{0,2}(?!\\p{L})|(?<!\\p{L})մարտ(?:ի|ին)?(?=[\\s-]{1,2}\\d)|"
                        + "(?<!\\p{L})մարտին(?!\\p{L})|(?<!\\p{L})մարտ(?:\\s+ամս|ի\\s+(?:սկզբ|վերջ|կես|ամս))\\p{L}{0,3})",
                "(?<!\\p{L})ապրիլ\\p{L}{0,4}", "(?<!\\p{L})մայիս\\p{L}{0,4}", "(?<!\\p{L})հունիս\\p{L}{0,4}",
                "(?<!\\p{L})հուլիս\\p{L}{0,4}", "(?<!\\p{L})օգոստոս\\p{L}{0,4}", "(?<!\\p{L})սեպտեմբ\\p{L}{0,5}",
                "(?<!\\p{L})հոկտեմբ\\p{L}{0,5}", "(?<!\\p{L})նոյեմբ\\p{L}{0,5}", "(?<!\\p{L})դեկտեմբ\\p{L}{0,5}"));
        FORMS.put(Language.AZ, forms(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS,
                "(?<!\\p{L})yanvar\\p{L}{0,5}", "(?<!\\p{L})fevral\\p{L}{0,5}", "(?:(?-i:(?<!\\p{L})mart(?:ın|ı|da|dan|a|ayı)?(?!\\p{L}))|(?<=\\d\\s{0,2})mart\\p{L}{0,4}"
                        + "|(?<!\\p{L})mart(?=\\s+ay))",
                "(?<!\\p{L})aprel\\p{L}{0,5}",
                "(?:(?<=\\d\\s{0,2})may\\p{L}{0,4}|(?<!\\p{L})may(?=\\s+\\d|\\s+ay)|"
                        + "(?<!\\p{L})may(?:da|dan|ın|a|in|adək|a\\s+qədər)(?!\\p{L}))",
                "(?<!\\p{L})iyun\\p{L}{0,5}", "(?<!\\p{L})iyul\\p{L}{0,5}", "(?<!\\p{L})avqust\\p{L}{0,5}",
                "(?<!\\p{L})sentyabr\\p{L}{0,5}", "(?<!\\p{L})oktyabr\\p{L}{0,5}", "(?<!\\p{L})noyabr\\p{L}{0,5}",
                "(?<!\\p{L})dekabr\\p{L}{0,5}"));
    }

    private static Pattern forms(int flags, String... regexes) {
        StringBuilder all = new StringBuilder();
        for (String r : regexes) {
            all.append(all.isEmpty() ? "" : "|").append('(').append(r).append(')');
        }
        return Pattern.compile(all.toString(), flags);
    }

    /**
     * The first three letters of every form, in lower case: the patterns are tried only at the
     * start of a word that starts so (they look around every position they are tried at).
     */
    private static final Map<Language, Set<String>> STARTS = Map.of(
            Language.EN, Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
            Language.RU, Set.of("янв", "фев", "мар", "апр", "май", "мая", "мае", "июн", "июл", "авг", "сен", "окт",
                    "ноя", "дек"),
            Language.HY, Set.of("հու", "փետ", "մար", "ապր", "մայ", "օգո", "սեպ", "հոկ", "նոյ", "դեկ"),
            Language.AZ, Set.of("yan", "fev", "mar", "apr", "may", "iyu", "avq", "sen", "okt", "noy", "dek"));

    /** The first letters of {@link #STARTS}: most words are ruled out before their three letters are read. */
    private static final Map<Language, String> FIRST_LETTERS = new EnumMap<>(Language.class);
    /** {@link #FIRST_LETTERS} as a table of the characters below {@link #MAY_START_SIZE} (the four alphabets). */
    private static final int MAY_START_SIZE = 0x600;
    private static final Map<Language, boolean[]> MAY_START = new EnumMap<>(Language.class);
    /** {@link #STARTS} as arrays, compared letter by letter. */
    private static final Map<Language, String[]> START_LIST = new EnumMap<>(Language.class);

    static {
        STARTS.forEach((language, starts) -> {
            StringBuilder letters = new StringBuilder();
            for (String start : starts) {
                if (letters.indexOf(start.substring(0, 1)) < 0) {
                    letters.append(start.charAt(0));
                }
            }
            FIRST_LETTERS.put(language, letters.toString());
            START_LIST.put(language, starts.toArray(String[]::new));
            boolean[] mayStart = new boolean[MAY_START_SIZE];
            for (char c = 0; c < MAY_START_SIZE; c++) {
                mayStart[c] = letters.indexOf(String.valueOf(Character.toLowerCase(c))) >= 0;
            }
            MAY_START.put(language, mayStart);
        });
    }

    /** The months {@code text} names, as a bit set (bit 1 for January ... bit 12 for December). */
    static int named(String text, Language language) {
        // the patterns are tried only where a word starts as a month does, each from its first letter
        String[] starts = START_LIST.get(language);
        String firstLetters = FIRST_LETTERS.get(language);
        boolean[] mayStart = MAY_START.get(language);
        Matcher m = null;
        int out = 0;
        int n = text.length();
        // word by word: a month is looked for at the first letter of a word, and the rest of the word is skipped
        for (int i = 0; i + 3 <= n; i++) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                continue;
            }
            int start = i;
            while (i + 1 < n && isLetter(text.charAt(i + 1))) {
                i++;
            }
            if ((c < MAY_START_SIZE ? mayStart[c] : firstLetters.indexOf(Character.toLowerCase(c)) >= 0)
                    && (language != Language.EN || Character.isUpperCase(c))
                    && startsAMonth(starts, text, start)) {
                if (m == null) {
                    m = FORMS.get(language).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(start, n);
                if (m.lookingAt()) {
                    for (int g = 1; g <= 12; g++) {
                        if (m.start(g) >= 0) {
                            out |= 1 << g;
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the three letters from {@code i} in lower case, letter by letter (İyun is iyun, not
     * i\u0307yun), are one of the starts; compared in place, without a copy of them.
     */
    private static boolean startsAMonth(String[] starts, String text, int i) {
        char a = lower(text.charAt(i));
        char b = lower(text.charAt(i + 1));
        char c = lower(text.charAt(i + 2));
        for (String s : starts) {
            if (s.charAt(0) == a && s.charAt(1) == b && s.charAt(2) == c) {
                return true;
            }
        }
        return false;
    }

    /** {@link Character#toLowerCase(char)} of the characters below {@link #MAY_START_SIZE}, looked up. */
    private static final char[] LOWER = new char[MAY_START_SIZE];

    static {
        for (char c = 0; c < MAY_START_SIZE; c++) {
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    /** {@link Character#isLetter(char)}, looked up for the four alphabets. */
    private static boolean isLetter(char c) {
        return TextRuns.letterScript(c) != null;
    }

    private static char lower(char c) {
        return c < MAY_START_SIZE ? LOWER[c] : Character.toLowerCase(c);
    }

    /** The English names of the months in a bit set of {@link #named}. */
    static List<String> names(int months) {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if ((months & (1 << m)) != 0) {
                out.add(ENGLISH.get(m - 1));
            }
        }
        return out;
    }
}
