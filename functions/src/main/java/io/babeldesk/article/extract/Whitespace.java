package io.babeldesk.article.extract;

import java.util.regex.Pattern;

/** Whitespace rules every reader applies, so that the same words always give the same text. */
public final class Whitespace {
    // Non-breaking, thin and ideographic spaces count as spaces; \s alone misses them.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+");
    // Zero-width characters carry no text and break word matching (ZWNJ is kept: some scripts need it).
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u2060\\ufeff\\u00ad]");

    private Whitespace() {
    }

    /** Collapses every run of whitespace to one space and trims the ends. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
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
