package io.babeldesk.article.extract;

import java.util.regex.Pattern;

/** Whitespace rules every reader applies, so that the same words always give the same text. */
public final class Whitespace {
    // Non-breaking, thin and ideographic spaces count as spaces; \s alone misses them.
    static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+");
    // Zero-width characters carry no text and break word matching (ZWNJ is kept: some scripts need it).
    static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u2060\\ufeff\\u00ad]");

    private Whitespace() {
    }

    /**
     * Collapses every run of whitespace to one space and trims the ends: what removing the
     * {@link #INVISIBLE} characters, replacing each run of {@link #SPACES} with one space and
     * stripping would give, in one pass that copies nothing when the text is already clean.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        int clean = 0;
        while (clean < n) {
            char c = text.charAt(clean);
            if (isInvisible(c) || isSpace(c) && (c != ' ' || clean + 1 < n && isSpaceOrInvisible(text.charAt(clean + 1)))) {
                break;
            }
            clean++;
        }
        if (clean == n) {
            return text.strip();
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, clean);
        boolean inSpace = false;
        for (int i = clean; i < n; i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            sb.append(c);
        }
        return sb.toString().strip();
    }

    /** The characters of {@link #SPACES}: {@code \s} and the Unicode spaces it misses. */
    static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f',
                 '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200a';
        };
    }

    /** The characters of {@link #INVISIBLE}. */
    static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
    }

    private static boolean isSpaceOrInvisible(char c) {
        return isSpace(c) || isInvisible(c);
    }

    /** Counts words the way the size rules do: runs of letters or digits. */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
