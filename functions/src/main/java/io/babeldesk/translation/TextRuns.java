package io.babeldesk.translation;

import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written forms of the two text splits the quality gate and the translation memory make on
 * every segment: what {@code replaceAll("\\s+", " ")} and {@code split("[^\\p{L}\\p{N}]+")} give,
 * in one pass and without copying text that needs no change.
 */
public final class TextRuns {
    private TextRuns() {
    }

    /** Every run of {@code \s} (space, tab, line feed, vertical tab, form feed, return) as one space. */
    static String oneSpace(String text) {
        int n = text.length();
        int clean = 0;
        while (clean < n) {
            char c = text.charAt(clean);
            if (isSpace(c) && (c != ' ' || clean + 1 < n && isSpace(text.charAt(clean + 1)))) {
                break;
            }
            clean++;
        }
        if (clean == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, clean);
        boolean inSpace = false;
        for (int i = clean; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                    inSpace = true;
                }
            } else {
                inSpace = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The script of a letter, as the detector reads it without a table search for the four alphabets. */
    static Character.UnicodeScript scriptOfLetter(int letter) {
        return io.babeldesk.article.LanguageDetector.scriptOfLetter(letter);
    }

    /** The script of a character that is a letter ({@link Character#isLetter(int)}); null for any other. */
    static Character.UnicodeScript letterScript(int codePoint) {
        if (codePoint < LETTER_SCRIPTS.length) {
            return LETTER_SCRIPTS[codePoint];
        }
        return Character.isLetter(codePoint) ? scriptOfLetter(codePoint) : null;
    }

    /** {@link #letterScript} of the characters of the four alphabets (below U+0600), looked up. */
    private static final Character.UnicodeScript[] LETTER_SCRIPTS = new Character.UnicodeScript[0x600];

    static {
        for (int c = 0; c < LETTER_SCRIPTS.length; c++) {
            LETTER_SCRIPTS[c] = Character.isLetter(c) ? scriptOfLetter(c) : null;
        }
    }

    /**
     * Whether a word ({@link #words}: letters and numbers, no space) is its own
     * {@link io.babeldesk.glossary.GlossaryMatcher#fold}: every character its own lower case and
     * none that folding rewrites (ı, ё, ’, a combining dot above), no surrogate. Most words of a
     * translation are, and need no folded copy.
     */
    static boolean isFolded(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 && (c >= 0xD800 || c == 'ı' || c == 'ё' || c == '’' || c == '\u0307'
                    || Character.toLowerCase(c) != c) || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A word ({@link #words}) as {@link io.babeldesk.glossary.GlossaryMatcher#fold} gives it, the word itself when it {@link #isFolded is}. */
    static String foldedWord(String word) {
        return isFolded(word) ? word : io.babeldesk.glossary.GlossaryMatcher.fold(word);
    }

    /**
     * Whether a text has a letter of Azerbaijani's alphabet that English lacks (ə, ğ, ı, ş, ç, ö, ü
     * in either case): a Latin text that has none is not Azerbaijani.
     */
    static boolean hasAzerbaijaniLetter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (AZERBAIJANI_LETTERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String AZERBAIJANI_LETTERS = "əƏğĞıİşŞçÇöÖüÜ";

    /** The characters of {@code \s} without Unicode character classes. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** The maximal runs of letters and numbers ({@code \p{L}}, {@code \p{N}}), in order; never an empty word. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; ) {
            int cp = codePointAt(text, i);
            if (isLetterOrNumber(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * {@link String#codePointAt}, read as a pair only at a high surrogate: every letter of the four
     * alphabets is one char.
     */
    static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any kind (digits, numerals, fractions). */
    public static boolean isLetterOrNumber(int codePoint) {
        return codePoint < LETTER_OR_NUMBER.length ? LETTER_OR_NUMBER[codePoint] : isLetterOrNumberWorkedOut(codePoint);
    }

    /** {@link #isLetterOrNumber} of the characters of the four alphabets (below U+0600), looked up. */
    private static final boolean[] LETTER_OR_NUMBER = new boolean[0x600];

    static {
        for (int c = 0; c < LETTER_OR_NUMBER.length; c++) {
            LETTER_OR_NUMBER[c] = isLetterOrNumberWorkedOut(c);
        }
    }

    private static boolean isLetterOrNumberWorkedOut(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether {@code word} stands in {@code text} as a whole word, case as given ("EU", not "Europe" or "eu"). */
    static boolean hasWord(String text, String word) {
        int from = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            int end = at + word.length();
            if ((at == 0 || !isLetterOrNumber(text.codePointBefore(at)))
                    && (end == text.length() || !isLetterOrNumber(text.codePointAt(end)))) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }
}
